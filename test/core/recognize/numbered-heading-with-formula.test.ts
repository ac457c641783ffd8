import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * „II. Beschlussvorschlag:“ with „Der Gemeinderat beschließt:“ on the next line: the second line is the formula of
 * the first heading, not a part of its own, so the decision part keeps the number its heading shows.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("h"));
const li = (label: string, text: string): ParagraphInput => ({ text, label: `${label}\t` });

describe("a numbered decision heading followed by the body's formula", () => {
  const r = read([
    "Beschlussvorlage",
    "Vorlage-Nr.: 77/2027",
    "Betreff: Neubau eines Radwegs",
    "I. Sachverhalt:",
    "Der Radweg fehlt.",
    "II. Beschlussvorschlag:",
    "Der Gemeinderat der Gemeinde Musterau beschließt:",
    li("1.", "Der Radweg wird gebaut."),
    li("2.", "Die Verwaltung wird beauftragt, die Arbeiten auszuschreiben."),
  ]);

  it("reads one decision part numbered as its heading", () => {
    expect(r.vorlage.sections.map((s) => [s.kind, s.writtenNumber ?? ""])).toEqual([["beschluss", "II."]]);
  });

  it("keeps both clauses in it", () => {
    expect(r.vorlage.sections[0]?.clauses.map((c) => c.writtenNumber)).toEqual(["1.", "2."]);
  });

  it("still reads no number where the heading shows none", () => {
    const plain = read(["Vorlage-Nr.: 77/2027", "Betreff: Neubau eines Radwegs", "Beschlussvorschlag:", "Der Gemeinderat beschließt:", li("1.", "Der Radweg wird gebaut.")]);
    expect(plain.vorlage.sections.map((s) => [s.kind, s.writtenNumber ?? ""])).toEqual([["beschluss", ""]]);
  });
});
