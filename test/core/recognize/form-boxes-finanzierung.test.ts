import { sequentialIds } from "../../../src/core/model/ids";
import { KARLSRUHE } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * A form's Finanzierung read as the form states it (found on Karlsruhe's Beschlussvorlage): its
 * boxes stand after their labels („Ja ☒ Nein ☐“), its empty labels state nothing, and a Turnus
 * word beside another figure belongs to that figure.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, KARLSRUHE, sequentialIds("k"));
const head = ["Beschlussvorlage", "Vorlage Nr.: 2027/0101", "Verantwortlich: Dez. 6", "Betreff: Neubau einer Brücke", "Beschlussantrag", "Der Gemeinderat stimmt dem Neubau der Brücke zu."];

describe("a form's Finanzierung with its boxes after the labels", () => {
  it("reads „Ja ☒ Nein ☐“ as financial effects, not as a ticked „Nein“", () => {
    const r = read([...head, "Finanzielle Auswirkungen", "Ja ☒ Nein ☐", "Gesamtkosten: 625.000 Euro"]);
    expect(r.vorlage.finanzierung?.auswirkungen).toBe(true);
    expect(r.vorlage.finanzierung?.betragCent).toBe(62_500_000);
  });

  it("reads „Ja ☐ Nein ☒“ as no financial effects", () => {
    const r = read([...head, "Finanzielle Auswirkungen", "Ja ☐ Nein ☒"]);
    expect(r.vorlage.finanzierung?.auswirkungen).toBe(false);
  });

  it("takes no Turnus from a label the form left empty („Jährlicher Ertrag:“): the Gesamtkosten, with no yearly figure beside them, are paid once", () => {
    const r = read([...head, "Finanzielle Auswirkungen", "Ja ☒ Nein ☐", "Gesamtkosten: 455.000 Euro", "Jährliche/r Budgetbedarf/Folgekosten:", "Jährlicher Ertrag:"]);
    expect(r.vorlage.finanzierung?.betragCent).toBe(45_500_000);
    expect(r.vorlage.finanzierung?.turnus).toBe("einmalig");
  });

  it("takes the Turnus of a label whose figure stands on the next line", () => {
    const r = read([...head, "Finanzielle Auswirkungen", "Ja ☒ Nein ☐", "Gesamtkosten: 625.000 Euro", "Jährliche/r Budgetbedarf/Folgekosten:", "625.000 Euro"]);
    expect(r.vorlage.finanzierung?.turnus).toBe("jaehrlich");
  });

  it("does not give the Gesamtkosten the Turnus of the yearly Folgekosten beside them", () => {
    const r = read([...head, "Finanzielle Auswirkungen", "Ja ☒ Nein ☐", "Gesamtkosten: 5.325.000 €", "Jährliche/r Budgetbedarf/Folgekosten: 193.500 €"]);
    expect(r.vorlage.finanzierung?.betragCent).toBe(532_500_000);
    // The form sets the total apart from the yearly costs: the total is paid once (total-cost-beside-yearly.test.ts).
    expect(r.vorlage.finanzierung?.turnus).toBe("einmalig");
  });

  it("reads the CO2 line's ticked „Nein“ as nothing about money", () => {
    const r = read([...head, "Finanzielle Auswirkungen", "Ja ☒ Nein ☐", "Gesamtkosten: 80.000 Euro", "CO2-Relevanz: Auswirkung auf den Klimaschutz", "Nein ☒ Ja ☐ positiv ☐ negativ ☐"]);
    expect(r.vorlage.finanzierung?.auswirkungen).toBe(true);
  });
});
