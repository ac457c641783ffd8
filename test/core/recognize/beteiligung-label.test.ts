import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * „Beteiligung: | Dezernat II“ names the offices taking part as „Beteiligt:“ does (Trier's and Freiburg's heads); several
 * offices in the value, apart by commas, are read one by one where each names an office, an Ortsverwaltung among them.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("k"));
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const decision = ["Beschlussvorschlag:", "Der Zuschuss von 1.800 € wird gewährt."];

describe("„Beteiligung“ as the label of the offices taking part", () => {
  it("reads a numbered Dezernat after „Beteiligung“ as its number", () => {
    const r = read([...row(1, 0, ["Drucksache", "0127/2027"]), ...row(1, 1, ["Federführung", "Dezernat IV"]), ...row(1, 2, ["Beteiligung", "Dezernat II"]), "Betreff: Ein Vorhaben", ...decision]);
    expect(r.vorlage.zustaendigkeit.beteiligt).toEqual(["II"]);
  });

  it("reads an office and an Ortsverwaltung after „Beteiligung:“ one by one", () => {
    const r = read([...row(1, 0, ["Drucksache:", "G-27/018"]), ...row(1, 1, ["Amt:", "Garten- und Tiefbauamt"]), ...row(1, 2, ["Beteiligung:", "Amt für Liegenschaften und Wohnungswesen, Ortsverwaltung Opfingen"]), "Betreff: Ein Vorhaben", ...decision]);
    expect([...r.vorlage.zustaendigkeit.beteiligt].sort()).toEqual(["Amt für Liegenschaften und Wohnungswesen", "Ortsverwaltung Opfingen"]);
  });

  it("does not take a Sachverhalt's part „Beteiligung der Öffentlichkeit“ for the label", () => {
    const r = read(["Drucksache: 1/2027", "Betreff: Ein Vorhaben", ...decision, "Begründung", "Beteiligung der Öffentlichkeit:", "Die Bürgerinnen und Bürger wurden beteiligt."]);
    expect(r.vorlage.zustaendigkeit.beteiligt).toEqual([]);
  });
});
