import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { sentenceWith } from "../../../src/core/recognize/amount-sentence";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A semicolon sets apart the statements of one sentence as a full stop does, whatever letter follows it:
 * „Einmalig 48.000 € für Kameras …; für den Streamingdienst fallen ab 2028 jährlich rund 9.600 € an.“ — the
 * „jährlich“ of the second statement is the yearly follow-up cost's, not the Betrag's.
 */
const finanzierung = (paragraph: string) =>
  recognize(
    [
      "Sitzungsvorlage 2027/0412",
      "Betreff: Übertragung der Sitzungen in das Internet",
      "Beschlussvorschlag:",
      "a) Der Kreistag beschließt, seine Sitzungen in das Internet zu übertragen.",
      "b) Die einmaligen Kosten von 48.000 € werden im Haushalt 2028 bereitgestellt.",
      "Finanzielle Auswirkungen:",
      paragraph,
    ],
    WIESBADEN,
    sequentialIds("c"),
  ).vorlage.finanzierung;

describe("the Turnus of the Betrag's own statement", () => {
  it("is „einmalig“ where a statement after a semicolon names a yearly cost beside it", () => {
    const f = finanzierung("Einmalig 48.000 € für Kameras und Regietechnik im Haushaltsjahr 2028 (Haushaltsstelle 0100.9350); für den Streamingdienst fallen ab 2028 jährlich rund 9.600 € an.");
    expect([f?.betragCent, f?.turnus]).toEqual([4800000, "einmalig"]);
  });

  it("cuts at a semicolon before a small letter", () => {
    expect(sentenceWith("Einmalig 1.500 € für Geräte; für den Dienst jährlich 300 €.", "1.500 €")).toBe("Einmalig 1.500 € für Geräte;");
  });
});
