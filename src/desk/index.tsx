import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { BUILTIN_PROFILES, DEFAULT_PROFILE } from "../core/profile/builtin-profiles";
import { languageOf } from "../taskpane/host";
import { Desk } from "./components/Desk";

/**
 * pruefen.html, the reviewers' page. German unless ?lang=en; dark with ?theme=dark (or when
 * the system prefers it); ?profile=karlsruhe to check every file as that municipality's (without
 * it, each file with the built-in profile it names, else Wiesbaden's). The reading worker's
 * address comes from the page (webpack names it with a content hash).
 */
const params = new URLSearchParams(location.search);
const profileId = params.get("profile") && BUILTIN_PROFILES[params.get("profile") as string] ? (params.get("profile") as string) : "wiesbaden";
const profile = BUILTIN_PROFILES[profileId] ?? DEFAULT_PROFILE;
const profileChosen = profileId === params.get("profile");
const theme = params.get("theme");
const dark = theme === "dark" || (theme !== "light" && window.matchMedia?.("(prefers-color-scheme: dark)").matches === true);
const workerUrl = document.querySelector<HTMLMetaElement>("meta[name=desk-worker]")?.content;
const container = document.getElementById("container");
if (!container || !workerUrl) throw new Error("pruefen.html needs a #container element and a desk-worker meta element");

/** True while the page is printed: paper is white, whatever the screen's theme. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia?.("print").matches === true);
  useEffect(() => {
    const query = window.matchMedia?.("print");
    const follow = () => setPrinting(query?.matches === true);
    // beforeprint must render before the browser lays out the pages, hence flushSync.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(query?.matches === true);
    query?.addEventListener("change", follow);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      query?.removeEventListener("change", follow);
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return printing;
}

function Root() {
  const [isDark, setDark] = useState(dark);
  const light = usePrinting() || !isDark;
  document.body.style.backgroundColor = light ? webLightTheme.colorNeutralBackground1 : webDarkTheme.colorNeutralBackground1;
  return (
    <FluentProvider theme={light ? webLightTheme : webDarkTheme}>
      <Desk profile={profile} profileId={profileId} profileChosen={profileChosen} workerUrl={workerUrl as string} initialLang={languageOf(params.get("lang") ?? "de")} initialDark={isDark} onTheme={setDark} />
    </FluentProvider>
  );
}
createRoot(container).render(<Root />);
