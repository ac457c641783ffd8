import type { Line } from "../lines";
import { BITTE_AT_START, RECIPIENT_DASH_BITTE } from "../../german/bitte-words";
import { recipientWithBitte } from "../recipient-and-bitte";
import type { Grammar, PartName } from "./grammar";
import { isBoxAnswer } from "../heading-answer";

/**
 * What the decoder sees of one line (a paragraph, or a table row): the number Word shows or
 * the text types, its form and level, the table it stands in with its row label and column
 * header, the words that open a part, and the kinds of content (money, dates, signatures).
 * Features are facts about the line alone and its table; the decoder weighs them in context.
 */
export type NumberForm = "1." | "1.)" | "1)" | "(1)" | "1.1" | "I." | "A)" | "a)" | "(a)" | "01" | "bullet";

export interface NumberFeature {
  readonly form: NumberForm;
  /** The number as written, e.g. "1.)" or "a)". */
  readonly written: string;
  /** Shown by Word from numbering.xml, not typed. */
  readonly fromLabel: boolean;
}

export interface Features {
  /** The line's shown text without a leading bullet, with its number. */
  readonly text: string;
  /** The text after the number. */
  readonly rest: string;
  readonly empty: boolean;
  readonly number?: NumberFeature;
  /** 0: no number; 1: a top-level list number; 2: a second level (a), 1.1); 3: a bullet. I. counts as 1. */
  readonly level: number;
  readonly cells?: readonly string[];
  /** The index of the table's first row, when the line is a table row. */
  readonly table?: number;
  /** The header row of the table (its first row), when the line is a later row of it. */
  readonly columns?: readonly string[];
  /** The row names a header field by its label: from a label cell, „Label: value“, or a label glued to its value. */
  readonly label?: { readonly field: string; readonly label: string; readonly value: string };
  /**
   * The further labels of a line that states several „Label: Wert“ pairs, separated by tabs or runs of spaces
   * („Gremium: Kreistag     Sitzung am: 25.11.2025“): each with its own value, so that no value swallows the next label.
   */
  readonly moreLabels?: readonly { readonly field: string; readonly label: string; readonly value: string }[];
  /** A heading of one of the grammar's parts, with the words after it on the same line. */
  readonly part?: { readonly part: PartName; readonly rest: string };
  /** A decision heading (the caller's phrase reading). */
  readonly decision?: { readonly kind: string; readonly rest: string };
  /** The row is the header or a row of a Beratungsfolge table. */
  readonly beratung?: "head" | "row";
  /** A Beratungsfolge row typed as a line („Gemeinderat – 19.05.2026 – Beschlussfassung“) or a table's row without a header row. */
  readonly beratungLine?: { readonly gremium: string; readonly datum: string; readonly rolle: string };
  readonly endsColon: boolean;
  /** Ends a sentence (. ; ! ?). */
  readonly sentence: boolean;
  readonly words: number;
  readonly money: boolean;
  /** A ticked or empty box: ☒ ☐ ☑. */
  readonly checkbox: boolean;
  /** „Ort, den 12.03.2025“. */
  readonly placeDate: boolean;
  /** „mit der Bitte um …“, „z. K.“, „z. w. V.“. */
  readonly bitte: boolean;
  /** A letterhead's organisation line. */
  readonly organisation: boolean;
  /** A page number, a footer's „Seite 1 von 3“, a RIS program's stamp. */
  readonly furniture: boolean;
  /** „… folgenden Beschluss zu fassen:“, „… beschließt folgende …“, „Folgendes:“. */
  readonly announces: boolean;
  /** Starts with an opening quotation mark. */
  readonly quoteOpen: boolean;
  /** „(antragsgemäß … 12.03.2025 BP 7)“. */
  readonly bezug: boolean;
  /** „Zu 1.“, „Zu Ziffer 2“: a Begründung of a clause, not a clause. */
  readonly zuZiffer: boolean;
  /** A document type alone on its line: „Beschlussvorlage“, „Antrag“, „Sitzungsvorlage“. */
  readonly docType: boolean;
}

const FORMS: readonly (readonly [NumberForm, RegExp])[] = [
  ["1.1", /^(\d{1,2}(?:\.\d{1,3})+\.?)(?=\s|$)/u],
  ["1.)", /^(\d{1,2}\.\))(?=\s|$)/u],
  ["(1)", /^(\(\d{1,2}\))(?=\s|$)/u],
  ["1)", /^(\d{1,2}\))(?=\s|$)/u],
  ["1.", /^(\d{1,2}\.)(?=\s|$)/u],
  ["I.", /^([IVX]{1,5}\.)(?=\s|$)/u],
  ["A)", /^([A-H]\))(?=\s|$)/u],
  ["a)", /^([a-z]\))(?=\s|$)/u],
  ["(a)", /^(\([a-z]\))(?=\s|$)/u],
  // „001⇥…“: a number typed with leading zeros, set off by a tab (a zero-padded code followed by a space is no list number).
  ["01", /^(0\d{1,2})(?=\t)/u],
];
const LEVEL: Readonly<Record<NumberForm, number>> = { "1.": 1, "1.)": 1, "1)": 1, "(1)": 1, "01": 1, "I.": 1, "A)": 1, "1.1": 2, "a)": 2, "(a)": 2, bullet: 3 };
/** A dash, a bullet or an emoji before a line's text (recognize.ts says which emoji). */
const BULLET = /^([-–•▪*]|\p{Emoji_Presentation}\uFE0F?|\p{Extended_Pictographic}\uFE0F)\s+/u;

/** The number at the start of a text, its form and the text after it; undefined when the text starts with none. */
export function numberOf(text: string): { readonly form: NumberForm; readonly written: string; readonly rest: string } | undefined {
  for (const [form, re] of FORMS) {
    const m = re.exec(text);
    if (m) {
      const written = m[1] as string;
      // „1. Juli 2025“ and „4. Quartal“: a date or an ordinal, not a number of a list.
      const rest = text.slice(written.length).replace(/^[\s\t]+/u, "");
      if (form === "1." && /^(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Quartal|Halbjahr)\b/u.test(rest)) return undefined;
      return { form, written, rest };
    }
  }
  return undefined;
}

const MONEY = /€|\bEUR\b|\bEuro\b|\bMio\.|Haushalt|Produkt|Kostenstelle|Sachkonto|Deckung|Betrag|Kosten|Mittel|Aufwand|Auszahlung|Investition/u;
/**
 * „Wiesbaden, 12.03.2026“, „Herzberg (Elster), den 10. Februar 2027“: the place and date above a
 * signature. A town may write its river or region in brackets („Frankfurt (Oder)“, „Halle (Saale)“).
 */
export const PLACE_DATE = /^([A-ZÄÖÜ][\p{L}.\- ]{1,40}(?:\s*\([\p{L}.\- ]{2,30}\))?),\s*(?:den\s+)?(\d{1,2}\.\s*(?:\d{1,2}\.\d{2,4}|[A-ZÄÖÜ][a-zäöü]+\s+\d{4}))\s*$/u;
/**
 * The number beside a document type („Beschlussvorlage | BV/2027/008“, „Mitteilungsvorlage 2027/0412“): the Vorlage's
 * number, as SessionNet and ALLRIS heads write it. Only a number's shape counts: digits with a slash or hyphen, at most a
 * short prefix of capitals, never a date or words.
 */
const NUMBER_OF_TYPE = /^(?:\p{Lu}{1,6}[\s/-]?)?\d[\d/-]*[/-]\d[\d/-]*[a-z]?$/u;
const BITTE_WORDS = /^(?:mit der Bitte um|zur)\s+(?:weitere[n]?\s+Veranlassung|Kenntnisnahme|Kenntnis)|\bz\.\s?(?:w\.\s?V|K)\.$/iu;
/** A Bitte as core/german/bitte-words.ts reads it: also „mit der Bitte um Beschlussfassung“, „Dezernat II – zur Kenntnis“ and „Dem Magistrat mit der Bitte um …“ on one line. */
const BITTE = { test: (t: string): boolean => BITTE_WORDS.test(t) || BITTE_AT_START.test(t) || RECIPIENT_DASH_BITTE.test(t) || recipientWithBitte(t) !== undefined };
/** A sender's name at the head: a city, an office, a Fraktion, or a Ressort („Die Senatorin für Umwelt, Klima und Wissenschaft“, „Der Minister für …“). */
const ORGANISATION = /^(?:Landeshauptstadt|Stadt|Hansestadt|Universitätsstadt|Gemeinde|Markt|Landkreis|Kreis|Bezirk(?:samt)?|Referat|Dezernat|Amt|Fachbereich|Fraktion|Ratsfraktion|(?:Der|Die) (?:Ober)?[Bb]ürgermeister(?:in)?|Der Magistrat|(?:Der|Die) (?:Senator|Minister|Staatsminister)(?:in)? für)\b/u;
/**
 * What a page prints on every page: a page number, a system's print line, or a running head that
 * ends in the page number after a dash or bar („Landkreis Elbe-Elster – Beschlussvorlage 0630/2027 –
 * Seite 2 von 3“, pasted from a PDF between two clauses); Karlsruhe's „– 2 –“ in en dashes, and the line a PDF's text
 * extraction puts between its pages („-- 3 of 4 --“).
 */
const FURNITURE = /^(?:-\s*\d+\s*-|–\s*\d+\s*–|--\s*\d+\s+of\s+\d+\s*--|Seite\s+\d+(?:\s+von\s+\d+)?|.{1,120}?\s[-–|]\s*Seite\s+\d+(?:\s+von\s+\d+)?|\d+\s*-|\d+\s*\/\s*\d+|ALLRIS®?.*|SessionNet.*|Gedruckt.*|Ausdruck vom.*)$/iu;
const DOC_TYPE = /^(?:Beschlussvorlage|Sitzungsvorlage|Magistratsvorlage|Verwaltungsvorlage|Informationsvorlage|Mitteilungsvorlage|Vorlage|Antrag|Änderungsantrag|Anfrage|Drucksache|Beschlussvorlage \p{L}.{0,40})(?:\s*\([^()]{1,30}\))?$/u;
const ANNOUNCES = /(?:folgende[nmrs]?\b.{0,60}|Folgendes|Beschluss zu fassen|beschließen|beschließt|empfiehlt\b.{0,80})[:.]?$|:$/u;
const BEZUG = /\(\s*(?:antragsgemäß|abweichend|geändert|gemäß)?\s*[^()]*?\s+\d{1,2}\.\d{1,2}\.\d{4}\s+BP\s+\d+\s*\)/u;

const compile = (patterns: readonly string[]) => patterns.map((p) => new RegExp(`^(?:${p})`, "iu"));

/** Compiled once per grammar: what `featuresOf` needs of it. */
export interface CompiledGrammar {
  readonly parts: readonly { readonly part: PartName; readonly res: readonly RegExp[] }[];
  readonly labels: readonly { readonly field: string; readonly re: RegExp }[];
  /** A Beratungsfolge's column headers (whole cell, a colon allowed), its deciding role and a row typed as a line. */
  readonly beratung: { readonly gremium: RegExp; readonly datum: RegExp; readonly rolle: RegExp; readonly deciding: RegExp; readonly line: RegExp; readonly role: RegExp };
}

const COMPILED = new WeakMap<Grammar, CompiledGrammar>();
/** A column header matched whole, with or without its colon. */
const column = (words: string) => new RegExp(`^(?:${words})\\s*:?$`, "iu");

/** The grammar's patterns compiled, once per grammar. */
export function compileGrammar(g: Grammar): CompiledGrammar {
  const known = COMPILED.get(g);
  if (known) return known;
  const made: CompiledGrammar = {
    parts: g.parts.map((p) => ({ part: p.part, res: compile(p.patterns) })),
    labels: g.headerLabels.flatMap((h) => h.labels.map((l) => ({ field: h.field, re: new RegExp(`^(?:${l})$`, "iu") }))),
    beratung: {
      gremium: column(g.beratung.gremium),
      datum: column(g.beratung.datum),
      rolle: column(g.beratung.rolle),
      deciding: new RegExp(g.deciding, "iu"),
      // The body, its date and its role, apart by a dash, a tab or space: „Hauptausschuss – 05.05.2026 – Vorberatung“, and
      // „Kreistag 29.03.2027 Entscheidung“ from a PDF pasted line by line, whose columns are one space apart.
      line: new RegExp(String.raw`^(\p{Lu}[^\t]{1,80}?)(?:\s+[–—-]\s+|\s+)(\d{1,2}\.\d{1,2}\.\d{4})(?:\s+[–—-]\s+|\s+)(${g.beratung.roles})$`, "u"),
      role: new RegExp(String.raw`^(?:${g.beratung.roles})$`, "u"),
    },
  };
  COMPILED.set(g, made);
  return made;
}

const DATE_CELL = /^\d{1,2}\.\d{1,2}\.\d{4}$/u;

/**
 * A Beratungsfolge's row in a table without a header row („Rat der Stadt Sehnde | Entscheidung |
 * 25.03.2027“, an ALLRIS page pasted): known by its cells, one a date alone, one a role alone
 * (Vorberatung, Entscheidung …) and one the body's name, in whatever order the columns stand.
 */
function beratungCells(g: CompiledGrammar, cells: readonly string[]): Features["beratungLine"] {
  const trimmed = cells.map((c) => c.trim()).filter((c) => c !== "");
  if (trimmed.length !== 3) return undefined;
  const datum = trimmed.find((c) => DATE_CELL.test(c));
  const rolle = trimmed.find((c) => g.beratung.role.test(c));
  const gremium = trimmed.find((c) => c !== datum && c !== rolle);
  return datum !== undefined && rolle !== undefined && gremium !== undefined && /^\p{Lu}/u.test(gremium) && gremium.length <= 100 ? { gremium, datum, rolle } : undefined;
}

function labelField(g: CompiledGrammar, label: string): string | undefined {
  const bare = label.replace(/\s*:$/u, "").trim();
  return g.labels.find((l) => l.re.test(bare))?.field;
}

/** A header label and its value on one line: „Betreff: …“, „Federführend:Fachbereich 3“, „Drucksache DS0412/25“, „Datum 03.11.2025“. */
function lineLabel(g: CompiledGrammar, text: string): Features["label"] {
  const colon = text.indexOf(":") > 0 && text.indexOf(":") <= 44 ? /^([\p{L}][\p{L}\-./ ()]{1,40}?)\s*:\s*(.*)$/u.exec(text) : null;
  if (colon) {
    const field = labelField(g, colon[1] as string);
    if (field !== undefined) return { field, label: colon[1] as string, value: (colon[2] as string).trim() };
  }
  // A label alone on its line („Kurztitel“, „Betreff“): its value stands below.
  const alone = text.length <= 40 && text.split(/\s+/u).length <= 3 ? labelField(g, text) : undefined;
  if (alone !== undefined && alone !== "other") return { field: alone, label: text, value: "" };
  // Without a colon, only what a value shows for certain: a number with digits, a date.
  // „Sitzung am 14.10.2025“: a label of two words whose second is „am“ or „vom“ as well.
  const spaced = text.length <= 80 ? /^([\p{L}][\p{L}\-.]{2,30}(?:\s+(?:Nr\.?|Nummer|am|vom))?)\s*[-–]?\s+(\S.*\d.*)$/u.exec(text) : null;
  if (spaced) {
    const field = labelField(g, spaced[1] as string);
    const value = (spaced[2] as string).trim();
    if (field === undefined && DOC_TYPE.test(spaced[1] as string) && NUMBER_OF_TYPE.test(value)) return { field: "vorlagenNr", label: spaced[1] as string, value };
    if ((field === "vorlagenNr" && /^[\p{Lu}\p{N}][\p{L}\p{N}/\-. ]{1,30}$/u.test(value) && !/\s\p{Ll}{3,}/u.test(value)) || ((field === "other" || field === "sitzungsdatum") && /^\d{1,2}\.\d{1,2}\.\d{4}$/u.test(value)))
      return { field: field === "other" ? "datum" : field, label: spaced[1] as string, value };
  }
  return undefined;
}

/**
 * A typed header line with several „Label: Wert“ pairs, separated by tabs, soft line breaks or runs of two or more spaces. Each segment that
 * starts with a grammar's label and a colon opens a pair, and the line starts with one; the next segment is its value where the label stands alone
 * („Gremium:⇥Kreistag“); any other segment („öffentlich“) belongs to no label. Undefined unless two labels are found.
 */
function severalLabels(g: CompiledGrammar, text: string): readonly NonNullable<Features["label"]>[] | undefined {
  // A soft line break (Shift+Enter) sets pairs apart as a tab does: „Gremium: Stadtrat↵Sitzung am: 07.12.2027“.
  const segments = text.split(/\t+|\s{2,}|\v/u).map((s) => s.trim()).filter((s) => s !== "");
  if (segments.length < 2) return undefined;
  const pairs: { field: string; label: string; value: string }[] = [];
  let open: { field: string; label: string; value: string } | undefined;
  for (const segment of segments) {
    const colon = /^([\p{L}][\p{L}\-./ ()]{1,40}?)\s*:\s*(.*)$/u.exec(segment);
    const field = colon ? labelField(g, colon[1] as string) : undefined;
    if (pairs.length === 0 && (!colon || field === undefined)) return undefined;
    if (colon && field !== undefined) {
      open = { field, label: colon[1] as string, value: (colon[2] as string).trim() };
      pairs.push(open);
    } else if (open && open.value === "") open.value = segment;
    else open = undefined;
  }
  return pairs.length >= 2 ? pairs : undefined;
}

/**
 * A head table's row of label–value pairs, each label in a cell of its own with its colon: „Abteilung: | Abteilung 2 |
 * Datum: | 09.02.2027“. Every pair whose label cell is filled must be a grammar's label; a pair of empty cells is
 * skipped. Undefined unless the row has four cells or more and starts with such a label.
 */
function labelPairCells(g: CompiledGrammar, cells: readonly string[]): readonly NonNullable<Features["label"]>[] | undefined {
  if (cells.length < 4) return undefined;
  const pairs: { field: string; label: string; value: string }[] = [];
  for (let k = 0; k < cells.length; k += 2) {
    const label = (cells[k] ?? "").trim();
    const value = (cells[k + 1] ?? "").trim();
    if (label === "" && value === "") continue;
    const field = /:$/u.test(label) ? labelField(g, label) : undefined;
    if (field === undefined) return undefined;
    pairs.push({ field, label, value });
  }
  return pairs.length > 0 ? pairs : undefined;
}

export function featuresOf(
  lines: readonly Line[],
  g: CompiledGrammar,
  decisionOf: (text: string) => { readonly kind: string; readonly rest: string } | undefined,
): Features[] {
  const tableStart: number[] = [];
  lines.forEach((l, i) => (tableStart[i] = l.cells ? (lines[i - 1]?.cells && lines[i - 1]?.table === l.table ? (tableStart[i - 1] as number) : i) : -1));
  const headsBeratung = (row: readonly string[]) => row.some((c) => g.beratung.gremium.test(c.trim())) && row.some((c) => g.beratung.datum.test(c.trim()));
  // A table that holds the whole head („Abteilung: | … | Datum: | …“ above „Gremium | Sitzung am | Zuständigkeit“): the rows
  // below a Beratungsfolge's header row are read by its columns, not by the table's first row.
  const columnsRow: number[] = [];
  lines.forEach((l, i) => {
    const start = tableStart[i] as number;
    const above = i > 0 && start >= 0 && start !== i ? (columnsRow[i - 1] as number) : -1;
    columnsRow[i] = start < 0 ? -1 : start === i ? i : above !== start && above >= 0 ? above : l.cells && headsBeratung(l.cells) ? i : start;
  });
  const out = lines.map((line, i) => {
    const raw = line.text.trim();
    const bullet = BULLET.exec(raw);
    let text = bullet ? raw.slice(bullet[0].length).trimStart() : raw;
    let number: NumberFeature | undefined;
    let rest = text;
    const cells = line.cells;
    if (cells && cells.length >= 2 && /^0\d$|^\d{1,2}[.)]?$/u.test(cells[0] as string) && (cells[1] ?? "") !== "") {
      // A numbered row („01 | Die Erfurter Bahn …“): the first cell is the number.
      const written = cells[0] as string;
      number = { form: /^0\d$/u.test(written) ? "01" : (numberOf(`${written} x`)?.form ?? "1."), written, fromLabel: false };
      rest = cells.slice(1).join("\t");
      text = rest;
    } else {
      const n = numberOf(text);
      if (n) {
        number = { form: n.form, written: n.written, fromLabel: line.label !== undefined };
        rest = n.rest;
      } else if (bullet) number = { form: "bullet", written: bullet[1] as string, fromLabel: line.label !== undefined };
    }
    const table = tableStart[i] as number;
    const columnsAt = columnsRow[i] as number;
    const head = table >= 0 && columnsAt !== i ? lines[columnsAt]?.cells : undefined;
    let beratung: Features["beratung"];
    if (cells && headsBeratung(cells)) beratung = "head";
    else if (head && headsBeratung(head)) beratung = "row";
    const typedRow = !cells && text.length <= 140 ? g.beratung.line.exec(text) : null;
    const headlessRow = cells && !beratung ? beratungCells(g, cells) : undefined;
    let label: Features["label"];
    if (cells && cells.length === 2 && (cells[0] as string) !== "") {
      const field = labelField(g, cells[0] as string);
      if (field !== undefined) label = { field, label: cells[0] as string, value: (cells[1] as string).trim() };
      else if (DOC_TYPE.test((cells[0] as string).trim()) && NUMBER_OF_TYPE.test((cells[1] as string).trim())) label = { field: "vorlagenNr", label: cells[0] as string, value: (cells[1] as string).trim() };
    }
    const several = cells ? (beratung ? undefined : labelPairCells(g, cells)) : severalLabels(g, rest);
    if (!cells) label = several?.[0] ?? lineLabel(g, rest);
    else if (several) label = several[0];
    const moreLabels = several?.slice(1);
    const plain = rest.replace(/^\(([^()]*)\)$/u, "$1");
    const partOf = (t: string) => {
      for (const p of g.parts)
        for (const re of p.res) {
          const m = re.exec(t);
          // A heading ends its line, or its words end in a colon: „Finanzierung der Maßnahme …“ is prose.
          const after = m ? t.slice(m[0].length) : "";
          if (m && /^\s*(?::|\?|$|\([^()]{0,40}\)\s*:?\s*$)/u.test(after)) return { part: p.part, rest: after.replace(/^\s*\??\s*:?\s*/u, "") };
          // „Erläuterungen zur Ergänzung:“, „Begründung der Dringlichkeit:“, „Finanzielle Auswirkungen im Jahr der Umsetzung und
          // in den Folgejahren:“ (Leverkusen): the heading's words and a short complement, ending in a colon.
          if (m && /^\s+(?:zu[rm]?|der|des|für|im|in|ab)\s+[^.;!?:]{2,60}:$/u.test(after)) return { part: p.part, rest: "" };
          // „Begründung des Antrages“, „Begründung der Vorlage“: the heading of the document's own part, with or without a colon.
          if (m && /^\s+(?:des\s+Antrag(?:e)?s|der\s+Vorlage|der\s+Drucksache)\s*:?$/u.test(after)) return { part: p.part, rest: "" };
          // „Finanzielle Auswirkungen Ja ☒ Nein ☐“: the heading with the form's ticked answer on its line.
          if (m && isBoxAnswer(after)) return { part: p.part, rest: after.trim() };
        }
      return undefined;
    };
    const part = (text.length <= 160 ? partOf(text) : undefined) ?? (cells && (cells[0] as string).length <= 160 ? partOf(cells[0] as string) : undefined);
    const decision = cells && cells.length > 1 ? undefined : decisionOf(cells ? (cells[0] as string) : text);
    return {
      text,
      rest,
      empty: raw === "",
      ...(number ? { number } : {}),
      level: number ? LEVEL[number.form] : 0,
      ...(cells ? { cells, table } : {}),
      ...(head ? { columns: head } : {}),
      ...(label ? { label } : {}),
      ...(moreLabels && moreLabels.length > 0 ? { moreLabels } : {}),
      ...(part ? { part } : {}),
      ...(decision ? { decision } : {}),
      ...(beratung ? { beratung } : {}),
      ...(typedRow ? { beratungLine: { gremium: (typedRow[1] as string).trim(), datum: typedRow[2] as string, rolle: typedRow[3] as string } } : headlessRow ? { beratungLine: headlessRow } : {}),
      endsColon: /:$/u.test(raw),
      sentence: /[.;!?“"]$/u.test(raw),
      words: raw === "" ? 0 : raw.split(/\s+/u).length,
      money: /[€EHPKDBMAIu]/u.test(raw) && MONEY.test(raw),
      checkbox: /[☒☐☑]/u.test(raw),
      placeDate: PLACE_DATE.test(raw),
      bitte: BITTE.test(raw.length > 80 ? raw.slice(0, 40) + raw.slice(-20) : raw),
      organisation: ORGANISATION.test(raw) && raw.split(/\s+/u).length <= 8 && !/[.;:]$/u.test(raw),
      furniture: FURNITURE.test(raw),
      announces: plain.length < 240 && /[:.]$/u.test(plain) && ANNOUNCES.test(plain.slice(-100)),
      quoteOpen: /^[„"»‚]/u.test(rest),
      bezug: BEZUG.test(raw),
      zuZiffer: /^Zu\s+(?:Ziffer\s+|Nr\.\s*|Punkt\s+)?\d{1,2}\.?\s*:?$/iu.test(raw),
      docType: DOC_TYPE.test(raw),
    };
  });
  // „1.1“ is a second level only where the document numbers „1.“ above it; Wiesbaden numbers its clauses 1.1, 1.2.
  const tops = new Set(out.flatMap((f) => (f.number?.form === "1." && f.decision === undefined ? [f.number.written] : [])));
  return out.map((f) => (f.number?.form === "1.1" && !tops.has(`${f.number.written.split(".")[0] as string}.`) ? { ...f, level: 1 } : f));
}
