import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";
import { withIncomeOnly } from "../../../src/core/validation/income-only";
import { validate } from "../../../src/core/validation/validate";
import { formatFinding } from "../../../src/i18n/format-finding";

/**
 * A Vorlage whose Finanzierung names only money it brings in („Mehrerträge von rund 140.000 € jährlich“, a fee statute)
 * costs nothing: it needs no Betrag of cost and no Deckungsquelle, and „Pflichtangabe fehlt: Finanzierung“ would be false.
 * What a Kämmerei expects of it is the income with its Haushaltsjahr and the Produkt that books it; check says that the
 * Vorlage was read as bringing in money only, with the words, so that a cost left out is still seen (third tryout).
 */
const row = (r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table: 1, row: r, col } }));
const check = (effects: string) => {
  const read = recognize(
    [
      "Vorlagen-Nr. 25-V-02-0077",
      "Betreff: Neufassung der Gebührensatzung der Stadtbibliothek",
      "2. Es wird beschlossen, dass",
      "2.1 die Gebührensatzung in der Fassung der Anlage 1 beschlossen wird;",
      "2.2 die Jahresgebühr für Erwachsene von 15 € auf 20 € steigt.",
      ...row(0, ["Finanzielle Auswirkungen", effects]),
      ...row(1, ["Haushaltsjahr", "2026"]),
      ...row(2, ["Produkt", "1.25.02 Stadtbibliothek"]),
    ],
    WIESBADEN,
    sequentialIds("i"),
  );
  return [...withIncomeOnly(validate(read.vorlage, WIESBADEN), read.findings), ...read.findings];
};

describe("a Vorlage that only brings money in", () => {
  it("is not told that its Finanzierung or a Deckungsquelle is missing", () => {
    const found = check("Mehrerträge von rund 140.000 € jährlich");
    expect(found.filter((f) => f.code === "field-missing" && f.params["field"] === "finanzierung")).toEqual([]);
    expect(found.map((f) => f.code).filter((c) => /^finanzierung-(?:quelle|betrag)-missing$/u.test(c))).toEqual([]);
  });

  it("is told, in words, that it was read as bringing in money only", () => {
    const found = check("Mehrerträge von rund 140.000 € jährlich").find((f) => f.code === "recognize-nur-ertraege");
    expect(found).toBeDefined();
    const text = formatFinding(found as NonNullable<typeof found>, "de", WIESBADEN);
    expect(text).toContain("Mehrerträge von rund 140.000 € jährlich");
    expect(text).toContain("Deckungsquelle");
  });

  it("still misses a Finanzierung that names a cost beside the income", () => {
    const codes = check("Kosten von 12.000 € und Mehrerträge von rund 140.000 € jährlich").map((f) => f.code);
    expect(codes).not.toContain("recognize-nur-ertraege");
  });
});
