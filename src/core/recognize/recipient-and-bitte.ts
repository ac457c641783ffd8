import type { EntryInParagraph } from "./entries-in-one-paragraph";

/** The words of a Bitte that end a line after its recipient: „… mit der Bitte um Kenntnisnahme“, „… zur weiteren Veranlassung“. */
const BITTE_AT_END = String.raw`(?:mit der Bitte um|zur)\s+(?:weitere[n]?\s+Veranlassung|Kenntnisnahme|Kenntnis|Beschlussfassung|Zustimmung|Entscheidung|Stellungnahme|Prüfung|Erledigung|Mitzeichnung)`;
const ONE_LINE = new RegExp(String.raw`^(\p{Lu}.{0,80}?)\s+(${BITTE_AT_END})\s*\.?$`, "u");

/** The small words a recipient's name may have in lower case („Amt für Umwelt und Grünflächen“, „Dem Ortsbeirat des …“); any other is a sentence's. */
const NAME_WORDS = new Set(["der", "die", "das", "dem", "den", "des", "für", "und", "an", "am", "im", "in", "von", "vom", "zur", "zum", "mit", "bei", "beim", "sowie", "u.", "f."]);

/**
 * A recipient and its Bitte written on one line, with no dash between: „Dem Dezernat III mit der Bitte um
 * Kenntnisnahme“, „Dem Magistrat mit der Bitte um weitere Veranlassung“. Word users type a Verteiler so as often as on
 * two lines; read only as two lines, the one-line entry was „nicht erkannt“ and the check asked for what was there (a
 * new-user tryout). Only a name comes before the Bitte: at most eight words, none in lower case but the small words of
 * an office's name and no sentence's mark, so that „Der Magistrat nimmt den Bericht zur Kenntnis.“ stays a sentence.
 * Undefined for any other line.
 */
export function recipientWithBitte(text: string): EntryInParagraph | undefined {
  const m = ONE_LINE.exec(text.trim());
  if (!m) return undefined;
  const recipient = (m[1] as string).trim();
  const words = recipient.split(/\s+/u);
  if (words.length > 8 || /[,;:!?]|\.\s+\p{Ll}/u.test(recipient) || /^(?:mit|zur)\b/iu.test(recipient)) return undefined;
  if (words.some((w) => /^\p{Ll}/u.test(w) && !NAME_WORDS.has(w))) return undefined;
  return { empfaenger: recipient, bitte: m[2] as string };
}
