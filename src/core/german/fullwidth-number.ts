/** A number at a line's start (after a typed bullet), any of its characters fullwidth: „１.“, „１.２“, „（３）“. */
const LEADING_NUMBER = /^(\s*(?:[-–•▪*]\s+)?)([(（]?[0-9０-９]{1,2}(?:[.．][0-9０-９]{1,3})*[.．]?[)）]?)(?=\s)/u;
const FULLWIDTH = /[０-９．（）]/gu;

/** A written number in ASCII digits: „１.２“ → „1.2“ (one UTF-16 unit for one, so offsets stay). */
export const asciiDigits = (number: string): string => number.replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * The line with the number at its start read in ASCII digits: „１.１ die Stadt …“ → „1.1 die Stadt …“. Fullwidth
 * digits (U+FF10–FF19) come from an East Asian input method or a PDF's font; they are the same digits (Unicode's
 * compatibility decomposition, NFKC), and the clause was lost to them: the heading read as a Betreff, the clauses
 * unassigned (tryout). Each fullwidth character is one UTF-16 unit, as its ASCII digit is, so every offset stays
 * the document's. Only the number is read so: the text after it is the user's, as written.
 */
export function numberInAscii(text: string): string {
  const m = LEADING_NUMBER.exec(text);
  const number = m?.[2];
  if (m === null || number === undefined || !/[０-９．（）]/u.test(number)) return text;
  return `${m[1] ?? ""}${asciiDigits(number)}${text.slice(m[0].length)}`;
}
