import { sequentialIds } from "../../../src/core/model/ids";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A form's part heading with its ticked answer on the same line („Finanzielle Auswirkungen Ja ☒
 * Nein ☐“), as a PDF's text or LibreOffice's import of it gives Karlsruhe's Beschlussvorlage: the
 * heading opens its part as it does on a line of its own, and the boxes are read as its answer.
 */
const head = ["Beschlussvorlage", "Vorlage Nr.: 2027/0101", "Verantwortlich: Dez. 6", "Betreff: Neubau einer Brücke", "Beschlussantrag", "Der Gemeinderat stimmt dem Neubau der Brücke zu."];
const read = (lines: readonly string[], profile = KARLSRUHE) => recognize(lines, profile, sequentialIds("k"));

describe("a part heading followed on its line by the form's boxes", () => {
  it("reads „Finanzielle Auswirkungen Ja ☒ Nein ☐“ and the Gesamtkosten below it as the Finanzierung", () => {
    const r = read([...head, "Finanzielle Auswirkungen Ja ☒ Nein ☐", "☒ Investition", "☐ Konsumtive Maßnahme", "Gesamtkosten: 312.400 Euro", "Jährlicher Ertrag:", "Finanzierung", "☒ bereits vollständig budgetiert"]);
    expect(r.vorlage.finanzierung?.auswirkungen).toBe(true);
    expect(r.vorlage.finanzierung?.betragCent).toBe(31_240_000);
    expect(r.vorlage.sections.flatMap((s) => s.clauses.map((c) => c.text))).toEqual(["Der Gemeinderat stimmt dem Neubau der Brücke zu."]);
  });

  it("reads „Finanzielle Auswirkungen Ja ☐ Nein ☒“ as none", () => {
    const r = read([...head, "Finanzielle Auswirkungen Ja ☐ Nein ☒", "Begründung", "Die Brücke ist alt."]);
    expect(r.vorlage.finanzierung?.auswirkungen).toBe(false);
  });

  it("reads the boxes before their words too („Finanzielle Auswirkungen: ☒ ja ☐ nein“)", () => {
    const r = read([...head, "Finanzielle Auswirkungen: ☒ ja ☐ nein", "Gesamtkosten: 9.000 Euro"], WIESBADEN);
    expect(r.vorlage.finanzierung?.auswirkungen).toBe(true);
    expect(r.vorlage.finanzierung?.betragCent).toBe(900_000);
  });

  it("leaves a heading followed by other words prose („Finanzierung der Maßnahme ☒ gesichert“ stays in the clause)", () => {
    const r = read([...head, "Finanzierung der Maßnahme ☒ gesichert"]);
    expect(r.vorlage.sections.flatMap((s) => s.clauses.map((c) => c.text)).join(" ")).toContain("Finanzierung der Maßnahme");
  });
});
