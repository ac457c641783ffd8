import { shareOfPercent } from "../german/digits";
import type { IdSource } from "../model/ids";
import type { Deckungsquelle } from "../model/vorlage";

/**
 * Deckungsquellen named by their Produkt, not by a Dezernat: „… aus dem Produkt 1.11.01 gedeckt werden“, „zu 60 % aus
 * dem Produkt 1.11.01 und zu 40 % aus dem Produkt 1.22.03“, „hälftig aus dem Produkt … und dem Produkt …“,
 * „Deckungsquelle: Produkt 1.54.01 (100 %)“, a table row „Deckungsquelle 1 | Produkt 1.11.01, Anteil 60 %“. In the
 * Doppik a Produkt is a budget of the Haushaltsplan, so it names who pays as a Dezernat does; the Dezernat is left
 * empty, never guessed from the Federführung. Shares are taken only as written: one Produkt without a share pays all,
 * several pay equal parts only where the text says so („hälftig“), else the doubt names the line.
 */
const PRODUKT = /Produkt(?:nummer|nr\.)?\s*:?\s*(\d[\d.]*\d|\d)/gu;
/** A labelled line or table row of sources, numbered or not („Deckungsquelle 1 | …“, „Deckung: …“). */
const SOURCE_LABEL = /^(?:Deckung(?:squellen?|smittel)?|Finanzierungsquellen?)(?:\s+\d{1,2})?\s*(?::|\t)/iu;
/** A sentence that says the money comes from a Produkt, not one that only mentions it. */
const PAID_FROM = /\b(?:aus|zu\s*Lasten|zulasten)\s+(?:de[mnrs]\s+)?Produkt|Produkt(?:en|s)?\s+\d[\d.]*\d?[^.;]{0,80}\b(?:gedeckt|finanziert)\b/iu;
const SHARE_BEFORE = /zu\s+(\d{1,3}(?:,\d{1,2})?)\s*(?:%|Prozent)/gu;
const SHARE_AFTER = /^\s*(?:[(,]\s*)?(?:Anteil\s*:?\s*)?(\d{1,3}(?:,\d{1,2})?)\s*(?:%|Prozent)/u;

interface Found {
  readonly produkt: string;
  readonly anteil?: number;
}

/** The Produkte a text names, each with the share written just before it (since the previous one) or just after it. */
function produkteIn(text: string): Found[] {
  const mentions = [...text.matchAll(PRODUKT)];
  return mentions.map((m, k) => {
    const at = m.index as number;
    const previousEnd = k === 0 ? Math.max(0, at - 40) : (mentions[k - 1]?.index as number) + (mentions[k - 1]?.[0].length as number);
    const before = [...text.slice(previousEnd, at).matchAll(SHARE_BEFORE)].pop()?.[1];
    const after = SHARE_AFTER.exec(text.slice(at + m[0].length))?.[1];
    const share = before ?? after;
    return { produkt: m[1] as string, ...(share !== undefined ? { anteil: shareOfPercent(share) } : {}) };
  });
}

/**
 * The sources of the labelled lines if any name a Produkt, else of the sentences that pay from one. With `labelledRows`,
 * only labelled lines, and only where at least that many each name a Produkt (none otherwise).
 */
export function produktSources(
  texts: readonly string[],
  equalWords: readonly string[],
  next: IdSource,
  doubts: { field: string; text: string }[],
  only?: { readonly labelledRows: number },
): Deckungsquelle[] {
  const labelled = texts.filter((t) => SOURCE_LABEL.test(t) && produkteIn(t).length > 0);
  if (only !== undefined && labelled.length < only.labelledRows) return [];
  const lines = labelled.length > 0 ? labelled : texts.filter((t) => PAID_FROM.test(t)).slice(0, 1);
  const found: Found[] = [];
  for (const f of lines.flatMap(produkteIn)) if (!found.some((x) => x.produkt === f.produkt)) found.push(f);
  if (found.length === 0) return [];
  const stated = found.filter((f) => f.anteil !== undefined).length;
  const equal = lines.some((t) => equalWords.some((w) => t.toLowerCase().includes(w.toLowerCase())));
  const shares =
    found.length === 1 && stated === 0 ? [1] : equal && stated === 0 ? found.map(() => 1 / found.length) : found.map((f) => f.anteil);
  if (found.length > 1 && stated < found.length && !(equal && stated === 0)) doubts.push({ field: "finanzierung.quellen", text: lines.join(" ").trim() });
  return found.map((f, i) => {
    const anteil = shares[i];
    return { id: next(), stelle: { dezernat: "", produkt: f.produkt, kostenstelle: "" }, ...(anteil !== undefined ? { anteil } : {}) };
  });
}
