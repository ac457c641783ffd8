import { readAbsenderNummer } from "../model/absender-nummer";
import type { VerteilerEintrag, Zeichnung } from "../model/vorlage";
import { PLACE_DATE } from "./decode/features";
import { entriesInOneParagraph } from "./entries-in-one-paragraph";
import { recipientWithBitte } from "./recipient-and-bitte";

/**
 * The Zuleitung of a plain document: which Verteiler entries a Zeichnung sends, and which
 * office sends on with what internal number. Beschluss 0057 ends in two steps — the
 * deciding body's office sends the decision („Dem Magistrat / mit der Bitte um weitere
 * Veranlassung“, dated, signed Dr. Heimlich); then „Der Magistrat“, its number „-16 -“
 * below, dated, sends it on to the Dezernate listed between its date and its signature
 * (Bock). The text says this only by where lines stand:
 *
 * - a Zeichnung of the deciding body: its entries stand above its place and date, after
 *   whatever the Zeichnung before it signed;
 * - a Zeichnung of an office that sends on: a line naming the office in the nominative
 *   („Der Magistrat“, „Die Oberbürgermeisterin“), optionally its number on the next line or
 *   after a line break, then place and date, then its entries, then the name.
 *
 * A title above a signature with no entries between date and name („Der Oberbürgermeister /
 * Karlsruhe, 12.05.2025 / Dr. Mentrup“) is no office that sends on: nothing is sent. What
 * cannot be told for certain is left as it was; nothing here changes a text.
 */

/** One line of the document's tail as recognition reads it: a paragraph, or a table row with its cells. */
export interface ZuleitungLine {
  readonly text: string;
  readonly cells?: readonly string[] | undefined;
}

/** A Verteiler entry as the tail shows it: the line of its recipient and the Zeichnung (index) that sends it. */
export interface TailEntry {
  readonly line: number;
  readonly empfaenger: string;
  /** Index into `TailReading.zeichnungen`; undefined when no Zeichnung can be said to send it. */
  readonly zeichnung: number | undefined;
}

/** A Zeichnung as the tail shows it: the line of its place and date, and who sends on. */
export interface TailZeichnung {
  readonly line: number;
  readonly ort: string;
  /** The office that sends on, as written („Der Magistrat“); undefined for the deciding body's own. */
  readonly absender: string | undefined;
  /** The office's internal number, its digits („16“ for „-16 -“). */
  readonly absenderNummer: string | undefined;
}

export interface TailReading {
  readonly entries: readonly TailEntry[];
  readonly zeichnungen: readonly TailZeichnung[];
}

const BITTE = /^(?:mit der Bitte um|zur)\s+(?:weitere[n]?\s+Veranlassung|Kenntnisnahme|Kenntnis)/iu;
const ZUSATZ = /^(?:im Auftrag|i\.\s?A\.|in Vertretung|i\.\s?V\.)$/iu;
/** An office in the nominative: „Der Magistrat“, „Die Oberbürgermeisterin“, „Der Kreisausschuss des …“ — never the dative of a recipient („Dem Magistrat“). */
const OFFICE = /^(?:Der|Die|Das)\s+\p{Lu}[\p{L}-]*(?:\s+[\p{L}\-.]+){0,6}$/u;
/** The number beside the office: after a line break („Der Magistrat⏎-16 -“) or on its line in dashes („Der Magistrat -16 -“). */
const OFFICE_WITH_NUMBER = /^(.+?)\s*(?:[\v\n]\s*(.+)|\s([-–]\s*\d{1,4}(?:\/\d{1,4})?\s*[-–]))$/u;
/** A number line alone must show its dashes: a bare „16“ could be anything. */
const NUMBER_LINE = /^[-–]\s*\d{1,4}(?:\/\d{1,4})?\s*[-–]$/u;

const isEntryRow = (l: ZuleitungLine | undefined): boolean => l?.cells !== undefined && l.cells.length >= 2 && BITTE.test(l.cells[1] as string) && (l.cells[0] as string) !== "";

/** The office and its number in one line, or the line as the office alone; undefined when the line names no office. */
function officeOf(text: string): { readonly absender: string; readonly nummer: string | undefined } | undefined {
  const t = text.trim();
  const m = OFFICE_WITH_NUMBER.exec(t);
  if (m) {
    const nummer = readAbsenderNummer((m[2] ?? m[3] ?? "").trim());
    const absender = (m[1] as string).trim();
    if (nummer !== undefined && OFFICE.test(absender)) return { absender, nummer };
  }
  return OFFICE.test(t) && !/[\v\n]/u.test(t) ? { absender: t, nummer: undefined } : undefined;
}

/**
 * Reads the tail (the lines after the decision) into its Verteiler entries, its Zeichnungen
 * and which Zeichnung sends which entry. Pure; line indices are positions in `lines`.
 */
export function readZuleitung(lines: readonly ZuleitungLine[]): TailReading {
  const text = (i: number): string => lines[i]?.text.trim() ?? "";
  const nextFilled = (i: number, step: 1 | -1): number => {
    let j = i + step;
    while (j >= 0 && j < lines.length && text(j) === "") j += step;
    return j;
  };
  // Verteiler entries: a recipient above its Bitte, or a row „recipient | Bitte“.
  const entryLines: { line: number; empfaenger: string }[] = [];
  const bitteLines = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (isEntryRow(lines[i])) {
      entryLines.push({ line: i, empfaenger: (lines[i]?.cells?.[0] as string).trim() });
      continue;
    }
    const oneLine = lines[i]?.cells === undefined ? recipientWithBitte(text(i)) : undefined;
    if (oneLine) {
      entryLines.push({ line: i, empfaenger: oneLine.empfaenger });
      continue;
    }
    const inOne = entriesInOneParagraph(lines[i]?.text ?? "", BITTE);
    for (const e of inOne) entryLines.push({ line: i, empfaenger: e.empfaenger });
    if (inOne.length > 0 || !BITTE.test(text(i))) continue;
    bitteLines.add(i);
    const j = nextFilled(i, -1);
    if (j >= 0 && !ZUSATZ.test(text(j)) && lines[j]?.cells === undefined) entryLines.push({ line: j, empfaenger: text(j) });
  }
  const inEntry = new Set([...entryLines.map((e) => e.line), ...bitteLines]);

  // Zeichnungen: their place and date, their name below (after „im Auftrag“, past their entries).
  const dates = lines.flatMap((_, i) => (PLACE_DATE.test(text(i)) ? [i] : []));
  const nameLine = (d: number): number => {
    let j = nextFilled(d, 1);
    if (ZUSATZ.test(text(j))) j = nextFilled(j, 1);
    while (j < lines.length && (inEntry.has(j) || NUMBER_LINE.test(text(j)))) j = nextFilled(j, 1);
    return j < lines.length && !PLACE_DATE.test(text(j)) ? j : d;
  };
  const zeichnungen = dates.map((d, k) => {
    const end = nameLine(d);
    const sendsBelow = entryLines.some((e) => e.line > d && e.line < end);
    // Above the date: the office, its number on a line of its own or with it.
    let j = nextFilled(d, -1);
    let nummer: string | undefined;
    let start = d;
    if (j >= 0 && NUMBER_LINE.test(text(j))) {
      nummer = readAbsenderNummer(text(j));
      j = nextFilled(j, -1);
    }
    const previousEnd = k > 0 ? nameLine(dates[k - 1] as number) : -1;
    const office = j > previousEnd && !inEntry.has(j) && !BITTE.test(text(nextFilled(j, 1))) ? officeOf(text(j)) : undefined;
    const sends = office !== undefined && sendsBelow && (nummer === undefined || office.nummer === undefined);
    if (sends) start = j;
    return {
      line: d,
      ort: (PLACE_DATE.exec(text(d))?.[1] as string).trim(),
      absender: sends ? office.absender : undefined,
      absenderNummer: sends ? (office.nummer ?? nummer) : undefined,
      start,
      end,
    };
  });

  // Each entry to the Zeichnung whose lines hold it: an office's from its name to its signature,
  // the deciding body's from after the Zeichnung before it to its own signature.
  const owner = (line: number): number | undefined => {
    for (let k = 0; k < zeichnungen.length; k++) {
      const z = zeichnungen[k] as (typeof zeichnungen)[number];
      const from = z.absender !== undefined ? z.start : k > 0 ? (zeichnungen[k - 1] as (typeof zeichnungen)[number]).end : -1;
      if (line > from && line < z.end && (z.absender !== undefined || line < z.line)) return k;
      if (z.absender !== undefined && line === z.start) return undefined;
    }
    return undefined;
  };
  return {
    entries: entryLines.map((e) => ({ ...e, zeichnung: owner(e.line) })),
    zeichnungen: zeichnungen.map(({ line, ort, absender, absenderNummer }) => ({ line, ort, absender, absenderNummer })),
  };
}

/**
 * The recognised Verteiler and Zeichnungen with the Zuleitung the tail shows: each entry
 * names its Zeichnung, each Zeichnung of an office that sends on its Absender and number.
 * The entries and Zeichnungen are the ones recognition read from the same lines, in order;
 * when this reading does not find the same ones (same recipients, same places, same
 * count), they are returned unchanged rather than paired by guess.
 */
export function linkZuleitung(
  lines: readonly ZuleitungLine[],
  verteiler: readonly VerteilerEintrag[],
  zeichnungen: readonly Zeichnung[],
): { readonly verteiler: VerteilerEintrag[]; readonly zeichnungen: Zeichnung[] } {
  const read = readZuleitung(lines);
  const same =
    read.entries.length === verteiler.length &&
    read.zeichnungen.length === zeichnungen.length &&
    read.entries.every((e, i) => e.empfaenger === verteiler[i]?.empfaenger) &&
    read.zeichnungen.every((z, i) => z.ort === zeichnungen[i]?.ort);
  if (!same) return { verteiler: [...verteiler], zeichnungen: [...zeichnungen] };
  return {
    verteiler: verteiler.map((e, i) => {
      const k = read.entries[i]?.zeichnung;
      const z = k === undefined ? undefined : zeichnungen[k];
      return z === undefined || e.zeichnung !== undefined ? e : { ...e, zeichnung: z.id };
    }),
    zeichnungen: zeichnungen.map((z, i) => {
      const r = read.zeichnungen[i];
      if (r?.absender === undefined || (z.absender ?? "") !== "") return z;
      return { ...z, absender: r.absender, ...(r.absenderNummer !== undefined ? { absenderNummer: r.absenderNummer } : {}) };
    }),
  };
}
