import { shareOfPercent } from "../german/digits";
import { findAmounts, type FoundAmount } from "../german/money";
import type { IdSource } from "../model/ids";
import type { Deckungsquelle, Finanzierung, Haushaltsstelle, Turnus } from "../model/vorlage";
import type { Profile } from "../profile/profile";
import { boxLabels } from "./ticked-boxes";
import { namesBothRhythms, withoutBothRhythmsLabel } from "./turnus-label";
import { sentenceWith } from "./amount-sentence";
import { eachYear } from "./each-year";
import { bewirtschaftungOf } from "./bewirtschaftung";
import { produktSources } from "./read-finanzierung-produkte";
import { notIncome } from "./read-finanzierung-income";

/**
 * The Finanzierung as a plain Vorlage states it: the amount, once or every year, the budget
 * year, which Dezernate pay in which shares, their Produkt, Kostenstelle and Sachkonto, and
 * who books it. Read from the decision clauses and the paragraphs about money (prose or table
 * rows). What is not stated for certain is left out and named as a doubt: a share that is
 * not written is never made up, an approximate or ambiguous amount is said to be one.
 */
export interface Doubt {
  readonly field: string;
  readonly text: string;
  /** The value was taken all the same: an amount the document itself calls approximate („rund 140.000 €“) or a ceiling. */
  readonly taken?: boolean;
  /** The amount is only the most that may be spent („bis zu 120.000 €“, „höchstens …“, „maximal …“). */
  readonly ceiling?: boolean;
}

export interface MoneyText {
  readonly text: string;
  /** The cells, when the text is a table row. */
  readonly cells?: readonly string[];
  /** The table the row belongs to, to read a table with a header row. */
  readonly table?: number;
}

const DEZ = String.raw`(?:Dezernat(?:es|s|e)?|Dez\.)\s*((?:[IVX]{1,5}|\d{1,2})(?![\w/]))`;
const DEZ_LIST = String.raw`(?:Dezernat(?:es|s|e)?|Dez\.)\s*((?:[IVX]{1,5}|\d{1,2})(?:\s*(?:,|und|sowie)\s*(?:(?:Dezernat(?:es|s)?|Dez\.)\s*)?(?:[IVX]{1,5}|\d{1,2}))*)(?![\w/])`;
const BUDGET = new RegExp(String.raw`(?:Budget|Mitteln|Haushalt)\s+(?:des|der)\s+${DEZ_LIST}`, "gu");
const STELLE: readonly [keyof Haushaltsstelle, RegExp][] = [
  ["produkt", /Produkt(?:nummer|nr\.)?\s*:?\s*(\d[\d.]*\d|\d)/gu],
  ["kostenstelle", /Kostenstelle\s*:?\s*(\d[\d.]*\d|\d)/gu],
  ["sachkonto", /Sachkonto\s*:?\s*(\d[\d.]*\d|\d)/gu],
];
const DEFAULT_EQUAL = ["hälftig", "zu gleichen Teilen", "je zur Hälfte"];
const DEFAULT_SHARE = String.raw`zu\s+(?<anteil>\d{1,3}(?:,\d{1,2})?)\s*(?:%|Prozent)`;

const ids = (list: string, profile: Profile): string[] => {
  const known = new Set(profile.dezernate.list.map((d) => d.id));
  return [...list.matchAll(/\b([IVX]{1,5}|\d{1,2})\b/gu)].map((m) => m[1] as string).filter((d) => known.has(d));
};
/** „54,27“ → 0.5427 exactly (a division by 100 gives 0.5427000000000001, which the metadata part would then contradict). */
const percent = (s: string): number => shareOfPercent(s);

/**
 * "Keine", "nein" in words: the Vorlage has no financial effects (a form's boxes: effectsTicked). „keine unmittelbaren
 * finanziellen Auswirkungen“ says so too: what a later decision may cost is not this Vorlage's.
 */
const NO_EFFECT_WORDS =
  /(?:Finanzielle|Haushaltsmäßige|Haushaltsrechtliche) Auswirkungen\s*\??\s*:?\s*(?:keine\b|nein\b)|keine (?:(?:unmittelbaren|direkten)\s+)?finanziellen Auswirkungen|^(?:keine|nein|entfällt)\.?$/iu;
const YES_EFFECT_WORDS = /(?:Finanzielle|Haushaltsmäßige) Auswirkungen\s*\??\s*:?\s*ja\b(?!\s*☐)/iu;
/** A line whose boxes say something about money, or that holds only yes/no options („Ja ☒ Nein ☐“ below the heading). */
const MONEY_BOX_LINE = /Auswirkung|Kosten|Mittel|Haushalt|finanz|Betrag|€|\bEUR\b|\bEuro\b/iu;
const OPTION = /^(?:ja|nein|keine)\s*:?$/iu;
const NO_LABEL = /^(?:nein|keine)\b|(?:^|\s)(?:nein|keine)\s*:?$|^(?:Haushalts)?[Mm]ittel\s+(?:werden|sind)\s+nicht\s+(?:benötigt|erforderlich|notwendig)/iu;
const YES_LABEL = /^ja\b|(?:^|\s)ja\s*:?$|^Kosten in Höhe/iu;

/**
 * What a form line's ticked box says about financial effects, read with the box on the side the
 * form puts it (ticked-boxes.ts): „Ja ☒ Nein ☐“ (Karlsruhe) is yes, „☐ Ja ☒ Nein“ is no. Lines
 * about something else (CO2-Relevanz, IQ, Anhörung) say nothing about money.
 */
function effectsTicked(line: string): "ja" | "nein" | undefined {
  const boxes = boxLabels(line);
  if (boxes.length === 0) return undefined;
  if (!MONEY_BOX_LINE.test(line) && !boxes.every((b) => OPTION.test(b.label))) return undefined;
  for (const b of boxes.filter((x) => x.ticked)) {
    if (NO_LABEL.test(b.label)) return "nein";
    if (YES_LABEL.test(b.label)) return "ja";
  }
  return undefined;
}

/** The line says the Vorlage has no financial effects: in words, or by a ticked „Nein“. */
export function statesNoEffects(line: string): boolean {
  return NO_EFFECT_WORDS.test(line) || effectsTicked(line) === "nein" || budgetBearsNothing(line);
}

/**
 * „Dem Haushalt der Stadt entstehen keine Kosten.“, „Haushaltsmittel werden nicht benötigt.“: a sentence that the
 * budget bears nothing, in a line that names no amount (where one is named, „keine weiteren Kosten“ is only the rest).
 */
const BUDGET_BEARS_NOTHING =
  /(?:^|[.;]\s+)(?:Dem\s+(?:Haushalt\s+(?:der|des)\s+\p{L}+|\p{L}+haushalt)\s+entstehen\s+keine\s+(?:Kosten|Aufwendungen|Ausgaben)|(?:Haushalts)?[Mm]ittel\s+(?:werden|sind)\s+nicht\s+(?:benötigt|erforderlich|notwendig))\s*\.?\s*$/u;
function budgetBearsNothing(line: string): boolean {
  return BUDGET_BEARS_NOTHING.test(line) && findAmounts(line).length === 0;
}

/**
 * „Die finanziellen Auswirkungen ergeben sich aus dem Haushaltsplan 2028“, „… sind im Wirtschaftsplan dargestellt“: the
 * effects are stated, elsewhere (a Haushaltssatzung's, a Wirtschaftsplan's) — there are some, though no Betrag is the Vorlage's.
 */
const EFFECTS_STATED_ELSEWHERE =
  /\bAuswirkungen\s+(?:ergeben\s+sich\s+aus|sind\s+(?:im|in\s+der|in\s+den|aus\s+(?:dem|der))\s+[^.;]{1,60}?\s+(?:dargestellt|ersichtlich|enthalten|ausgewiesen|veranschlagt))\b/iu;

/** The line says the Vorlage has financial effects: „Finanzielle Auswirkungen: Ja“, a ticked „Ja“, or where they are stated. */
function statesEffects(line: string): boolean {
  return effectsTicked(line) === "ja" || (boxLabels(line).length === 0 && (YES_EFFECT_WORDS.test(line) || EFFECTS_STATED_ELSEWHERE.test(line)));
}

/** „überplanmäßige Auszahlung“, „außerplanmäßige Aufwendungen“: the Doppik's words for money spent count as well. */
const COST_WORDS = /Auszahlung|Aufwendung|bereitgestellt|bereitzustellen|bereit(?:stellt|zustellen)|zur Verfügung|eingestellt|Kosten|(?<=\p{Ll})kosten\b|Mehrausgaben|Mehraufwand|Ausgaben|Finanzierung|finanziert|bewilligt|gewährt|Zuschuss|(?<=\p{Ll})zuschuss|Beitrag|Budget|Mittel|Auftrag|vergeben|vergibt|Angebotspreis|beschafft|Betrag|Beschaffung|Kauf|Erwerb|Förderung|gefördert|Entgelt|Gebühr/u;
// (?<!\p{L}), not \b: \b knows no umlaut, and „über“ would never match.
const NOT_THE_AMOUNT = /(?<!\p{L})(?:je|jeweils|pro|über|ab|bis zu|mehr als|unter|höchstens|mindestens)\s*$/u;

/**
 * „mit Gesamtkosten von 800.000 €“ beside „Die Mehrkosten von 50.000 € …“: of several amounts in the decision, the one
 * alone named as the whole (Gesamtkosten, Gesamtbetrag, insgesamt) and not smaller than any other is the Betrag; the others are its parts.
 */
function namedTotal(decided: readonly string[]): FoundAmount | undefined {
  const amounts = decided.flatMap((t) => findAmounts(t).map((a) => ({ a, before: t.slice(Math.max(0, a.index - 40), a.index).split(/[.;!?](?:\s|$)/u).pop() ?? "" })));
  const wholes = new Map(amounts.filter((x) => /\bGesamt(?:kosten|betrag|summe|aufwand|volumen)\b|\binsgesamt\b/u.test(x.before)).map((x) => [x.a.cents, x.a] as const));
  const [whole] = [...wholes.values()];
  return wholes.size === 1 && whole !== undefined && amounts.every((x) => x.a.cents <= whole.cents) ? whole : undefined;
}

/**
 * A sentence or row that says its figure is not this Vorlage's: given for information („nachrichtlich“), „nicht
 * Gegenstand dieser Vorlage“, or decided another time („wird gesondert entschieden“).
 */
const NOT_THIS_VORLAGE = /nicht Gegenstand (?:dieser|der|des) (?:Vorlage|Beschlusses)|\bnachrichtlich\b|gesondert (?:zu )?(?:entschieden|beschlossen|entscheiden|beschließen)|(?:einem|einer|eines) späteren (?:Beschluss|Vorlage)/iu;
/** „0,16 € je Einwohner“, „12 € pro Stunde“: a rate, not the amount; „je Jahr“ is a Turnus and „je zur Hälfte“ a share. */
const RATE_AFTER = /^\s*(?:je|pro)\s+(?!(?:zu[rm]?|Jahr|Monat|Quartal|Haushaltsjahr|Kalenderjahr)\b)\p{L}/u;
const notRate = (t: string) => (a: FoundAmount) => !RATE_AFTER.test(t.slice(a.index + a.text.length, a.index + a.text.length + 24));

/** The words that name an amount as what the Vorlage costs, and those that name another figure (a plan, a grant, what is left). */
// „Die Schulsozialarbeit kostet jährlich 1.240.000 €“: the verb names the cost as the noun does.
const COST_NAME = /\b(?:(?:Gesamt|Mehr|Investitions|Sach)?[Kk]osten|kostet|Betrag|Mehraufwand|Aufwand|Aufwendungen|Auszahlung(?:en)?|(?:Mehr)?[Aa]usgaben|Auftragssumme|Mehrbedarf|Nachtrag|überplanmäßig|außerplanmäßig)\b/u;
// „Die Sperre betrifft Aufwendungen von 812.000 €“: a blocked sum (haushaltswirtschaftliche Sperre, Sperrvermerk) is withheld, not spent.
const OTHER_FIGURE = /Ansatz|Förder|Zuschuss|Zuwendung|Zuweisung|zur Verfügung|verfügbar|Einnahme|Ertr[aä]g|Eigenanteil|Anteil|bisher|ursprünglich|Sperr(?:e|vermerk)|[Gg]esperrt/u;

/** The words before an amount in its own sentence or row name it as the cost: „Die Kosten der Variante 2 von …“, „überplanmäßig | …“. */
function namedAsCost(text: string, a: FoundAmount): boolean {
  const before = text.slice(Math.max(0, a.index - 60), a.index).split(/[.;!?](?:\s|$)/u).pop() ?? "";
  return COST_NAME.test(before) && !OTHER_FIGURE.test(before);
}

/**
 * A row that names money no longer spent („entfallende eigene Wartungskosten (jährlich) | 31.000 €“, „Einsparung“,
 * „Minderausgaben“): a saving beside the cost, in the same „Betrag“ column, never the cost itself.
 */
const SAVING = /(?<!\p{L})(?:entfallende?[nrs]?|wegfallende?[nrs]?|Einsparung(?:en)?|eingespart\p{L}*|Ersparnis(?:se)?|Minder(?:ausgaben|aufwand|aufwendungen|kosten))(?!\p{L})/iu;

/**
 * The amounts a Finanzierung table names as the cost by its column's header („Produkt | Haushaltsjahr | Aufwand jährlich |
 * Landeszuweisung jährlich“, „Ansatz | bisher beauftragt | Nachtrag“): a table's first row is its header where it holds no
 * amount; a row that says it is not this Vorlage's is left out.
 */
function namedByColumn(money: readonly MoneyText[]): FoundAmount[] {
  const heads = new Map<number, readonly string[] | undefined>();
  const out: FoundAmount[] = [];
  for (const m of money) {
    if (m.table === undefined || !m.cells) continue;
    if (!heads.has(m.table)) {
      heads.set(m.table, findAmounts(m.cells.join(" ")).length === 0 ? m.cells : undefined);
      continue;
    }
    const head = heads.get(m.table);
    if (head === undefined || NOT_THIS_VORLAGE.test(m.text) || SAVING.test(m.text)) continue;
    m.cells.forEach((cell, k) => {
      const name = head[k] ?? "";
      if (COST_NAME.test(name) && !OTHER_FIGURE.test(name)) out.push(...findAmounts(cell).filter(notRate(cell)));
    });
  }
  return out;
}

/**
 * „1.150 € für Dezernat VII und 1.350 € für Dezernat II, zusammen 2.500 €“: of three or more
 * different amounts, the one that is exactly the sum of the others is the total, never a share.
 */
function sumOfOthers(amounts: readonly FoundAmount[]): FoundAmount | undefined {
  const distinct = [...new Map(amounts.map((a) => [a.cents, a])).values()];
  if (distinct.length < 3 || distinct.some((a) => a.approximate)) return undefined;
  const sum = distinct.reduce((s, a) => s + a.cents, 0);
  const totals = distinct.filter((a) => a.cents * 2 === sum);
  return totals.length === 1 ? totals[0] : undefined;
}

/**
 * A decision over several lots names each lot's price („Los 1 … 1.284.615,37 €“, „Los 2 … 312.480,11 €“) and the
 * Finanzierung states one amount, exactly their sum: that total is what the Vorlage spends, the Betrag.
 */
function totalInMoney(inDecision: readonly FoundAmount[], inMoney: readonly FoundAmount[]): FoundAmount | undefined {
  const distinct = [...new Map(inDecision.map((a) => [a.cents, a])).values()];
  const stated = [...new Map(inMoney.map((a) => [a.cents, a])).values()];
  if (distinct.length < 2 || stated.length !== 1 || [...distinct, ...stated].some((a) => a.approximate || a.uncertain)) return undefined;
  const [one] = stated;
  return one !== undefined && one.cents === distinct.reduce((s, a) => s + a.cents, 0) ? one : undefined;
}

/**
 * Yearly follow-up costs stated beside a one-off Betrag („Jährliche/r Budgetbedarf/Folgekosten: 193.500 €“ under
 * „Gesamtkosten: 5.325.000 €“). The model holds one Betrag with one Turnus, so they are no part of it, of the exports or of
 * the report's sums; recognition says they are there (tryout7 F6). `text`: the line that states them.
 */
export interface FollowUpCosts {
  readonly cents: number;
  readonly text: string;
}

/** A project's total labelled as such („Gesamtkosten:“, „Investitionskosten:“). */
const TOTAL_LABEL = /^(?:Gesamtkosten|Investitionskosten|Gesamtinvestition(?:skosten)?)\b[^:\t]{0,30}[:\t]/iu;
/** A line of yearly follow-up costs set apart from the total („Jährliche/r Budgetbedarf/Folgekosten:“, „Laufende Kosten pro Jahr:“). */
const FOLLOW_UP_LABEL = /Folgekosten|laufende Kosten|Betriebskosten|Budgetbedarf/iu;

/** The figures of a label's line, and of the next line where the label ends in a colon (its figure below it, 02_karlsruhe). */
const labelFigures = (label: string, next: string | undefined) => [...findAmounts(label), ...(/:\s*$/u.test(label) && next !== undefined ? findAmounts(next) : [])];

function turnusOf(labelled: string): Turnus | undefined {
  const text = withoutBothRhythmsLabel(labelled);
  // „halbjährlich“, „vierteljährlich“ name another rhythm (often of a report), not a yearly payment.
  // „150.000 Euro / Jahr“, „12.000 €/Jahr“: the slash reads „pro“.
  if (/(?<!\p{L})jährlich|pro Jahr|p\.\s?a\.|je Jahr|Jahresbeitrag|(?:€|\bEuro|\bEUR)\s*\/\s*Jahr\b/iu.test(text)) return "jaehrlich";
  if (/einmalig/iu.test(text)) return "einmalig";
  return undefined;
}

/** The years a Finanzierung table states in its „Haushaltsjahr“ column, of the rows that are this Vorlage's. */
function tableYears(money: readonly MoneyText[]): number[] {
  const heads = new Map<number, number>();
  const out: number[] = [];
  for (const m of money) {
    if (m.table === undefined || !m.cells) continue;
    const col = heads.get(m.table);
    if (col === undefined) {
      heads.set(m.table, m.cells.findIndex((c) => /^Haushaltsjahr\s*:?$/iu.test(c.trim())));
      continue;
    }
    // „ab 2027“: a yearly sum from that year on.
    const year = col >= 0 ? /^(?:ab\s+)?(\d{4})$/u.exec((m.cells[col] ?? "").trim())?.[1] : undefined;
    if (year !== undefined && !NOT_THIS_VORLAGE.test(m.text)) out.push(Number(year));
  }
  return out;
}

/** Sources from a table whose header row names the columns (Dezernat | Produkt | … | Anteil). */
function tableSources(texts: readonly MoneyText[], profile: Profile, next: IdSource): Deckungsquelle[] {
  const out: Deckungsquelle[] = [];
  const headers = new Map<number, string[]>();
  for (const t of texts) {
    if (t.table === undefined || !t.cells) continue;
    const head = headers.get(t.table);
    if (!head) {
      const names = t.cells.map((c) => c.toLowerCase());
      // A header cell is a column's name: a row whose cell names a Dezernat („Dezernat VII, Anteil 50 %“) is a source, no header (tryout7 F5).
      const namesADezernat = t.cells.some((c) => ids(new RegExp(DEZ, "u").exec(c)?.[1] ?? "", profile).length > 0);
      if (!namesADezernat && names.some((n) => n.startsWith("dezernat")) && names.some((n) => /produkt|kostenstelle|anteil/u.test(n))) headers.set(t.table, names);
      continue;
    }
    const at = (name: string) => {
      const i = head.findIndex((h) => h.startsWith(name));
      return i < 0 ? "" : (t.cells?.[i] ?? "").trim();
    };
    const [dezernat] = ids(at("dezernat"), profile);
    if (dezernat === undefined) continue;
    const share = /(\d{1,3}(?:,\d{1,2})?)\s*%/u.exec(at("anteil"));
    const sachkonto = at("sachkonto");
    out.push({
      id: next(),
      stelle: { dezernat, produkt: at("produkt"), kostenstelle: at("kostenstelle"), ...(sachkonto ? { sachkonto } : {}) },
      ...(share ? { anteil: percent(share[1] as string) } : {}),
    });
  }
  return out;
}

/** Sources from the wording: „hälftig aus dem Budget der Dezernate VII und II“, „zu 60 % aus … und zu 40 % aus …“. */
function phraseSources(texts: readonly string[], profile: Profile, next: IdSource, doubts: Doubt[]): Deckungsquelle[] {
  const text = texts.find((t) => BUDGET.test(t));
  BUDGET.lastIndex = 0;
  if (text === undefined) return [];
  const share = new RegExp(profile.recognition?.sharePattern ?? DEFAULT_SHARE, "gu");
  const equalWords = profile.recognition?.equalShareWords ?? DEFAULT_EQUAL;
  const found: { dezernat: string; anteil?: number }[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(BUDGET)) {
    // Only the words since the previous Dezernat can state this one's share.
    const before = text.slice(Math.max(previousEnd, (m.index as number) - 40), m.index);
    previousEnd = (m.index as number) + m[0].length;
    const shares = [...before.matchAll(share)];
    const last = shares[shares.length - 1];
    const list = ids(m[1] as string, profile);
    for (const d of list) {
      if (found.some((f) => f.dezernat === d)) continue;
      found.push(last?.groups?.["anteil"] !== undefined && list.length === 1 ? { dezernat: d, anteil: percent(last.groups["anteil"]) } : { dezernat: d });
    }
  }
  const equal = equalWords.some((w) => text.toLowerCase().includes(w.toLowerCase()));
  const stated = found.filter((f) => f.anteil !== undefined).length;
  if (found.length === 1 && stated === 0) found[0] = { dezernat: (found[0] as { dezernat: string }).dezernat, anteil: 1 };
  else if (equal && stated === 0) found.forEach((f, i) => (found[i] = { dezernat: f.dezernat, anteil: 1 / found.length }));
  else if (found.length > 1 && stated < found.length) doubts.push({ field: "finanzierung.quellen", text: text.trim() });
  return found.map((f) => ({ id: next(), stelle: { dezernat: f.dezernat, produkt: "", kostenstelle: "" }, ...(f.anteil !== undefined ? { anteil: f.anteil } : {}) }));
}

/**
 * The label on a line („Deckungsquelle:“), or a table row's label cell with or without its colon („Deckungsquelle | Dezernat III …“),
 * numbered or not („Deckungsquelle 1 | Dezernat VII, Anteil 50 %“, README's form; tryout7 F5).
 */
const DECKUNG_LABEL = /^(?:Deckung(?:squellen?|smittel|svorschlag)?|Finanzierungsquellen?)(?:\s+\d{1,2})?\s*(?::|\t)/iu;

/**
 * Sources a labelled line names: „Deckung: Dezernat III 100 %“, „Deckungsquelle: Dezernat III, Produkt 1.11.01,
 * Kostenstelle 4711“, „Deckung: Dezernat III 60 %, Dezernat VI 40 %“. Each Dezernat takes the share, Produkt,
 * Kostenstelle and Sachkonto written after it up to the next; the one Dezernat of a line without a share pays all, and
 * of several, a share not written is never made up (the doubt names the line).
 */
function labelledSources(texts: readonly string[], profile: Profile, next: IdSource, doubts: Doubt[]): Deckungsquelle[] {
  const found: { dezernat: string; anteil?: number; produkt: string; kostenstelle: string; sachkonto?: string }[] = [];
  const lines: string[] = [];
  for (const text of texts.filter((t) => DECKUNG_LABEL.test(t))) {
    const mentions = [...text.matchAll(new RegExp(DEZ, "gu"))].filter((m) => ids(m[1] as string, profile).length === 1);
    mentions.forEach((m, k) => {
      const dezernat = m[1] as string;
      if (found.some((f) => f.dezernat === dezernat)) return;
      const part = text.slice(m.index as number, (mentions[k + 1]?.index as number | undefined) ?? text.length);
      const at = (key: keyof Haushaltsstelle): string => {
        const re = STELLE.find(([k2]) => k2 === key)?.[1];
        return re ? (new RegExp(re.source, "u").exec(part)?.[1] ?? "") : "";
      };
      const share = /(?<![\d,.])(\d{1,3}(?:,\d{1,2})?)\s*(?:%|Prozent)/u.exec(part)?.[1];
      const sachkonto = at("sachkonto");
      found.push({ dezernat, produkt: at("produkt"), kostenstelle: at("kostenstelle"), ...(sachkonto ? { sachkonto } : {}), ...(share !== undefined ? { anteil: percent(share) } : {}) });
    });
    if (mentions.length > 0) lines.push(text.trim());
  }
  const stated = found.filter((f) => f.anteil !== undefined).length;
  if (found.length === 1 && stated === 0) found[0] = { ...(found[0] as (typeof found)[number]), anteil: 1 };
  else if (found.length > 1 && stated < found.length) doubts.push({ field: "finanzierung.quellen", text: lines.join(" ") });
  return found.map(({ dezernat, anteil, produkt, kostenstelle, sachkonto }) => ({
    id: next(),
    stelle: { dezernat, produkt, kostenstelle, ...(sachkonto ? { sachkonto } : {}) },
    ...(anteil !== undefined ? { anteil } : {}),
  }));
}

/** Produkt, Kostenstelle and Sachkonto, each to the Dezernat named last before it, or to the only source. */
function addStellen(quellen: Deckungsquelle[], texts: readonly string[], doubts: Doubt[]): Deckungsquelle[] {
  const out = quellen.map((q) => ({ ...q, stelle: { ...q.stelle } as { -readonly [K in keyof Haushaltsstelle]: Haushaltsstelle[K] } }));
  for (const text of texts) {
    const mentions = [...text.matchAll(new RegExp(DEZ, "gu"))].map((m) => ({ at: m.index as number, id: m[1] as string }));
    for (const [key, re] of STELLE) {
      for (const m of text.matchAll(re)) {
        // A Produkt that is itself a source („aus dem Produkt 1.11.01“) belongs to none other.
        if (out.some((q) => q.stelle.dezernat === "" && q.stelle[key] === m[1])) continue;
        const owner = mentions.filter((x) => x.at < (m.index as number)).pop()?.id;
        const target = owner !== undefined ? out.find((q) => q.stelle.dezernat === owner) : out.length === 1 ? out[0] : undefined;
        if (!target) {
          // One doubt per line: its Produkt and its Kostenstelle are one question to the reader, not two.
          if (!doubts.some((d) => d.field.startsWith("finanzierung.quellen.") && d.text === text.trim())) doubts.push({ field: `finanzierung.quellen.${key}`, text: text.trim() });
          continue;
        }
        if ((target.stelle[key] ?? "") === "") target.stelle[key] = m[1] as string;
      }
    }
  }
  return out;
}

/**
 * `context`: the money sentences of the Sachverhalt or Erläuterungen. They may name who pays and the
 * Produkt („Die Mittel stehen im Budget des Dez. 4 im Produkt 5540.0100 zur Verfügung“), but never the
 * Betrag, the Turnus or the Haushaltsjahr: a figure there is a plan total, a share or another year.
 */
export function readFinanzierung(
  decided: readonly string[],
  money: readonly MoneyText[],
  profile: Profile,
  next: IdSource,
  context: readonly string[] = [],
): { finanzierung: Finanzierung | undefined; doubts: Doubt[]; folgekosten?: FollowUpCosts } {
  const doubts: Doubt[] = [];
  const moneyTexts = money.map((m) => m.text);
  const all = [...decided, ...moneyTexts];
  // The amounts are read only from what this Vorlage decides and spends.
  const ownDecided = decided.filter((t) => !NOT_THIS_VORLAGE.test(t));
  const ownMoney = moneyTexts.filter((t) => !NOT_THIS_VORLAGE.test(t));
  const nein = moneyTexts.some(statesNoEffects);
  const ja = moneyTexts.some(statesEffects);
  // The amount: a labelled one (Betrag, Gesamtkosten) wins over one in the decision.
  // A label is a word with a colon or its own table cell („Kosten: …“, „Kosten | …“), never a sentence that begins with it
  // („Kosten des laufenden Betriebs entstehen jährlich …“ is no Betrag of this Vorlage).
  // „Finanzielle Auswirkungen: Ja, 18.000 EUR“ and „Finanzierung: Die Aufwendungen von 22.875.000 € jährlich …“ (the total over
  // clauses that each name a part, tryout 4) label their one amount too, so that a decision stating another is a contradiction, not the Betrag.
  // Income („Mehrerträge von 140.000 €“) is never the cost: read-finanzierung-income.ts.
  const costs = (t: string) => findAmounts(t).filter(notIncome(t));
  const labelled = moneyTexts
    .map((t) => (/^(?:Betrag|Gesamtkosten|Auftragssumme|Kosten)\s*[:\t]/iu.test(t) || (/^(?:Finanzielle Auswirkungen|Finanzierung)\s*:/iu.test(t) && new Set(costs(t).map((a) => a.cents)).size === 1) ? costs(t)[0] : undefined))
    .find((a) => a !== undefined);
  // A decision's amount is the Vorlage's only where the clause says that money is spent or provided, and not as a
  // threshold or a per-unit figure („Vorhaben über 250.000 Euro“, „je 5.000 €“).
  const inDecision = ownDecided.flatMap((t) => (COST_WORDS.test(t) ? costs(t).filter((a) => (!NOT_THE_AMOUNT.test(t.slice(Math.max(0, a.index - 16), a.index)) || eachYear(t, a)) && notRate(t)(a)) : []));
  const inMoney = ownMoney.flatMap((t) => costs(t).filter(notRate(t)));
  // Of several amounts in the decision, the one the Finanzierung states as well is what the budget bears („Der Zuschuss von
  // 60 Mio. € ist im Haushaltsplan veranschlagt“ beside the decision's 312,5 Mio. € of Gesamtkosten, another body's).
  const confirmed = new Set(inDecision.map((a) => a.cents)).size > 1 ? inDecision.filter((a) => inMoney.some((m) => m.cents === a.cents)) : [];
  const confirmedOne = new Set(confirmed.map((a) => a.cents)).size === 1 ? confirmed[0] : undefined;
  const total = labelled ? undefined : (confirmedOne ?? sumOfOthers(inDecision) ?? totalInMoney(inDecision, inMoney) ?? (new Set(inDecision.map((a) => a.cents)).size > 1 ? namedTotal(ownDecided) : undefined));
  // Never invent: the Finanzierung's lines alone give the amount only where they state one, or where of several
  // different ones exactly one is named as the cost („Die Kosten … von 355.000 €“ beside „Fördermittel … von 150.000 €“);
  // else (an Ansatz beside the Mehrbedarf) none is taken, and the finding names them.
  const moneyAmounts = new Set(inMoney.map((a) => a.cents));
  const named = new Map(
    [...ownMoney.flatMap((t) => costs(t).filter((a) => namedAsCost(t, a) && notRate(t)(a))), ...namedByColumn(money)].map((a) => [a.cents, a] as const),
  );
  const fromMoney = moneyAmounts.size === 1 ? inMoney[0] : named.size === 1 ? [...named.values()][0] : undefined;
  const amount: FoundAmount | undefined = labelled ?? total ?? inDecision[0] ?? fromMoney;
  if (amount === undefined && moneyAmounts.size > 1) doubts.push({ field: "finanzierung.betrag", text: inMoney.map((a) => a.text).join(", ") });
  if (nein && !ja) return { finanzierung: { auswirkungen: false, quellen: [], bewirtschaftung: "" }, doubts };
  // Never invent: of several different amounts in the decision, none of which is the sum of the others, none is taken; the finding names them.
  let doubtfulAmount = false;
  // „rund 140.000 €“ is the amount the Vorlage states, as an estimate: taken, and said to be one.
  if (amount && amount.approximate && !amount.uncertain) doubts.push({ field: "finanzierung.betrag", text: amount.text, taken: true });
  // „bis zu 185.000 € jährlich“, „höchstens …“: one figure, the most the Vorlage allows — taken as the Betrag it states, and said to be
  // only a ceiling, so that nobody reads it as the certain cost.
  if (amount?.uncertain === "ceiling") doubts.push({ field: "finanzierung.betrag", text: all.find((t) => t.includes(amount.text)) ?? amount.text, taken: true, ceiling: true });
  // „120.000 bis 150.000 €“, „Seite 3 400 €“: a range or a figure that may be two numbers is no Betrag; the finding names it.
  else if (amount?.uncertain) {
    doubts.push({ field: "finanzierung.betrag", text: all.find((t) => t.includes(amount.text)) ?? amount.text });
    doubtfulAmount = true;
  }
  if (!doubtfulAmount && !labelled && !total && new Set(inDecision.map((a) => a.cents)).size > 1) {
    doubts.push({ field: "finanzierung.betrag", text: inDecision.map((a) => a.text).join(", ") });
    doubtfulAmount = true;
  }

  const labelledTurnus = moneyTexts.map((t) => (/^(?:Turnus|Art|Zahlungsweise)\s*[:\t]/iu.test(t) || namesBothRhythms(t) ? turnusOf(t) : undefined)).find((x) => x !== undefined);
  // The Turnus beside the amount: the Finanzierung's line („Betrag: 12.400 € einmalig“) before a clause that names the same figure.
  const amountLines = amount ? [...moneyTexts, ...decided].filter((t) => t.includes(amount.text)) : [];
  // A form's label left empty („Jährlicher Ertrag:“ with no figure after it, Karlsruhe) states no Turnus; one whose figure is on the next line does.
  const emptyLabel = (t: string, i: number): boolean => /:\s*$/u.test(t) && (i < decided.length || findAmounts(all[i + 1] ?? "").length === 0);
  // A Turnus word beside another amount is that amount's („Jährliche/r Budgetbedarf/Folgekosten: 193.500 €“ under „Gesamtkosten: 5.325.000 €“).
  const otherAmount = (t: string): boolean => amount !== undefined && findAmounts(t).some((a) => a.cents !== amount.cents);
  // A decision clause that names no amount and no money („die Räder jährlich gewartet werden“) says „jährlich“ of something else.
  const aboutOtherThings = (t: string, i: number): boolean => i < decided.length && findAmounts(t).length === 0 && !COST_WORDS.test(t);
  // A total set apart from yearly follow-up costs on a line of their own („Gesamtkosten: 5.325.000 €“ beside
  // „Jährliche/r Budgetbedarf/Folgekosten: 193.500 €“, Karlsruhe's form, whose yearly line may be left empty) is
  // paid once: the form says so by its shape, also where a decision names the total beside „jährlichen Folgekosten“.
  const totalApart =
    amount !== undefined &&
    amountLines.some((t) => TOTAL_LABEL.test(t) && turnusOf(t) === undefined) &&
    moneyTexts.some((t, i) => FOLLOW_UP_LABEL.test(t) && turnusOf(t) === "jaehrlich" && !labelFigures(t, moneyTexts[i + 1]).some((a) => a.cents === amount.cents))
      ? ("einmalig" as const)
      : undefined;
  const turnus =
    labelledTurnus ??
    totalApart ??
    // A paragraph that names another amount as well: the Turnus word of the amount's own sentence (amount-sentence.ts).
    amountLines.map((t) => turnusOf(amount && otherAmount(t) ? sentenceWith(t, amount.text) : t)).find((x) => x !== undefined) ?? all.map((t, i) => (emptyLabel(t, i) || otherAmount(t) || aboutOtherThings(t, i) ? undefined : turnusOf(t))).find((x) => x !== undefined);

  // Yearly follow-up costs on a line of their own beside the one-off Betrag: said, not counted (see FollowUpCosts).
  const folgekosten: FollowUpCosts | undefined =
    amount !== undefined && turnus === "einmalig" && !doubtfulAmount
      ? moneyTexts
          .flatMap((t, i) =>
            FOLLOW_UP_LABEL.test(t) && turnusOf(t) === "jaehrlich" ? labelFigures(t, moneyTexts[i + 1]).filter((a) => a.cents > 0 && a.cents !== amount.cents).map((a) => ({ cents: a.cents, text: t.trim() })) : [],
          )
          .find(() => true)
      : undefined;

  const jahre = new Set<number>();
  // A labelled „Haushaltsjahr: 2026“ of the Finanzierung is its year; a year the decision names is then compared with it by validation.
  const labelledJahr = moneyTexts.map((t) => /^Haushaltsjahr\s*:\s*(\d{4})\b/iu.exec(t)?.[1]).map(Number).find((y) => Number.isInteger(y));
  let jahr: number | undefined = labelledJahr;
  // A table with a „Haushaltsjahr“ column: the years of its rows that are this Vorlage's.
  for (const y of tableYears(money)) {
    jahr ??= y;
    jahre.add(y);
  }
  for (const t of all) {
    const y =
      /^Haushaltsjahr\s*:?\s*(\d{4})\b/iu.exec(t)?.[1] ??
      // „Haushaltsjahr / Haushaltsstelle | 2027 / 54100.096000“: two labels and their two values, in the same order.
      /^Haushaltsjahr\s*\/\s*\p{L}[^\t/]*\t\s*(\d{4})\s*\/\s*\S/u.exec(t)?.[1] ??
      // „Ansatz 2027“ (a Finanzierung table's column): the year whose budget the money is planned in; „Verbandshaushalt 2027“,
      // „Kreishaushalt 2026“: a Verband's or Kreis' budget as a compound.
      /(?:(?:\p{Lu}\p{Ll}+h|H)aushalt(?:es|s|sjahr(?:es)?)?|Haushaltsplan(?:es|s)?|Investitionsplan(?:es|s)?|Wirtschaftsplan(?:es|s)?|Ansatz(?:es)?)\s+(\d{4})\b/u.exec(t)?.[1] ??
      /in den Jahren\s+(\d{4})\s+bis\s+\d{4}/u.exec(t)?.[1] ??
      // „Ausgaben 2028: 100.000 €“, „Kosten 2027: …“: the year a cost's label names is the year it is spent in.
      /(?:^|[.;]\s+)(?:Ausgaben|Kosten|Aufwand|Aufwendungen|Auszahlungen)\s+(\d{4})\s*:\s*\d/u.exec(t)?.[1] ??
      // „ab Haushaltsjahr: | 2028“: a label row whose words before the label say from when.
      /Haushaltsjahre?\s*:?\s+(\d{4})/u.exec(t)?.[1] ??
      // „Das Amt trägt ab 2028 das Defizit von jährlich 184.500 €“: a yearly cost from a year on is first paid in that year.
      (costs(t).length > 0 && turnusOf(t) === "jaehrlich" ? /(?<!\p{L})[Aa]b\s+(?:dem\s+(?:Jahr|Kalenderjahr)\s+)?(\d{4})\b/u.exec(t)?.[1] : undefined);
    if (y === undefined) continue;
    jahr ??= Number(y);
    jahre.add(Number(y));
  }
  if (jahre.size > 1) {
    doubts.push({ field: "finanzierung.haushaltsjahr", text: [...jahre].join(", ") });
    // Never invent: without a labelled year of the Finanzierung, none of several is taken.
    if (labelledJahr === undefined) jahr = undefined;
  }

  // Own layout: „Deckung: Dezernat VII, Produkt …, Kostenstelle …, Anteil 50 %“.
  let quellen: Deckungsquelle[] = [];
  for (const text of moneyTexts) {
    const d = /^Deckung:\s*(?:Dezernat|Dez\.)\s*(\S+?),\s*Produkt\s*(.*?),\s*Kostenstelle\s*(.*?),\s*Anteil\s*([\d,.]+)\s*%/u.exec(text);
    if (d) quellen.push({ id: next(), stelle: { dezernat: d[1] as string, produkt: (d[2] as string).trim(), kostenstelle: (d[3] as string).trim() }, anteil: shareOfPercent((d[4] as string).replace(/\./g, "")) });
  }
  if (quellen.length === 0) quellen = labelledSources(moneyTexts, profile, next, doubts);
  if (quellen.length === 0) quellen = tableSources(money, profile, next);
  // Several labelled rows that each name a Produkt („Deckungsquelle 1 | Produkt 1.11.01, Anteil 50 %“) are the sources, each
  // with its share: a clause's wording („hälftig aus dem Budget der Dezernate VII und II“) does not say which Produkt is whose (tryout7 F5).
  if (quellen.length === 0) quellen = produktSources(moneyTexts, profile.recognition?.equalShareWords ?? DEFAULT_EQUAL, next, doubts, { labelledRows: 2 });
  if (quellen.length === 0) quellen = phraseSources([...decided, ...moneyTexts, ...context], profile, next, doubts);
  // No Dezernat pays: a Produkt may („aus dem Produkt 1.11.01“, „Deckungsquelle: Produkt 1.54.01 (100 %)“).
  if (quellen.length === 0) quellen = produktSources([...moneyTexts, ...decided], profile.recognition?.equalShareWords ?? DEFAULT_EQUAL, next, doubts);
  if (quellen.length === 0) {
    // A table or prose that names the paying Dezernat on a line of its own („Dezernat | IV“).
    const row = money.find((m) => m.cells && /^(?:Dezernat|Budget)$/iu.test(m.cells[0] ?? ""));
    const [d] = row ? ids(row.cells?.[1] ?? "", profile) : [];
    if (d !== undefined) quellen = [{ id: next(), stelle: { dezernat: d, produkt: "", kostenstelle: "" }, anteil: 1 }];
  }
  quellen = addStellen(quellen, [...decided, ...moneyTexts, ...(quellen.length > 0 ? context : [])], doubts);

  const bew = bewirtschaftungOf(all);
  if (!amount && !ja && quellen.length === 0) return { finanzierung: undefined, doubts };
  return {
    finanzierung: {
      auswirkungen: true,
      ...(amount && !doubtfulAmount ? { betragCent: amount.cents } : {}),
      ...(turnus ? { turnus } : {}),
      ...(jahr !== undefined ? { haushaltsjahr: jahr } : {}),
      quellen,
      bewirtschaftung: bew ?? "",
    },
    doubts,
    ...(folgekosten ? { folgekosten } : {}),
  };
}
