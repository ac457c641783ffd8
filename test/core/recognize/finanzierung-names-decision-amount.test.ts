import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A decision that names the whole project's cost („mit Gesamtkosten von 48 Mio. €“, another body's) beside what this
 * body grants („einen Zuschuss von 6 Mio. €“): where the Finanzierung states exactly one of the decision's amounts as
 * what the budget bears, that one is the Betrag. Where it states none of them, nothing changes.
 */
const read = (fin: string) =>
  recognize(
    [
      "Vorlage-Nr.: 2027/066",
      "Betreff: Neubau des Hallenbads; Zuschuss an die Bäder GmbH",
      "Beschlussvorschlag:",
      "1. Der Kreistag stimmt dem Neubau des Hallenbads durch die Bäder GmbH mit Gesamtkosten von 48 Mio. € zu.",
      "2. Der Landkreis gewährt der Bäder GmbH einen Investitionszuschuss von 6 Mio. €.",
      "Finanzielle Auswirkungen:",
      fin,
    ],
    WIESBADEN,
    sequentialIds("f"),
  );

describe("the Finanzierung names which of the decision's amounts the budget bears", () => {
  it("takes the grant the Finanzierung states", () => {
    expect(read("Der Zuschuss von 6 Mio. € ist im Haushaltsplan 2027 veranschlagt.").vorlage.finanzierung?.betragCent).toBe(600_000_000);
  });

  it("keeps the named total where the Finanzierung states no amount of the decision", () => {
    expect(read("Die Mittel sind im Haushaltsplan 2027 veranschlagt.").vorlage.finanzierung?.betragCent).toBe(4_800_000_000);
  });
});
