import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * „Ausgaben 2028: 100.000 € (Regionalbudget). Einnahmen 2028: Zuwendung … 90.000 €.“: the year a cost's label names is the
 * budget year it is spent in. Without it the Finanzierung named no Haushaltsjahr.
 */
const read = (line: string) =>
  recognize(
    ["Betreff: Regionalbudget 2028", "Beschlussvorschlag:", "Der Zweckverband beantragt ein Regionalbudget von 100.000 €.", "Finanzielle Auswirkungen:", line],
    WIESBADEN,
    sequentialIds("k"),
  ).vorlage.finanzierung;

describe("a year in the label of a cost", () => {
  it.each(["Ausgaben 2028: 100.000 € (Regionalbudget). Einnahmen 2028: Zuwendung des Amtes 90.000 €.", "Kosten 2028: 100.000 €"])("„%s“ names the Haushaltsjahr", (line) => {
    const f = read(line);
    expect([f?.betragCent, f?.haushaltsjahr]).toEqual([10_000_000, 2028]);
  });

  it("a year in the prose of a sentence is none", () => expect(read("Die Ausgaben von 100.000 € fallen wie 2028 an.")?.haushaltsjahr).toBeUndefined());
});
