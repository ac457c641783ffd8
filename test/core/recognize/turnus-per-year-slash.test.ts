import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/** „Betrag: 150.000 Euro / Jahr“: the slash reads „pro Jahr“, the Turnus is yearly; „2028/2029“ beside it says nothing of the rhythm. */
const turnus = (betrag: string) =>
  recognize(
    ["Antrags-Nr.: KT-A/0001/2027", "Betreff: Mehr Mittel im Doppelhaushalt 2028/2029", "Beschlussvorschlag", "Der Kreistag möge beschließen, den Ansatz zu erhöhen.", "Finanzielle Auswirkungen", `Betrag:\t${betrag}`],
    WIESBADEN,
    sequentialIds("k"),
  ).vorlage.finanzierung?.turnus;

describe("an amount „/ Jahr“", () => {
  it.each(["150.000 Euro / Jahr", "150.000 €/Jahr", "150.000 EUR / Jahr"])("„%s“ is yearly", (betrag) => {
    expect(turnus(betrag)).toBe("jaehrlich");
  });

  it("a plain amount states no Turnus", () => {
    expect(turnus("150.000 Euro")).toBeUndefined();
  });
});
