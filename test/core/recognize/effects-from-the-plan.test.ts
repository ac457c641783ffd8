import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * „Die finanziellen Auswirkungen ergeben sich aus dem Haushaltsplan 2028.“ under a Haushaltssatzung: the Vorlage has
 * financial effects, stated elsewhere, and no Betrag of its own (found by the ninth fresh set's Haushaltssatzung, 160).
 */
const read = (effects: string) =>
  recognize(
    ["Vorlage-Nr.: 2027/131", "Betreff: Haushaltssatzung 2028", "Beschlussvorschlag:", "Der Rat beschließt die Haushaltssatzung mit dem Haushaltsplan.", "Finanzielle Auswirkungen:", effects],
    WIESBADEN,
    sequentialIds("h"),
  ).vorlage.finanzierung;

describe("financial effects that refer to the plan", () => {
  it.each([
    ["Die finanziellen Auswirkungen ergeben sich aus dem Haushaltsplan 2028."],
    ["Die finanziellen Auswirkungen sind im Wirtschaftsplan dargestellt."],
    ["Die Auswirkungen ergeben sich aus der Anlage 2."],
  ])("are stated by „%s“, without a Betrag", (effects) => {
    const f = read(effects);
    expect(f?.auswirkungen).toBe(true);
    expect(f?.betragCent).toBeUndefined();
  });

  it("are not stated by a sentence about something else", () => {
    expect(read("Die Satzung ergibt sich aus der Anlage.")).toBeUndefined();
  });
});
