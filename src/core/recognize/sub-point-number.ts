/** „a.“ before a tab or space: a lettered sub-point with a full stop (a Word list's lower-letter level „a.“). */
const LETTER_DOT = /^([a-z]\.)(?=[\s\t])/u;
/** „1.1“, „1.2.“ before a tab or space: an outline's second level. */
const OUTLINE = /^((\d{1,2})\.\d{1,3}\.?)(?=[\s\t])/u;
/** A flat item's number: „1.“, „2.“. */
const FLAT_ITEM = /^(\d{1,2})\.$/u;

/**
 * The number of a sub-point under the decision item above, or undefined. Under an item „N.“ that has its own text, a
 * lettered „a.“ (as „a)“ already is) and, in a list Word or LibreOffice numbers (`fromList`: the label is the list's
 * own second level), an outline's „N.1“, „N.2“ are that item's Unterpunkte: the offices' lists put the details of one
 * item there (Landkreis Oder-Spree's „a.“–„d.“, Bad Kreuznach's „1.1“ „1.2“ before „2.“). Typed „2.1“ under typed
 * „2.“ stays a clause of an outline of its own (the numbering-scheme finding; renumbering refuses to flatten it). An
 * outline number under another item („2.1“ under „1.“), or with no item above, is no sub-point of it.
 */
export function subPointNumber(text: string, item: { readonly writtenNumber?: string; readonly text: string } | undefined, fromList: boolean): string | undefined {
  const flat = item?.writtenNumber === undefined ? null : FLAT_ITEM.exec(item.writtenNumber.trim());
  if (!item || !flat || item.text.trim() === "") return undefined;
  const letter = LETTER_DOT.exec(text);
  if (letter) return letter[1];
  const outline = fromList ? OUTLINE.exec(text) : null;
  return outline && outline[2] === flat[1] ? outline[1] : undefined;
}
