import { SaxesParser } from "saxes";
import { DocxError } from "./docx-error";
import { W_NS, STYLE_IDS } from "./ooxml";
import { guardPart } from "./parse-xml";
import type { BodyParagraph } from "./read-body";

/**
 * Hidden text (`w:vanish`), as Word prints and shows it with hidden text off: by the run,
 * by a character or paragraph style (also through `w:basedOn`), or, for a whole paragraph,
 * by its mark together with its runs. A paragraph a reader does not see is no text of the
 * Vorlage unless it is ours (our controls and styles keep fields such as the Vorlagenart in
 * hidden text on purpose): it gives no number, no clause and no finding.
 */

/** The on/off rule of a toggle property (ECMA-376 §17.17.4): absent or empty `w:val` is on. */
export const toggleOn = (val: string | null | undefined): boolean => val === null || val === undefined || (val !== "0" && val !== "false" && val !== "off");

/**
 * Stands in the set of hiding styles for a paragraph that names no style: the default paragraph
 * style, or the document defaults (`w:docDefaults/w:rPrDefault`), hide its text. No style id can
 * hold the character, which XML forbids.
 */
export const UNSTYLED = "\u0000";

/**
 * The ids of the paragraph and character styles in a styles part that hide their text (read
 * streaming; none when the part is missing): by `w:vanish` or `w:specVanish` of their own or up
 * their `w:basedOn` chain; a paragraph style with no setting in its chain by the document
 * defaults. `UNSTYLED` when a paragraph without a style is hidden.
 */
export function hiddenStyleIds(stylesXml: string | undefined): ReadonlySet<string> {
  // Most styles parts hide nothing: then there is nothing to parse.
  if (stylesXml === undefined || !/vanish/iu.test(stylesXml)) return new Set();
  const own = new Map<string, boolean>();
  const basedOn = new Map<string, string>();
  const paragraphStyles = new Set<string>();
  let defaultParagraph: string | undefined;
  let byDefaults: boolean | undefined;
  const parser = new SaxesParser({ xmlns: true });
  const path: string[] = [];
  let style: string | undefined;
  parser.on("opentag", (node) => {
    path.push(node.uri === W_NS ? node.local : "");
    const val = Object.values(node.attributes).find((a) => a.uri === W_NS && a.local === "val")?.value;
    const depth = path.length;
    const attribute = (local: string): string | undefined => Object.values(node.attributes).find((a) => a.uri === W_NS && a.local === local)?.value;
    if (depth === 2 && path[1] === "style") {
      style = attribute("styleId");
      if (style !== undefined && attribute("type") === "paragraph") {
        paragraphStyles.add(style);
        if (toggleOn(attribute("default") ?? "0")) defaultParagraph ??= style;
      }
    } else if (style !== undefined && depth === 3 && path[2] === "basedOn" && val !== undefined) basedOn.set(style, val);
    else if (style !== undefined && depth === 4 && path[2] === "rPr" && path[3] === "vanish") own.set(style, toggleOn(val) || own.get(style) === true);
    // Word never shows text in w:specVanish, not even with hidden text shown: it hides whatever w:vanish says.
    else if (style !== undefined && depth === 4 && path[2] === "rPr" && path[3] === "specVanish") {
      if (toggleOn(val)) own.set(style, true);
    } else if (depth === 5 && path[1] === "docDefaults" && path[2] === "rPrDefault" && path[3] === "rPr" && (path[4] === "vanish" || path[4] === "specVanish")) byDefaults = toggleOn(val) || byDefaults === true;
  });
  parser.on("closetag", () => {
    if (path.length === 2) style = undefined;
    path.pop();
  });
  guardPart(stylesXml, "word/styles.xml");
  try {
    parser.write(stylesXml).close();
  } catch (e) {
    const detail = (e as Error).message.split("\n")[0] as string;
    throw new DocxError("malformed-xml", `word/styles.xml is not well-formed XML (${detail})`, { part: "word/styles.xml", detail });
  }
  // Each style's answer is its nearest own setting up its w:basedOn chain (none, or a loop: not hidden).
  // Walked without recursion and each style decided once: a chain may be tens of thousands long.
  // null: nothing up the chain says.
  const decided = new Map<string, boolean | null>();
  const hidden = (id: string): boolean => {
    const walked: string[] = [];
    const onWalk = new Set<string>();
    let answer: boolean | null = null;
    for (let cur: string | undefined = id; cur !== undefined; cur = basedOn.get(cur)) {
      const known = decided.has(cur) ? decided.get(cur) : own.get(cur);
      if (known !== undefined) {
        answer = known;
        break;
      }
      if (onWalk.has(cur)) break;
      onWalk.add(cur);
      walked.push(cur);
    }
    for (const w of walked) decided.set(w, answer);
    // Nothing up the chain says: a paragraph style takes the document defaults (a character style leaves it to the paragraph).
    return answer ?? (paragraphStyles.has(id) && byDefaults === true);
  };
  const ids = new Set([...new Set([...own.keys(), ...basedOn.keys(), ...(byDefaults === true ? paragraphStyles : [])])].filter((id) => hidden(id)));
  if (defaultParagraph === undefined ? byDefaults === true : ids.has(defaultParagraph)) ids.add(UNSTYLED);
  return ids;
}

/** Our styles that carry text of ours (structure and number styles excepted: a hidden clause is no clause). */
const OUR_STYLES: ReadonlySet<string> = new Set(Object.entries(STYLE_IDS).filter(([k]) => !["abschnitt", "ziffer", "unterpunkt", "nummer"].includes(k)).map(([, id]) => id));
const STRUCTURE = new Set(["abschnitt", "ziffer", "unterpunkt", "nr"]);

/** The paragraph holds text of ours: an inline control of ours, a block of ours other than the structure, or one of our styles. */
function ours(p: BodyParagraph): boolean {
  return p.segments.some((s) => s.tag !== undefined) || p.blocks.some((b) => !STRUCTURE.has(b.kind)) || (p.style !== undefined && OUR_STYLES.has(p.style));
}

/** Whether nothing of the paragraph shows: its style hides it, every piece of its text is hidden, or its mark is hidden and no visible text is left. */
export function hiddenParagraph(p: BodyParagraph, hiddenStyles: ReadonlySet<string>): boolean {
  if (hiddenStyles.has(p.style ?? UNSTYLED)) return true;
  const texts = p.segments.filter((s) => s.text !== "");
  if (texts.length > 0 && texts.every((s) => s.hidden)) return true;
  return p.markHidden === true && texts.every((s) => s.hidden || s.text.trim() === "");
}

/** Where hidden text that is not ours was cut out of a paragraph: at a character offset of the text without it. */
export interface HiddenCut {
  readonly at: number;
  readonly length: number;
}

const cutsOf = new WeakMap<BodyParagraph, readonly HiddenCut[]>();

/**
 * The paragraphs a reader sees, and all of ours: hidden paragraphs of others are left out,
 * and so are hidden runs of others inside a paragraph that is read (a „Hinweis“ hidden
 * before a number would otherwise hide the number from recognition, or stand in a clause's
 * text). Our own hidden text is in our field controls and stays. `rawOffset` maps an offset
 * in what is left back to the paragraph's runs, for wrapping a range in place.
 */
export function withoutForeignHidden(paragraphs: readonly BodyParagraph[], hiddenStyles: ReadonlySet<string>): BodyParagraph[] {
  return paragraphs.filter((p) => ours(p) || !hiddenParagraph(p, hiddenStyles)).map(withoutHiddenRuns);
}

function withoutHiddenRuns(p: BodyParagraph): BodyParagraph {
  if (!p.segments.some((s) => s.hidden && s.tag === undefined)) return p;
  const cuts: HiddenCut[] = [];
  let at = 0;
  for (const s of p.segments) {
    if (s.placeholder) continue;
    if (s.hidden && s.tag === undefined) {
      const last = cuts[cuts.length - 1];
      if (last && last.at === at) cuts[cuts.length - 1] = { at, length: last.length + s.text.length };
      else cuts.push({ at, length: s.text.length });
    } else at += s.text.length;
  }
  const kept: BodyParagraph = { ...p, segments: p.segments.filter((s) => !(s.hidden && s.tag === undefined)) };
  cutsOf.set(kept, cuts);
  return kept;
}

/** A piece of hidden text of others that the reading leaves out, and the visible text that stands right before it (its place). */
export interface HiddenPiece {
  readonly text: string;
  /** The visible text before it, in its paragraph or the paragraphs before; empty at the document's start. */
  readonly after: string;
}

/**
 * The hidden text of others that `withoutForeignHidden` leaves out of the reading, in document
 * order: each hidden paragraph of others, and each stretch of hidden runs of others in a paragraph
 * that is read (white space alone is none). It is no text of the Vorlage, but it stays in the
 * file and is published with it: a reviewer is told it is there (`text-ausgeblendet`).
 */
export function foreignHiddenTexts(paragraphs: readonly BodyParagraph[], hiddenStyles: ReadonlySet<string>): HiddenPiece[] {
  const out: HiddenPiece[] = [];
  // The visible text seen last, kept short: only its end names a place.
  let seen = "";
  const see = (t: string): void => {
    if (t.trim() !== "") seen = (seen + t).slice(-200);
  };
  for (const p of paragraphs) {
    const shown = p.segments.filter((s) => !s.placeholder);
    if (!ours(p) && hiddenParagraph(p, hiddenStyles)) {
      const text = shown.map((s) => s.text).join("");
      if (text.trim() !== "") out.push({ text, after: seen });
      continue;
    }
    let hidden = "";
    for (const s of shown) {
      if (s.hidden && s.tag === undefined) {
        hidden += s.text;
        continue;
      }
      if (hidden.trim() !== "") out.push({ text: hidden, after: seen });
      hidden = "";
      see(s.text);
    }
    if (hidden.trim() !== "") out.push({ text: hidden, after: seen });
    // Paragraphs are apart: a word at one's end and the next one's start are two words.
    if (seen !== "" && !seen.endsWith(" ")) seen += " ";
  }
  return out;
}

/**
 * An offset in a read paragraph's text as an offset in its runs, counting the hidden text of
 * others that reading left out: a range's start moves past hidden text standing right before
 * it, its end stays before hidden text right after it.
 */
export function rawOffset(p: BodyParagraph, offset: number, edge: "start" | "end"): number {
  let raw = offset;
  for (const cut of cutsOf.get(p) ?? []) if (cut.at < offset || (edge === "start" && cut.at === offset)) raw += cut.length;
  return raw;
}
