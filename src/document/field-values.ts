import { findDates, formatDate, isValidIsoDate } from "../core/german/dates";
import { formatAmount, parseAmount } from "../core/german/money";
import { BITTE_AT_START, bitteOfWords } from "../core/german/bitte-words";
import type { Bitte, IsoDate, Sitzungsart, Turnus } from "../core/model/vorlage";
import type { Profile } from "../core/profile/profile";
import { decimalComma, shareOfPercent } from "../core/german/digits";

/**
 * How field values read in the document, and back. The document shows "21.03.2024",
 * "1.000 €", "jährlich", "50 %"; the model holds ISO dates, cents, enums and fractions.
 * Every pair here round-trips, so a field edited in Word reads back as the user meant it.
 */

export function showDate(date: IsoDate, profile: Profile): string {
  if (date === "") return "";
  if (isValidIsoDate(date)) return formatDate(date, profile.houseStyle.date);
  const [y, m, d] = date.split("-");
  return `${d}.${m}.${y}`; // an impossible date stays visible as written
}

/** The Sitzungsdatum as the profile's layout writes it in the header („21. März 2024“ in Wiesbaden). */
export function showSitzungsdatum(date: IsoDate, profile: Profile): string {
  const style = profile.houseStyle.layout?.sitzungsdatum ?? "long";
  return showDate(date, { ...profile, houseStyle: { ...profile.houseStyle, date: style } });
}

export function readDate(text: string): IsoDate {
  return findDates(text.trim())[0]?.start ?? "";
}

export const showAmount = (cents: number | undefined, profile: Profile): string =>
  cents === undefined ? "" : formatAmount(cents, profile.houseStyle.money);

export const readAmount = (text: string): number | undefined => parseAmount(text.replace(/\u00a0/g, " "))?.cents;

export const showTurnus = (t: Turnus | undefined): string => (t === "jaehrlich" ? "jährlich" : t === "einmalig" ? "einmalig" : "");
export const readTurnus = (text: string): Turnus | undefined =>
  /jährlich|jaehrlich/iu.test(text) ? "jaehrlich" : /einmalig/iu.test(text) ? "einmalig" : undefined;

export const showSitzungsart = (a: Sitzungsart | undefined): string => (a === "oeffentlich" ? "öffentlichen" : a === "nichtoeffentlich" ? "nicht öffentlichen" : "");
/** „Ö“ / „N“, as Karlsruhe's Beratungsfolge writes it. */
export const showSitzungsartKurz = (a: Sitzungsart | undefined): string => (a === "oeffentlich" ? "Ö" : a === "nichtoeffentlich" ? "N" : "");
export const readSitzungsart = (text: string): Sitzungsart | undefined =>
  /nicht\s?öffentlich/iu.test(text) || /^\s*N\s*$/u.test(text)
    ? "nichtoeffentlich"
    : /öffentlich/iu.test(text) || /^\s*Ö\s*$/u.test(text)
      ? "oeffentlich"
      : undefined;

export const showBitte = (b: Bitte | undefined, profile: Profile): string =>
  b === "kenntnisnahme"
    ? (profile.phrases["bitteKenntnisnahme"] ?? "mit der Bitte um Kenntnisnahme")
    : b === "veranlassung"
      ? (profile.phrases["bitteVeranlassung"] ?? "mit der Bitte um weitere Veranlassung")
      : "";
/** „mit der Bitte um Beschlussfassung“, read by recognition as a Bitte um Veranlassung (core/german/bitte-words.ts), reads back the same. */
export const readBitte = (text: string): Bitte | undefined =>
  /Veranlassung/iu.test(text) ? "veranlassung" : /Kenntnis/iu.test(text) ? "kenntnisnahme" : BITTE_AT_START.test(text.trim()) ? bitteOfWords(text.trim()) : undefined;

export const showYesNo = (b: boolean): string => (b ? "ja" : "nein");
export const readYesNo = (text: string): boolean => /^\s*(ja|yes|true)\b/iu.test(text);

export const showShare = (anteil: number | undefined): string => (anteil === undefined ? "" : `${decimalComma(anteil * 100, 10)} %`);
/**
 * The share a field shows („50 %“, „33,3 %“). A number of more than 15 digits before the comma
 * is no share anyone wrote: it is not read (the check then says the share is missing), so that
 * no report has to print a percentage beyond what a number holds (showShare, decimalComma).
 */
export function readShare(text: string): number | undefined {
  const m = /(?<![\d,.])(-?\d{1,15}(?:,\d+)?)\s*%/u.exec(text);
  return m ? shareOfPercent(m[1] as string) : undefined;
}

export const showList = (ids: readonly string[]): string => ids.join(", ");
/** Dezernate as a sentence names them: „Dezernat II und Dezernat III“, „Dezernat I, Dezernat II und Dezernat VII“. */
export function showDezernate(ids: readonly string[], profile: Profile): string {
  const named = ids.map((id) => `${profile.dezernate.prefix} ${id}`);
  return named.length <= 1 ? (named[0] ?? "") : `${named.slice(0, -1).join(", ")} und ${named[named.length - 1] as string}`;
}

/** Reads „II, III“ as well as „Dezernat II und Dezernat III“ or „Dez. 2 und Dez. 3“. */
export const readList = (text: string): string[] =>
  text
    .split(/\s*(?:,|\bund\b)\s*/u)
    .map((s) => s.trim().replace(/^(?:Dezernate?|Dez\.)\s*/u, ""))
    .filter((s) => s !== "");
