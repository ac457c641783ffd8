import type { Finding, FindingLocation } from "../validation/finding";
import type { AccessibilityFacts, TableFact } from "./facts";
import { firstWords } from "../german/first-words";

/**
 * The accessibility rules, one small function each. They follow what Word's own
 * Accessibility Checker tests („Rules for the Accessibility Checker“, Microsoft Support,
 * support.office.com/en-us/article/rules-for-the-accessibility-checker-651e08f2-0fc3-4e10-aaca-74b4a67101c1)
 * and the requirements for non-web documents in EN 301 549 V3.2.1 chapter 10, to which
 * BITV 2.0 refers for the documents public bodies publish (barrierefreiheit-bw.de,
 * „Anforderungen für Dokumente“: „Die BITV 2.0 verweist dabei auf die harmonisierte
 * europäische Norm EN 301 549 (Version 3.2.1) … Abschnitt 10“). Clause 10 applies the WCAG
 * success criteria to documents, with „document“ for „web page“
 * (mandate376.standards.eu/standard/technical-requirements/10228-language-parts, note 3).
 *
 * Every finding is a warning: the Vorlage may still be „vollständig“ (only errors decide that,
 * see `isComplete`), but it should not be published as it stands.
 */

/** Every accessibility code with its severity: always a warning. */
export const ACCESSIBILITY_FINDING_CODES = {
  "accessibility-language-missing": "warning",
  "accessibility-language-not-german": "warning",
  "accessibility-title-missing": "warning",
  "accessibility-heading-style": "warning",
  "accessibility-table-header": "warning",
  "accessibility-image-alternative": "warning",
  "accessibility-floating-text-box": "warning",
  "accessibility-placeholder": "warning",
  "accessibility-field-prompt": "info",
} as const;

export type AccessibilityCode = keyof typeof ACCESSIBILITY_FINDING_CODES;

const DOCUMENT: FindingLocation = { type: "document" };

const finding = (code: AccessibilityCode, params: Finding["params"] = {}, location: FindingLocation = DOCUMENT): Finding => ({
  code,
  severity: ACCESSIBILITY_FINDING_CODES[code],
  location,
  params,
});

/** The first words of a text, for a finding that must say which heading, table or box it means; cut at a word boundary. */
export const excerpt = (text: string, max = 40): string => firstWords(text, max);

/**
 * The document language is set, and German (de, de-DE, de-AT …): a screen reader picks its
 * pronunciation from it. EN 301 549 10.3.1.1 (WCAG 3.1.1 Language of Page: „The default
 * human language … can be programmatically determined“, w3c.github.io/wcag/understanding/
 * language-of-page.html); for documents the language of the document's defaults is inherited
 * by all its text (EN 301 549 10.2.28 note 2 in mandate376.standards.eu: „a document provides
 * the language that it is using and it can be assumed that all of the text … will be using
 * the same language unless it is indicated“). A Vorlage is German, so another language is
 * as wrong as none.
 */
export function checkLanguage(facts: AccessibilityFacts): Finding[] {
  const lang = facts.language?.trim() ?? "";
  if (lang === "") return [finding("accessibility-language-missing")];
  if (!/^de(-|$)/iu.test(lang)) return [finding("accessibility-language-not-german", { sprache: lang })];
  return [];
}

/**
 * The document has a title in its properties (dc:title), which a screen reader announces
 * and a PDF made from it shows as its title. EN 301 549 10.2.4.2 Document titled (WCAG
 * 2.4.2); the state guidance names the title first among the metadata an accessible document
 * needs (fueak.bayern.de: „Zu den erforderlichen Metadaten gehören: der Titel des Dokuments …“).
 */
export function checkTitle(facts: AccessibilityFacts): Finding[] {
  return (facts.title ?? "").trim() === "" ? [finding("accessibility-title-missing")] : [];
}

/**
 * Every section heading is a real heading: its paragraph style has an outline level (its own
 * w:outlineLvl, or a built-in „heading n“). Word: „Documents use heading styles“ (Rules for
 * the Accessibility Checker); EN 301 549 10.1.3.1 Info and relationships (WCAG 1.3.1) —
 * text that only looks like a heading (bold, larger) is read as body text and cannot be
 * navigated to.
 */
export function checkHeadings(facts: AccessibilityFacts): Finding[] {
  return facts.headings
    .filter((h) => h.outlineLevel === undefined)
    .map((h) =>
      finding("accessibility-heading-style", { auszug: excerpt(h.text), formatvorlage: h.style ?? "" }, h.sectionId ? { type: "section", id: h.sectionId } : DOCUMENT),
    );
}

/**
 * A data table marks its header row (Word: „Wiederholen als Überschriftenzeile“, w:tblHeader
 * on the first row). Word: „Tables specify column header information … Tables have a header
 * row indicated, or are in Table Normal style“ (Rules for the Accessibility Checker);
 * EN 301 549 10.1.3.1 Info and relationships. A table of one row has nothing to head; a
 * layout table (Table Normal and no borders, so it only places text) needs no header.
 */
export function checkTables(facts: AccessibilityFacts): Finding[] {
  return facts.tables.filter((t) => t.rows > 1 && !t.layout && !t.headerRow && !keyValueTable(t)).map((t) => finding("accessibility-table-header", { nummer: t.number, auszug: t.excerpt }));
}

/** A label: a few words with a letter, no number or date at its start („Vorlagen-Nr.“, „Federführendes Dezernat:“). */
const isLabel = (text: string): boolean => text !== "" && text.length <= 40 && text.split(/\s+/u).length <= 5 && /\p{L}/u.test(text) && !/^[\d(€]/u.test(text);

/** Could head a column: a short label that is not itself a value (no digit, no sentence, no colon after it). */
const isColumnHeading = (text: string): boolean => isLabel(text) && !/\d/u.test(text) && !/:$/u.test(text);

/**
 * A key–value table: two columns, each row a label and its value („Vorlagen-Nr. | 25-V-03-0012“, „Betreff |
 * Beschaffung von …“). Its header is its first column, not its first row, which is data like every other: asking for
 * a header row there would have the screen reader announce „Vorlagen-Nr.“ and „25-V-03-0012“ as column titles
 * (WCAG 2.1 technique H63 scopes such headers by row). Told by its first column — distinct labels in every row —
 * and by its first row reading as data: a label with a colon, or a value that could not head a column (a number, a
 * date, more than a few words). A two-column table headed „Gremium | Termin“ stays a data table that needs its header row.
 */
function keyValueTable(t: TableFact): boolean {
  const two = t.twoColumns;
  if (two === undefined) return false;
  const labels = two.labels;
  if (!labels.every(isLabel) || new Set(labels.map((l) => l.replace(/:$/u, "").toLowerCase())).size !== labels.length) return false;
  return /:$/u.test(labels[0] ?? "") || !isColumnHeading(two.firstValue);
}

/**
 * Every picture, chart or shape has a text alternative (description or title, not blank),
 * unless marked decorative. Word: „All non-text content has alternative text“ (Rules for the
 * Accessibility Checker, an error there); EN 301 549 10.1.1.1 Non-text content (WCAG 1.1.1).
 */
export function checkImages(facts: AccessibilityFacts): Finding[] {
  return facts.images.filter((i) => !i.alternative && !i.decorative).map((i) => finding("accessibility-image-alternative", { nummer: i.number, name: i.name }));
}

/**
 * No text in floating text boxes: they lie on a drawing layer above the text, screen readers
 * miss them or read them out of order, and they do not carry over well to PDF. EN 301 549
 * 10.1.3.2 Meaningful sequence (WCAG 1.3.2). (Word's own checker also reports objects not in
 * line with text; the copy of its rules page found for this work did not show that row, so it
 * is not quoted.) Guidance: „Text boxes in Word … exist on a separate
 * drawing layer, which means screen readers may not detect or read the content within them“
 * (und.teamdynamix.com, KB 161447); „avoid floating objects. Make objects inline“
 * (blogs.qub.ac.uk/digiknow, 30 January 2020). An empty box, or one in line with the text,
 * is no finding here.
 */
export function checkTextBoxes(facts: AccessibilityFacts): Finding[] {
  return facts.textBoxes.filter((b) => b.floating && b.text.trim() !== "").map((b) => finding("accessibility-floating-text-box", { nummer: b.number, auszug: excerpt(b.text) }));
}

/**
 * No placeholder text left in: a control still showing its prompt (Word's „Klicken oder
 * tippen Sie hier, um Text einzugeben.“) is read aloud and printed as if it were content.
 * Word's checker has no rule of its own for this; it is ours, on the ground of EN 301 549
 * 10.1.3.1 Info and relationships (WCAG 1.3.1: what is presented as content must be content).
 * The prompt of one of our own field controls („‹Beschluss-Nr.›“) prints too: whether the field
 * may be empty is validation's question (`field-missing`), but that the prompt prints is a
 * hint of its own, one for all such fields (`accessibility-field-prompt`, tryout 4: „Beschluss
 * Nr. ‹Beschluss-Nr.›“ printed under „vollständig – 0 Warnungen“, with nothing said of it), the
 * same whether our tags are there or another program dropped them. A hint, not a warning: a
 * field such as the Beschluss-Nr. is empty by right until the sitting, and a warning nobody can
 * act on teaches a reviewer to pass over warnings; a field that must be filled is validation's error. Every other control showing its prompt (a template's,
 * another add-in's) is `accessibility-placeholder`.
 */
export function checkPlaceholders(facts: AccessibilityFacts): Finding[] {
  const own = [...new Set(facts.placeholders.filter((p) => p.ownField).map((p) => excerpt(p.text)))];
  const foreign = facts.placeholders.filter((p) => !p.ownField).map((p) => finding("accessibility-placeholder", { auszug: excerpt(p.text) }));
  // One warning for all of ours: a new Vorlage has several (Tagesordnung, Punkt, Beschluss-Nr. come later), one list reads better than three.
  return own.length === 0 ? foreign : [finding("accessibility-field-prompt", { auszug: own.join(", "), anzahl: own.length }), ...foreign];
}

/** The rules in the order their findings are listed. */
export const ACCESSIBILITY_RULES: readonly ((facts: AccessibilityFacts) => Finding[])[] = [
  checkLanguage,
  checkTitle,
  checkHeadings,
  checkTables,
  checkImages,
  checkTextBoxes,
  checkPlaceholders,
];

/** All accessibility findings of a document, every one a warning. */
export function checkAccessibility(facts: AccessibilityFacts): Finding[] {
  return ACCESSIBILITY_RULES.flatMap((rule) => rule(facts));
}
