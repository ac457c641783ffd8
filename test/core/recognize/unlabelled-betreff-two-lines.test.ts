import { sequentialIds } from "../../../src/core/model/ids";
import { KARLSRUHE } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * Karlsruhe's layout gives the Betreff without a label, below the Vorlagen-Nr., often on two lines:
 * „Verwaltungsgebäude Helmholtzstraße 1, Modernisierung“ | „Vergabe von Rohbauarbeiten“. The line right below it
 * (no empty line between) goes on with the subject; a blank line, a table or a label ends it.
 */
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const read = (betreff: readonly string[]) =>
  recognize(
    [
      "Beschlussvorlage",
      "Vorlage Nr.: 2024/1032",
      "Verantwortlich: Dez. 6",
      "Dienststelle: Amt für",
      "Hochbau und",
      "Gebäudewirtschaft",
      "",
      ...betreff,
      "",
      ...row(0, 0, ["Gremien", "Termin", "TOP", "Ö / N", "Zuständigkeit"]),
      ...row(0, 1, ["Bauausschuss", "17.10.2024", "3", "Ö", "Entscheidung"]),
      "Beschlussantrag",
      "Der Bauausschuss genehmigt die Vergabe folgender Arbeiten an die Firma Belser Bau GmbH.",
    ],
    KARLSRUHE,
    sequentialIds("v"),
  ).vorlage.header.betreff;

describe("an unlabelled Betreff on two lines", () => {
  it("takes the second line as part of it", () => {
    expect(read(["Verwaltungsgebäude Helmholtzstraße 1, Modernisierung", "Vergabe von Rohbauarbeiten"])).toBe("Verwaltungsgebäude Helmholtzstraße 1, Modernisierung, Vergabe von Rohbauarbeiten");
  });

  it("joins a second line that goes on with the sentence without a comma", () => {
    expect(read(["Erweiterung der Grundschule Oberreut", "um einen Mensabau"])).toBe("Erweiterung der Grundschule Oberreut um einen Mensabau");
  });

  it("keeps a one-line Betreff as it is", () => {
    expect(read(["Verwaltungsgebäude Helmholtzstraße 1, Modernisierung"])).toBe("Verwaltungsgebäude Helmholtzstraße 1, Modernisierung");
  });

  it("does not take a Beratungsfolge heading below it", () => {
    expect(read(["Verwaltungsgebäude Helmholtzstraße 1, Modernisierung", "Beratungsfolge dieser Vorlage"])).toBe("Verwaltungsgebäude Helmholtzstraße 1, Modernisierung");
  });
});
