import { findAmounts } from "../../src/core/german/money";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

/**
 * Amounts built to mislead: characters a reader does not see (a zero-width space, a bidi mark, a
 * combining mark) or digits of another script (fullwidth „１“, Arabic-Indic „١“, a Cyrillic „О“ for
 * a zero) inside „1.000.000 €“. Word shows something like one figure; the tool must never read a
 * part of it as the amount. „1\u200B000.000 €“ was read as 0 € (the figure after the invisible
 * space), „€ 1.000\u200B000“ as 1.000 €: the report summed a sum nobody wrote. Now such a figure
 * is no amount: check says the Betrag is missing from the text, never a wrong one.
 */
const lines = (fin: string) => [
  "Vorlagen-Nr. 25-V-03-0042",
  "Betreff: Anschaffung von Lastenrädern",
  "Federführend: Dezernat III",
  "Beschlussvorschlag:",
  "1. Die Stadt beschafft zehn Lastenräder.",
  "Finanzielle Auswirkungen:",
  fin,
  "Dem Magistrat",
  "mit der Bitte um Kenntnisnahme",
  "Wiesbaden, 02.06.2025",
  "Müller",
];

const FIGURES: readonly (readonly [string, string])[] = [
  ["a zero-width space inside the figure", "1\u200B000.000 €"],
  ["a zero-width joiner inside the figure", "1\u200D000.000 €"],
  ["a left-to-right mark inside the figure", "1\u200E000.000 €"],
  ["a soft hyphen inside the figure", "1\u00AD000.000 €"],
  ["a combining mark on a digit", "1\u0336000.000 €"],
  ["a fullwidth digit in front", "１.000.000 €"],
  ["a superscript digit in front", "¹000.000 €"],
  ["an Arabic-Indic digit in front", "١.000.000 €"],
  ["a Cyrillic О for a zero", "1.0О0.000 €"],
  ["the currency first, a zero-width space inside", "€ 1.000\u200B000"],
];

describe("an amount with invisible or foreign characters inside", () => {
  it.each(FIGURES)("is not read as a part of it: %s", (_name, figure) => {
    expect(findAmounts(`Die Kosten betragen einmalig ${figure} und werden gedeckt.`)).toEqual([]);
  });

  it("is still read where such a character only stands beside it", () => {
    expect(findAmounts("Die Kosten betragen\u200B 1.000.000 € und werden gedeckt.").map((a) => a.cents)).toEqual([100_000_000]);
    expect(findAmounts("Die Kosten betragen 1.000.000 €\u200B.").map((a) => a.cents)).toEqual([100_000_000]);
  });

  it("check reports no amount for such a figure, never a part of it", async () => {
    const { file } = tempFolder("bv-hostile-amounts-");
    for (const [, figure] of FIGURES) {
      const path = file("vorlage.docx", docxFromBody(lines(`Die Kosten betragen einmalig ${figure} und werden aus dem Budget des Dezernats III gedeckt.`).map(paragraphXml).join("")));
      const json = JSON.parse((await run("check", "--json", path)).out) as { files: { vorlage: { finanzierung: { betrag: number | null } | null }; findings: { code: string }[] }[] };
      expect([figure, json.files[0]?.vorlage.finanzierung?.betrag ?? null]).toEqual([figure, null]);
      expect(json.files[0]?.findings.map((f) => f.code)).toContain("finanzierung-betrag-missing");
    }
  });
});
