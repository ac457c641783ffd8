/**
 * „Petitum/Beschluss:“, „Petitum:“: Hamburg's Drucksachen (the Bürgerschaft's, the Bezirksversammlungen') head the decision
 * they ask for „Petitum“, alone or paired by a slash with a decision heading of other offices („Beschluss“, „Beschlussvorschlag“,
 * „Antrag“) in either order. A whole short line, a colon allowed; a word of a sentence is none.
 */
const DECISION_WORD = String.raw`(?:Petitum|Beschlu(?:ss|ß)(?:vorschlag|antrag|empfehlung)?|Antrag)`;
const PETITUM = new RegExp(String.raw`^(?=[^\n]*Petitum)${DECISION_WORD}(?:\s*\/\s*${DECISION_WORD})*\s*:?$`, "iu");

/** Whether the line is a decision heading in Hamburg's word „Petitum“ (see the module comment). */
export function isPetitumHeading(line: string): boolean {
  return line.length <= 60 && PETITUM.test(line.trim());
}
