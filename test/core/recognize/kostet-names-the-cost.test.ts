import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * „Die Schulsozialarbeit kostet jährlich 1.240.000 €. Das Land erstattet 50 %, das sind 620.000 € jährlich; der Eigenanteil
 * … von 620.000 € …“: the verb „kostet“ names its amount as the cost, as the noun „Kosten“ does; the share refunded and
 * the own share are parts of it. Without it, the three amounts were one doubt and the Finanzierung was lost.
 */
const read = (sentence: string) =>
  recognize(
    [
      "Betreff: Vertrag über die Schulsozialarbeit",
      "Der Kreistag beschließt:",
      "Dem Vertrag wird zugestimmt.",
      "Finanzielle Auswirkungen",
      `${sentence} Das Land erstattet nach dem Vertrag 50 %, das sind 620.000 € jährlich; der Eigenanteil des Landkreises von 620.000 € wird ab dem Haushaltsjahr 2028 veranschlagt.`,
    ],
    WIESBADEN,
    sequentialIds("k"),
  ).vorlage.finanzierung;

describe("a Finanzierung sentence that says what the measure „kostet“", () => {
  it("gives its amount as the Betrag, with the Turnus of its own sentence and the year", () => {
    const f = read("Die Schulsozialarbeit kostet jährlich 1.240.000 €.");
    expect([f?.betragCent, f?.turnus, f?.haushaltsjahr]).toEqual([124_000_000, "jaehrlich", 2028]);
  });

  it("a sentence that does not name the amount as the cost leaves it in doubt, as before", () => {
    expect(read("Für die Schulsozialarbeit stehen jährlich 1.240.000 € im Raum.")?.betragCent).toBeUndefined();
  });
});
