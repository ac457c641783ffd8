import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { sentenceWith } from "../../../src/core/recognize/amount-sentence";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A Finanzierung paragraph that names the one-off cost and, in a sentence of its own, a yearly cost beside it
 * („… entstehen einmalige Kosten von 266.000 € … Für Wartung fallen ab 2028 jährlich 22.800 € an.“): the Turnus of the
 * Betrag is the word of its own sentence.
 */
const finanzierung = (paragraph: string) =>
  recognize(
    [
      "Vorlage Nr. 25-V-03-0012",
      "Betreff: Trinkwasserspender",
      "Beschlussvorschlag:",
      "1. Der Magistrat wird beauftragt, alle Schulen mit Trinkwasserspendern auszustatten.",
      "2. Die Kosten von 266.000 € werden im Haushaltsjahr 2027 gedeckt.",
      "Finanzielle Auswirkungen",
      paragraph,
    ],
    WIESBADEN,
    sequentialIds("t"),
  ).vorlage.finanzierung;

describe("the Turnus of the Betrag's own sentence", () => {
  it("is „einmalig“ where a later sentence names a yearly cost beside it", () => {
    const f = finanzierung("Für Kauf und Anschluss der Geräte entstehen einmalige Kosten von 266.000 €, die im Haushaltsjahr 2027 gedeckt werden. Für die Wartung fallen ab 2028 jährlich 22.800 € an.");
    expect([f?.betragCent, f?.turnus]).toEqual([26600000, "einmalig"]);
  });

  it("is „jaehrlich“ where the Betrag's own sentence says so beside a one-off figure", () => {
    const f = finanzierung("Für den Betrieb entstehen jährlich Kosten von 266.000 €. Die einmalige Anschaffung von 22.800 € trägt der Förderverein.");
    expect([f?.betragCent, f?.turnus]).toEqual([26600000, "jaehrlich"]);
  });

  it("cuts at the end of a sentence, not inside a figure", () => {
    expect(sentenceWith("Es kostet 1.500 €. Jährlich kommen 300 € dazu.", "1.500 €")).toBe("Es kostet 1.500 €.");
  });
});
