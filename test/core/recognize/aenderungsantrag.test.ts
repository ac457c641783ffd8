import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * An Änderungsantrag names the Vorlage it changes („zur Vorlage Nr. …“) beside its own number, leads into its
 * changes on the heading's line („… möge beschließen, die Vorlage wie folgt zu ändern:“) and quotes the new
 * wording of the Vorlage's Ziffern. The number it refers to is not its own, the lead-in is no clause, and the
 * quoted wording states no money of its own.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("a"));
const li = (label: string, text: string): ParagraphInput => ({ text, label: `${label}\t` });
const r = read([
  "Änderungsantrag",
  "Antrag Nr.: ÄA/2027/012",
  "zur Vorlage Nr. 2027/140 – Neubau der Feuerwache Süd",
  "Betreff: Änderungsantrag zum Neubau der Feuerwache Süd",
  "Die Stadtverordnetenversammlung möge beschließen, die Vorlage 2027/140 wie folgt zu ändern:",
  li("1.", "Ziffer 3 erhält folgende Fassung: „Für den Neubau werden im Haushaltsjahr 2028 Mittel von 3.200.000 € bereitgestellt.“"),
  li("2.", "Ziffer 5 entfällt."),
  "Begründung:",
  "Die Kosten sind gestiegen.",
]);

describe("an Änderungsantrag", () => {
  it("reads its own number, not the number of the Vorlage it changes", () => {
    expect(r.vorlage.header.vorlagenNr).toBe("ÄA/2027/012");
  });

  it("takes the lead-in after the heading on its line for no clause", () => {
    expect(r.vorlage.sections[0]?.clauses.map((c) => c.writtenNumber ?? "")).toEqual(["1.", "2."]);
  });

  it("reads no Finanzierung from the quoted wording of another Vorlage's Ziffer", () => {
    expect(r.vorlage.finanzierung).toBeUndefined();
  });
});

describe("money beside a quoted name in a clause", () => {
  it("is still read", () => {
    const plain = read([
      "Vorlage-Nr.: 2027/141",
      "Betreff: Förderprogramm „Grüne Höfe“",
      "Beschlussvorschlag:",
      "Für das Förderprogramm „Grüne Höfe“ werden im Haushaltsjahr 2027 einmalig 40.000 € bereitgestellt.",
    ]);
    expect(plain.vorlage.finanzierung?.betragCent).toBe(4_000_000);
  });
});

describe("a lone quotation mark in a clause", () => {
  it("hides no amount after it", () => {
    const lone = read([
      "Vorlage-Nr.: 2027/142",
      "Betreff: Bildschirme für die Schulen",
      "Beschlussvorschlag:",
      "Für die Beschaffung von 27\" Bildschirmen werden im Haushaltsjahr 2027 einmalig 18.000 € bereitgestellt.",
    ]);
    expect(lone.vorlage.finanzierung?.betragCent).toBe(1_800_000);
  });
});
