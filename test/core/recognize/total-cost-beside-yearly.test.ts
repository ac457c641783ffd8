import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A form that sets the project's total cost („Gesamtkosten: 5.325.000 €“) apart from its yearly
 * follow-up costs on a line of their own („Jährliche/r Budgetbedarf/Folgekosten: 193.500 €“,
 * Karlsruhe's Finanzielle Auswirkungen) says by its shape that the total is paid once. Found by a
 * new-user tryout on ../shared/reference/samples/01_karlsruhe, where „Es fehlt die Angabe, ob der
 * Betrag einmalig oder jährlich anfällt“ was reported.
 */
const turnusOf = (finanzierung: readonly string[]) =>
  recognize(
    [
      "Vorlagen-Nr. 25-V-03-0012",
      "Modernisierung des Verwaltungsgebäudes",
      "Federführendes Dezernat: Dezernat III",
      "1. Es wird beschlossen, dass",
      "1.1 das Verwaltungsgebäude modernisiert wird;",
      "1.2 die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt.",
      "Finanzielle Auswirkungen",
      ...finanzierung,
      "Dem Magistrat",
      "mit der Bitte um weitere Veranlassung",
    ],
    WIESBADEN,
    sequentialIds("t"),
  ).vorlage.finanzierung;

describe("a total cost set apart from yearly follow-up costs", () => {
  it("reads „Gesamtkosten“ under which a yearly Folgekosten line stands as einmalig", () => {
    const f = turnusOf(["Gesamtkosten: 5.325.000 €", "Jährliche/r Budgetbedarf/Folgekosten: 193.500 €"]);
    expect(f?.betragCent).toBe(532_500_000);
    expect(f?.turnus).toBe("einmalig");
  });

  it("reads the same with „laufende Kosten pro Jahr“ on the line before", () => {
    expect(turnusOf(["Laufende Kosten pro Jahr: 12.000 €", "Gesamtkosten: 250.000 €"])?.turnus).toBe("einmalig");
  });

  it("leaves the Turnus open for „Gesamtkosten“ alone, with no yearly line to set it apart from", () => {
    expect(turnusOf(["Gesamtkosten: 250.000 €"])?.turnus).toBeUndefined();
  });

  it("reads it as einmalig also where a decision names the total beside „jährlichen Folgekosten“ (second tryout)", () => {
    const f = recognize(
      [
        "Vorlagen-Nr. 25-V-03-0012",
        "Neubau einer Kindertagesstätte",
        "Federführendes Dezernat: Dezernat III",
        "1. Es wird beschlossen, dass",
        "1.1 die Kindertagesstätte mit Kosten von 120.000 € sowie jährlichen Folgekosten von 8.500 € gebaut wird;",
        "1.2 die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt.",
        "Finanzielle Auswirkungen",
        "Gesamtkosten: 120.000 €",
        "Jährliche/r Budgetbedarf/Folgekosten: 8.500 €",
        "Dem Magistrat",
        "mit der Bitte um weitere Veranlassung",
      ],
      WIESBADEN,
      sequentialIds("t"),
    ).vorlage.finanzierung;
    expect(f?.betragCent).toBe(12_000_000);
    expect(f?.turnus).toBe("einmalig");
  });

  it("keeps a rhythm the total's own line names („Gesamtkosten jährlich“)", () => {
    expect(turnusOf(["Gesamtkosten jährlich: 250.000 €", "Folgekosten jährlich: 12.000 €"])?.turnus).toBe("jaehrlich");
  });

  it("reads it as einmalig also where the form's yearly line is left empty (04_karlsruhe: „Gesamtkosten: 455.236 Euro“)", () => {
    expect(turnusOf(["Gesamtkosten: 455.236 Euro", "Jährliche/r Budgetbedarf/Folgekosten:", "Jährlicher Ertrag:"])?.turnus).toBe("einmalig");
  });

  it("does not read it as einmalig where the yearly label's figure, on the line below it, is the total (02_karlsruhe: Stellenschaffungen)", () => {
    expect(turnusOf(["Gesamtkosten: 625.000 Euro (Ziffer 1 und 2)", "Jährliche/r Budgetbedarf/Folgekosten:", "625.000 Euro (Ziffer 1 und 2)"])?.turnus).not.toBe("einmalig");
  });

  it("leaves it open where the yearly line names the total itself", () => {
    expect(turnusOf(["Gesamtkosten: 250.000 €", "davon Folgekosten jährlich 250.000 €"])?.turnus).not.toBe("einmalig");
  });
});
