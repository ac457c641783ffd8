/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { sequentialIds } from "../../src/core/model/ids";
import type { Profile } from "../../src/core/profile/profile";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { WordPort } from "../../src/document/word/word-port";
import { DocumentProfilePane } from "../../src/taskpane/components/DocumentProfilePane";
import { PANE_PROFILE, PANE_PROFILES } from "../../src/taskpane/pane-profile";
import { completeVorlage } from "../fixtures/builders";
import { WordSimulator } from "../word-simulator/word-simulator";
import { SLOW } from "./render-pane";

const host = { kind: "word", lang: "de", dark: false, wordApi13: true, wordApi14: true, customXmlParts: true } as const;
const KARLSRUHE = PANE_PROFILES["karlsruhe"] as Profile;

/** The pane in Word (the simulator) on a document drafted with `drafted`; returns the profiles the ports were made for. */
async function paneOn(drafted: Profile) {
  const sim = new WordSimulator(DocxDocument.create(completeVorlage(), drafted, "2025-05-06T09:00:00Z").save());
  const made: string[] = [];
  const portFor = (p: Profile) => (made.push(p.id), new WordPort(sim.host(), p, sequentialIds("w")));
  render(
    <FluentProvider theme={webLightTheme}>
      <DocumentProfilePane host={host} profile={PANE_PROFILE} profiles={PANE_PROFILES} portFor={portFor} />
    </FluentProvider>,
  );
  return made;
}

describe("the pane in Word takes the profile the open document names", () => {
  it("edits and checks a Karlsruhe draft as Karlsruhe's, though the pane's own profile is Wiesbaden's", async () => {
    const made = await paneOn(KARLSRUHE);
    await waitFor(() => expect(screen.getByText(new RegExp(KARLSRUHE.name, "u"))).toBeTruthy(), SLOW);
    await waitFor(() => expect(screen.queryByText("Bitte warten …")).toBeNull(), SLOW);
    expect(made).toEqual(["wiesbaden", "karlsruhe"]);
    // Checked by Karlsruhe's rules: its CO2 block is required, which Wiesbaden's profile does not know.
    fireEvent.click(screen.getByRole("tab", { name: /^Prüfen/u }));
    const list = await screen.findByRole("list", { name: "Prüfen" }, SLOW);
    await waitFor(() => expect(list.textContent).toContain("CO2"), SLOW);
  }, 30_000);

  it("keeps its own profile, with one port, for a document drafted with it", async () => {
    const made = await paneOn(PANE_PROFILE);
    await waitFor(() => expect(screen.queryByText("Bitte warten …")).toBeNull(), SLOW);
    // The metadata was read (a later switch would have made a second port by now).
    await new Promise((r) => setTimeout(r, 50));
    expect(made).toEqual(["wiesbaden"]);
    expect(screen.getByText(new RegExp(PANE_PROFILE.name, "u"))).toBeTruthy();
  }, 30_000);
});
