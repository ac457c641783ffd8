import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";
import { validate } from "../../../src/core/validation/validate";

/**
 * Money the Vorlage brings in („Mehrerträge von rund 140.000 € jährlich“, „Mehreinnahmen von …“) is no Betrag it costs.
 * Found by the third tryout: a fee statute's Mehrerträge were taken as the Betrag, and the old fee of 15 € in the decision
 * was then said to contradict it.
 */
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const read = (effects: string) => {
  const v = recognize(
    [
      "Vorlagen-Nr. 25-V-02-0077",
      "Gremium: Stadtverordnetenversammlung",
      "Sitzungsdatum: 26.06.2025",
      "Betreff: Neufassung der Gebührensatzung der Stadtbibliothek",
      "1. Es wird beschlossen, dass",
      "1.1 die Gebührensatzung in der Fassung der Anlage 1 beschlossen wird;",
      "1.2 die Jahresgebühr für Erwachsene von 15 € auf 20 € steigt.",
      ...row(1, 0, ["Finanzielle Auswirkungen", effects]),
      ...row(1, 1, ["Haushaltsjahr", "2026"]),
    ],
    WIESBADEN,
    sequentialIds("i"),
  ).vorlage;
  return { betrag: v.finanzierung?.betragCent, codes: validate(v, WIESBADEN).map((f) => f.code) };
};

describe("income is no cost", () => {
  it.each([["Mehrerträge von rund 140.000 € jährlich"], ["Mehreinnahmen von 140.000 € jährlich"]])("takes „%s“ for no Betrag", (effects) => {
    const r = read(effects);
    expect(r.betrag).toBeUndefined();
    expect(r.codes).not.toContain("finanzierung-betrag-text");
    expect(r.codes).not.toContain("finanzierung-betrag-widerspruch");
    // The fee of 15 € the decision sets is no undeclared cost either.
    expect(r.codes).not.toContain("finanzierung-undeclared");
  });

  it("takes income lost („Mindererträge“) as what the Vorlage costs", () => {
    expect(read("Mindererträge von 20.000 € jährlich").betrag).toBe(2_000_000);
  });

  it("still takes a cost stated beside the income", () => {
    expect(read("Kosten von 12.000 € jährlich, Mehrerträge von 140.000 € jährlich").betrag).toBe(1_200_000);
  });
});
