import { join } from "node:path";
import { plainDocx } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

/**
 * `recognize --renumber` corrects only numbers the document prints; where it leaves a heading
 * or a clause alone it says so in one sentence, German or English, and it never claims
 * „0 Nummern berichtigt“.
 */
const romanParts = plainDocx([
  "Vorlagen-Nr. 25-V-03-0118",
  "Betreff: Neuordnung der Parkraumbewirtschaftung",
  "I. Vortrag des Referenten",
  "Die Parkgebühren wurden zuletzt 2014 angepasst.",
  "II. Beschluss",
  "Der Neuordnung wird zugestimmt.",
]);
const unnumbered = plainDocx([
  "Betreff: Spielplatz an der Waldstraße",
  "BESCHLUSSVORSCHLAG:",
  "Der Ortsbeirat bittet um die Erneuerung der Spielgeräte.",
]);

async function renumber(bytes: Uint8Array, ...extra: string[]) {
  const { dir, file } = tempFolder("bv-renumber-");
  return run("recognize", file("in.docx", bytes), "-o", join(dir, "out.docx"), "--renumber", ...extra);
}

describe("recognize --renumber says what it left alone", () => {
  it("names the heading numbered in the document's own outline, and says that no number was corrected", async () => {
    const r = await renumber(romanParts);
    expect(r.code).toBe(0);
    expect(r.err).toContain("Der Abschnitt „II.“ trägt die Gliederung des Dokuments selbst (I., II., III.) und bleibt mit seinen Ziffern unverändert.");
    expect(r.err).toContain("keine Nummer berichtigt");
    expect(r.err).not.toMatch(/\b0 Nummern/);
  });

  it("says that a clause showing no number gets none", async () => {
    const r = await renumber(unnumbered);
    expect(r.err).toContain("Eine Ziffer zeigt keine Nummer und erhält keine: --renumber berichtigt nur Nummern, die das Dokument zeigt.");
    expect(r.err).toContain("keine Nummer berichtigt");
  });

  it("says both in English with --lang en", async () => {
    const outline = await renumber(romanParts, "--lang", "en");
    expect(outline.err).toContain(`Section "II." carries the document's own outline (I., II., III.) and stays as it is, with its clauses.`);
    expect(outline.err).toContain("no number corrected");
    const none = await renumber(unnumbered, "--lang", "en");
    expect(none.err).toContain("One clause shows no number and gets none: --renumber corrects only numbers the document shows.");
  });
});
