import { useEffect, useMemo, useState } from "react";
import { chooseProfile } from "../../core/profile/profile-choice";
import type { Profile } from "../../core/profile/profile";
import type { DocumentPort } from "../../document/port";
import type { HostInfo } from "../host";
import { App } from "./App";

export interface DocumentProfilePaneProps {
  readonly host: HostInfo;
  /** The profile the pane was built with (the city's), used unless the open document names another of `profiles`. */
  readonly profile: Profile;
  /** The profiles the pane ships, checked at build time (pane-profile.ts). */
  readonly profiles: Readonly<Record<string, Profile>>;
  /** The document port for a profile: the Word adapter renders inserted blocks in that profile's house style. */
  readonly portFor: (profile: Profile) => DocumentPort;
}

/**
 * The pane in Word, with the profile the open document names: a draft made in Karlsruhe's
 * house style (its metadata part says `profil="karlsruhe"`) is edited, numbered and checked
 * as Karlsruhe's, as `beschluss check` reads it — with the city's default it would show
 * findings that are not true of it and insert headings in another city's words. The pane
 * starts at once with the default; the document's metadata is read once beside the pane's
 * own first read, and only a document naming another profile starts the pane afresh with
 * it (a new port and App). Where the part cannot be read (a host without custom XML parts,
 * Word's error), the default stays, and the pane's own reading says what Word said.
 */
export function DocumentProfilePane({ host, profile: given, profiles, portFor }: DocumentProfilePaneProps) {
  const [profile, setProfile] = useState(given);
  const port = useMemo(() => portFor(profile), [portFor, profile]);
  useEffect(() => {
    if (profile !== given) return;
    let live = true;
    port.readMetadata().then(
      (stored) => {
        const named = chooseProfile(stored?.profil, given, false, profiles).profile;
        if (live && named.id !== given.id) setProfile(named);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [port, profile, given, profiles]);
  return <App key={profile.id} host={host} profile={profile} port={port} />;
}
