/** A lettered point at a paragraph's start: „a) stimmt … zu,“. */
const LETTERED = /^[a-z]\)\s/u;

/**
 * Whether a decision part's first paragraph is the lead-in of a sentence whose points follow as
 * a), b), c): „Der Kreistag“ over „a) stimmt … zu, b) genehmigt …“, as Landkreise and Gemeinden
 * in Baden-Württemberg and Bayern write their Beschlussvorschlag. Short, ending in no full stop,
 * and followed by a lettered point, it begins the sentence the points finish; read as a Ziffer
 * it got „Die Nummer fehlt“ and the decision itself was only its sub-points (tryout 4).
 */
export function leadsIntoLetters(text: string, next: string): boolean {
  return LETTERED.test(next) && !LETTERED.test(text) && text.length <= 120 && !/[.;!?]$/u.test(text.trim()) && !/^\d/u.test(text);
}
