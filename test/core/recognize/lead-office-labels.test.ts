import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * The office that wrote the Vorlage under the labels Kreise and Landratsämter use: „Dezernat/Amt:“
 * (a Dezernat and its Amt in one cell) and Bavaria's „Sachgebiet:“. Both name the lead where no
 * „Federführung“ does; a bare „Dezernat:“ stays a label of its own that names no lead.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("l"));
const row = (r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table: 0, row: r, col } }));
const head = (label: string, office: string) => [...row(0, ["Vorlage-Nr.:", "61/2417/2027"]), ...row(1, [label, office]), ...row(2, ["Datum:", "23.08.2027"]), "Betreff: Ein Vorhaben", "Beschlussvorschlag:", "Der Kreistag beschließt die Mitgliedschaft."];

describe("labels of the lead office", () => {
  it("reads the office after „Dezernat/Amt:“ as the lead", () => {
    expect(read(head("Dezernat/Amt:", "Dezernat III – Amt für Planung")).vorlage.zustaendigkeit.federfuehrend).toBe("Dezernat III – Amt für Planung");
  });

  it("reads the office after „Sachgebiet:“ as the lead", () => {
    expect(read(head("Sachgebiet:", "SG 11 – Kreisorgane und Kommunalaufsicht")).vorlage.zustaendigkeit.federfuehrend).toBe("SG 11 – Kreisorgane und Kommunalaufsicht");
  });

  it("still takes no lead from a bare „Dezernat:“", () => {
    expect(read(head("Dezernat:", "Dezernat III")).vorlage.zustaendigkeit.federfuehrend).toBe("");
  });
});
