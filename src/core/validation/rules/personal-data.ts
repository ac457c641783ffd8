import { findPersonalData } from "../../personal-data/find-personal-data";
import { PERSONAL_DATA_KINDS, type PersonalDataKind } from "../../personal-data/kinds";
import { ownContactsOf, type OwnContacts } from "../../personal-data/own-contacts";
import type { Vorlage } from "../../model/vorlage";
import type { Profile } from "../../profile/profile";
import type { FindingLocation } from "../finding";
import { field, type Hit, type Rule } from "../rule";

/** The finding code for each kind: one code each, so that a city can turn one kind off. */
export const PERSONAL_DATA_CODES: Readonly<Record<PersonalDataKind, string>> = {
  iban: "personal-data-iban",
  telefon: "personal-data-telefon",
  email: "personal-data-email",
  geburtsdatum: "personal-data-geburtsdatum",
  "steuer-id": "personal-data-steuer-id",
  anschrift: "personal-data-anschrift",
};

/** A text of the Vorlage and where a reader finds it. */
interface Place {
  readonly location: FindingLocation;
  readonly texts: readonly string[];
}

/**
 * The texts a Vorlage publishes, with their places: the Betreff, every clause with its
 * Unterpunkte, the profile's blocks, the Verteiler and the notes of earlier decisions. The
 * Zeichnung is left out on purpose: it names staff, whose names and official contact data are
 * no personal data here.
 */
function placesOf(v: Vorlage): readonly Place[] {
  return [
    { location: field("header.betreff"), texts: [v.header.betreff] },
    ...v.sections.flatMap((s) =>
      s.clauses.map((c): Place => ({ location: { type: "clause", id: c.id }, texts: [c.text, ...(c.unterpunkte ?? []).map((u) => u.text)] })),
    ),
    ...Object.entries(v.bloecke).flatMap(([block, values]) =>
      Object.entries(values).map(([f, value]): Place => ({ location: { type: "block", block, field: f }, texts: [value] })),
    ),
    ...v.verteiler.map((e): Place => ({ location: { type: "entry", list: "verteiler", id: e.id }, texts: [e.empfaenger] })),
    ...v.bezuege.map((b): Place => ({ location: { type: "entry", list: "bezuege", id: b.id }, texts: [b.vermerk] })),
  ];
}

/** Prepared once per profile: the profile is a value that does not change. */
const OWN_CONTACTS = new WeakMap<Profile, OwnContacts>();
function ownContacts(profile: Profile): OwnContacts {
  let own = OWN_CONTACTS.get(profile);
  if (own === undefined) {
    own = ownContactsOf(profile.ownContacts);
    OWN_CONTACTS.set(profile, own);
  }
  return own;
}

/**
 * A Vorlage for the public part of a sitting is published: it must not carry a private
 * person's IBAN, telephone number, mailbox, date of birth, tax id or home address (issue 24).
 * A Vorlage whose Sitzungsart is not stated counts as public, and the finding says so. The
 * finding names the kind and the place — never the value, which would only copy the data into
 * reports and logs. These are warnings: they do not decide whether a Vorlage is complete.
 */
export const personalData: Rule = {
  id: "personal-data",
  codes: Object.fromEntries(PERSONAL_DATA_KINDS.map((k) => [PERSONAL_DATA_CODES[k], "warning"])),
  check: ({ vorlage, profile }) => {
    const sitzungsart = vorlage.header.sitzungsart;
    if (sitzungsart === "nichtoeffentlich") return [];
    const own = ownContacts(profile);
    const hits: Hit[] = [];
    for (const place of placesOf(vorlage)) {
      const counts = new Map<PersonalDataKind, number>();
      for (const text of place.texts) {
        for (const found of findPersonalData(text, own)) counts.set(found.kind, (counts.get(found.kind) ?? 0) + 1);
      }
      for (const kind of PERSONAL_DATA_KINDS) {
        const anzahl = counts.get(kind);
        if (anzahl === undefined) continue;
        hits.push({
          code: PERSONAL_DATA_CODES[kind],
          location: place.location,
          params: { sitzungsart: sitzungsart === "oeffentlich" ? "oeffentlich" : "nicht-angegeben", anzahl },
        });
      }
    }
    return hits;
  },
};
