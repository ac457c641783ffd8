import type { Bitte } from "../model/vorlage";

/**
 * The request of a Verteiler entry in the words offices write. Besides „mit der Bitte um Kenntnisnahme“ and „… um weitere
 * Veranlassung“ (and „z. K.“, „z. w. V.“), a Zuleitung asks the receiving body to act in its own words: „Dem Magistrat /
 * mit der Bitte um Beschlussfassung“, „… um Zustimmung“, „zur Entscheidung“. These ask for more than taking note, so they
 * are a Bitte um Veranlassung; only the Kenntnis words are a Kenntnisnahme. The act words count only as a whole line
 * („zur Prüfung“), never as the start of a sentence („Zur Prüfung der Angebote wurde …“).
 */
const NOTE_OR_ACTION = String.raw`(?:mit der Bitte um|zur)\s+(weitere[n]?\s+Veranlassung|Kenntnisnahme|Kenntnis)`;
const ACT = String.raw`(?:mit der Bitte um|zur)\s+(Beschlussfassung|Zustimmung|Entscheidung|Stellungnahme|Prüfung|Erledigung|Mitzeichnung)\s*\.?$`;

/** A Bitte at the start of a line (the line below its recipient). */
export const BITTE_AT_START = new RegExp(String.raw`^(?:${NOTE_OR_ACTION}|${ACT}|z\.\s?w\.\s?V\.|z\.\s?K(?:\.|enntnis))`, "iu");

/** A recipient and its Bitte on one line, set apart by a dash: „Dezernat II – zur Kenntnis“, „Kämmerei – zur weiteren Veranlassung“. */
export const RECIPIENT_DASH_BITTE = new RegExp(String.raw`^(\S.{0,80}?)\s+[–—-]\s+((?:${NOTE_OR_ACTION}|${ACT})\.?)\s*$`, "iu");

/** The request the words make: a Kenntnisnahme only where they say Kenntnis, else a request to act. */
export const bitteOfWords = (text: string): Bitte => (/Kenntnis|^z\.\s?K\b/iu.test(text) && !/Veranlassung|^z\.\s?w\.\s?V/iu.test(text) ? "kenntnisnahme" : "veranlassung");

/**
 * A line that looks like a Verteiler although no entry was read from it: a „Verteiler“ heading, or a Bitte's words
 * anywhere in a line („… mit der Bitte um …“, „… zur Kenntnis“). Where the Verteiler stays empty, the check then says it
 * was not understood rather than that it is empty.
 */
const VERTEILER_LIKE = /^Verteiler\s*:?$|mit der Bitte um|\bzur (?:weiteren )?(?:Kenntnis|Veranlassung)|\bz\.\s?(?:w\.\s?V|K)\./iu;
export function verteilerLikeLine(texts: readonly string[]): string | undefined {
  const i = texts.findIndex((t) => VERTEILER_LIKE.test(t.trim()));
  if (i < 0) return undefined;
  const line = (texts[i] as string).trim();
  return /^Verteiler\s*:?$/iu.test(line) ? [line, ...texts.slice(i + 1).filter((t) => t.trim() !== "").slice(0, 1)].join(" ") : line;
}
