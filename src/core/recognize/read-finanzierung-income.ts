import type { FoundAmount } from "../german/money";

/**
 * Money a Vorlage brings in is no Betrag it costs: „Mehrerträge von rund 140.000 € jährlich“, „Mehreinnahmen von …“,
 * „Erlöse aus dem Verkauf von …“. An amount is income where an income word stands before it in its own sentence or
 * row with no cost word after it („Kosten von 12.000 € und Mehrerträge von …“ keeps the 12.000 € a cost). A „Minderertrag“
 * is money lost, not income.
 */
const INCOME = /(?<!\p{L})(?:Mehr)?(?:[Ee]rträge?n?|[Ee]rtrag(?:es|s)?|[Ee]innahmen?|[Ee]inzahlungen?|[Ee]rlöse?s?|[Ee]rlösen)(?!\p{L})|(?<=\p{Ll})(?<![Mm]inder)(?:erträge|ertrag|einnahmen|einzahlungen|erlöse)(?!\p{L})/gu;
const COST_AFTER = /(?<!\p{L})(?:[Kk]osten|Aufwand|Aufwendungen|Auszahlungen?|Ausgaben|Betrag|Bedarf|Defizit|Fehlbetrag|Zuschuss|Mittel)(?!\p{L})|(?<=\p{Ll})(?:kosten|bedarf|zuschuss|betrag|aufwand|ausgaben)(?!\p{L})/u;

export function isIncome(text: string, a: FoundAmount): boolean {
  const before = text.slice(Math.max(0, a.index - 40), a.index).split(/[.;!?](?:\s|$)/u).pop() ?? "";
  const last = [...before.matchAll(INCOME)].pop();
  if (last === undefined) return false;
  return !COST_AFTER.test(before.slice((last.index as number) + last[0].length));
}

/** The amounts of a text that are not income. */
export const notIncome = (text: string) => (a: FoundAmount): boolean => !isIncome(text, a);

/**
 * The Finanzierung's text that names money coming in, where it names no other money: „Mehrerträge von rund 140.000 €
 * jährlich“ under „Finanzielle Auswirkungen“ of a fee statute. Undefined where any amount of the texts is no income (a cost
 * beside the income), or none names income.
 */
export function incomeOnlyText(texts: readonly string[], amountsOf: (text: string) => readonly FoundAmount[]): string | undefined {
  const found = texts.map((t) => ({ t, amounts: amountsOf(t) }));
  if (found.some(({ t, amounts }) => amounts.some((a) => !isIncome(t, a)))) return undefined;
  return found.find(({ amounts }) => amounts.length > 0)?.t;
}
