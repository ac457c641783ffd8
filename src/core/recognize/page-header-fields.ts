import type { Profile } from "../profile/profile";
import { oneLine, shownText } from "./lines";

/**
 * The header fields a Word page header (Kopfzeile) states. Offices often print the Vorlagen-Nr. and the
 * Federführung in the Kopfzeile, not in the body. Those lines are no part of the body: they never enter the
 * body's paragraph list (`recognize` writes by the body's paragraph positions), and only these two fields are
 * read from them — never clauses, sections or money, and only where the body does not give the field.
 */
export interface PageHeaderFields {
  /** The Vorlagen-Nr., by its label or by the profile's number pattern, and the line it was read from. */
  readonly vorlagenNr?: { readonly value: string; readonly text: string };
  /** The Federführung by its label („Federführendes Dezernat: Dezernat III“, „Federführung: Amt 67“), as written. */
  readonly federfuehrung?: { readonly value: string; readonly text: string };
}

/** „Vorlagen-Nr.: 25-V-03-0012“, „Vorlage Nr. 2027/0412“, „Drucksache 1391/16“, „Sitzungsvorlage Nr. …“. */
const NR_LABEL = /^(?:Vorlagen?[\s-]*(?:Nr\.?|Nummer)|Sitzungsvorlagen?[\s-]*(?:Nr\.?|Nummer)|Drucksachen?(?:[\s-]*(?:Nr\.?|Nummer))?|Beschlussvorlagen?[\s-]*(?:Nr\.?|Nummer))\s*:?\s*(\S.*)$/iu;
/**
 * „Federführendes Dezernat: Dezernat III“, „Federführung: Amt 67“, „federführend: Fachbereich 3“, „Dezernat: III“. Not
 * „Verantwortlich:“, which in a Kopfzeile often names a person, not an office.
 */
const LEAD_LABEL = /^(?:Federführ(?:ung|end(?:es|e|er)?)(?:\s+(?:Dezernat|Amt|Stelle|Dienststelle|Fachbereich))?|Dezernat)\s*:\s*(\S.*)$/iu;

/** A value ends where a tab or a wide gap starts the next item of the line („Vorlagen-Nr.: 25-V-03-0012⇥Seite 1“). */
const ITEM_GAP = /\t|\s{2,}/u;
const firstItem = (value: string): string => (value.split(ITEM_GAP)[0] as string).trim();

/**
 * The line and each item of it after a tab or a wide gap: a Kopfzeile's usual layout puts the city on the left and
 * the number on the right („Landeshauptstadt Wiesbaden⇥Vorlagen-Nr. 24-V-07-0001“), and a label starts its own item
 * as it starts a line (tryout7 F3). A label inside words („… siehe Vorlagen-Nr. …“) starts no item.
 */
const itemStarts = (line: string): string[] => {
  const items = line.split(ITEM_GAP).map((i) => i.trim()).filter((i) => i !== "");
  return [line, ...items.slice(1).map((_, k) => items.slice(k + 1).join("\t"))];
};

export function pageHeaderFields(texts: readonly string[], profile: Profile): PageHeaderFields {
  const lines = texts.map((t) => oneLine(shownText(t)).trim()).filter((t) => t !== "");
  const numberShape = new RegExp(profile.vorlagenNr.pattern, "u");
  let vorlagenNr: PageHeaderFields["vorlagenNr"];
  for (const text of lines) {
    const value = itemStarts(text).map((item) => NR_LABEL.exec(item)?.[1]).find((v) => v !== undefined);
    // „Vorlage Nr. 24-V-07-0001 (Ergänzung zu 23-V-07-0099)“: the number, not what is said of it (second tryout).
    const nr = value === undefined ? undefined : firstItem(value).replace(/\s*[(,;].*$/u, "");
    if (nr !== undefined && /\d/u.test(nr)) {
      vorlagenNr = { value: nr, text };
      break;
    }
  }
  // Without a label, only a number that is an item of its own on the line („Landeshauptstadt Wiesbaden⇥25-V-03-0012“,
  // „– 2025/0412 –“): a figure inside words („Doppelhaushalt 2025/2026“) is no Vorlagen-Nr.
  if (vorlagenNr === undefined) {
    for (const text of lines) {
      const item = text
        .split(/\t|\s{2,}|\s[–—|-]\s/u)
        .map((i) => i.trim().replace(/^[–—-]\s*|\s*[–—-]$/gu, "").replace(/^Nr\.?\s*/u, ""))
        .find((i) => numberShape.test(i));
      if (item !== undefined) {
        vorlagenNr = { value: item, text };
        break;
      }
    }
  }
  let federfuehrung: PageHeaderFields["federfuehrung"];
  for (const text of lines) {
    const value = itemStarts(text).map((item) => LEAD_LABEL.exec(item)?.[1]).find((v) => v !== undefined);
    if (value !== undefined && firstItem(value) !== "") {
      federfuehrung = { value: firstItem(value), text };
      break;
    }
  }
  return { ...(vorlagenNr ? { vorlagenNr } : {}), ...(federfuehrung ? { federfuehrung } : {}) };
}
