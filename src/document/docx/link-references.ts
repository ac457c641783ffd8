import type { Document as XmlDocument, Element as XmlElement } from "@xmldom/xmldom";
import type { Vorlage } from "../../core/model/vorlage";
import type { Profile } from "../../core/profile/profile";
import { detectReferences } from "../../core/references/detect-references";
import { shownNumbering, typedResolver } from "../../core/references/typed-targets";
import { overlapsAny } from "../../core/references/overlaps";
import { formatTag } from "../tags";
import { W_NS } from "../ooxml/ooxml";
import { paragraphText, textOfParagraph, type BodyParagraph } from "../ooxml/read-body";
import { updateReferences } from "./reference-update";
import { isPlainInlineSdt, wrapRange, wrappableRanges, wrapRanges } from "./wrap-range";

/** What linking needs from the document it edits. */
export interface LinkHost {
  readonly doc: XmlDocument;
  readonly body: XmlElement;
  /** The body's paragraphs read from the tree (with their elements). */
  paragraphs(): BodyParagraph[];
  /** A new, empty inline control with our tag, as the document's controls are made. */
  emptyInlineSdt(tag: string, alias: string): XmlElement;
}

/**
 * `recognize --references`: every reference typed in a clause's words in a certain form
 * („Ziffer 2.1“, „unter 1.3“, „Buchstabe b“) whose number exactly one clause or sub-point of
 * the document shows becomes a link: its number is wrapped in place in a `bv:verweis`
 * control, which then holds a REF field to a bookmark on the target's number, its result
 * the same number (the text stays as it was). Uncertain forms („Nr. 3“, „Punkt 2“) and
 * numbers no clause or more than one clause shows stay text; `check` speaks about those.
 * A number inside a hyperlink, field, tracked change or a control is left as it is.
 * Returns how many references became links, and how many stayed text because Word numbers their target.
 */
export function linkTypedReferences(host: LinkHost, v: Vorlage, profile: Profile): LinkOutcome {
  const numbers = shownNumbering(v, profile);
  const resolve = typedResolver(v, numbers);
  const clauses = new Map(v.sections.flatMap((s) => s.clauses).map((c) => [c.id, c] as const));
  const paragraphs = host.paragraphs();
  // Only a target whose number stands in our control can carry the bookmark (a sub-point read from typed letters has none, nor a stable id).
  const numbered = new Set(paragraphs.flatMap((p) => p.segments.flatMap((s) => (s.tag?.kind === "nr" ? [s.tag.id] : []))));
  // Clauses whose number Word draws from its list numbering: nothing of ours can carry a bookmark there.
  const listed = new Set<string>();
  const seen = new Set<string>();
  for (const p of paragraphs) {
    const tag = [...p.blocks].reverse().find((b) => b.kind === "ziffer");
    if (!tag || !("id" in tag) || seen.has(tag.id)) continue;
    seen.add(tag.id);
    if (p.listLabel !== undefined) listed.add(tag.id);
  }
  let linked = 0;
  let onList = 0;
  for (const p of paragraphs) {
    const clauseTag = [...p.blocks].reverse().find((b) => b.kind === "ziffer");
    if (!p.element || !clauseTag || !("id" in clauseTag)) continue;
    const owner = clauses.get(clauseTag.id);
    const text = paragraphText(p);
    if (text !== textOfParagraph(p.element)) continue;
    // Where our controls already stand (the number, earlier links), nothing is wrapped again.
    const taken: { start: number; end: number }[] = [];
    let at = 0;
    for (const s of p.segments.filter((x) => !x.placeholder)) {
      if (s.tag) taken.push({ start: at, end: at + s.text.length });
      at += s.text.length;
    }
    // The references that may become links, in order; then which of them can be wrapped, decided in one pass over the paragraph.
    const candidates: { start: number; end: number; ziel: string }[] = [];
    for (const r of detectReferences(text)) {
      if (!r.certain || overlapsAny(taken, r)) continue;
      const ziel = resolve(r.kind, r.number, owner, r.clause);
      if (ziel === undefined || ziel === owner?.id) continue;
      if (!numbered.has(ziel)) {
        if (listed.has(ziel)) onList++;
        continue;
      }
      candidates.push({ start: r.start, end: r.end, ziel });
    }
    if (candidates.length === 0) continue;
    const holder = textHolder(p.element);
    const ok = wrappable(host, holder, candidates);
    const planned = candidates.filter((_, i) => ok[i]);
    wrapRanges(host.doc, holder, planned, (i) => host.emptyInlineSdt(formatTag({ kind: "verweis", id: (planned[i] as { ziel: string }).ziel }), "Verweis"));
    linked += planned.length;
  }
  if (linked > 0) updateReferences(host, numbers);
  return { linked, onList };
}

/** What `recognize --references` did: references linked, and those left as text because Word numbers their target itself. */
export interface LinkOutcome {
  readonly linked: number;
  /**
   * Certain references whose target clause Word numbers from its list numbering: no control of
   * ours holds that number, so no bookmark can; they stay text. Renumbering never changes such a
   * number, so they stay right as long as the list does.
   */
  readonly onList: number;
}

/**
 * The element whose children hold the paragraph's text: the paragraph, or the one inline control without a tag that holds
 * all of it. `recognize` wraps the whole content of a clause's first paragraph so where no number control begins it (an
 * unnumbered clause: LibreOffice reads a block right only when its first paragraph begins with an inline control); a
 * reference in it is wrapped inside that control, in its runs, as in any other paragraph.
 */
function textHolder(p: XmlElement): XmlElement {
  const children: XmlElement[] = [];
  for (let c = p.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && !((c as XmlElement).namespaceURI === W_NS && (c as XmlElement).localName === "pPr")) children.push(c as XmlElement);
  const only = children.length === 1 ? children[0] : undefined;
  if (!only || !isPlainInlineSdt(only)) return p;
  const props = only.getElementsByTagNameNS(W_NS, "sdtPr").item(0);
  if (props && props.getElementsByTagNameNS(W_NS, "tag").length > 0) return p;
  return (only.getElementsByTagNameNS(W_NS, "sdtContent").item(0) as XmlElement | null) ?? p;
}

/**
 * Which candidates can be wrapped. In order and not overlapping (as references are found), one
 * pass decides; otherwise each is tried on a copy of the paragraph with the earlier ones wrapped.
 */
function wrappable(host: LinkHost, p: XmlElement, candidates: readonly { readonly start: number; readonly end: number }[]): boolean[] {
  const once = wrappableRanges(p, candidates);
  if (once) return once;
  const work = p.cloneNode(true) as XmlElement;
  // wrapRange refuses before it changes anything (its checks come first), so a refusal leaves the copy as it was.
  return candidates.map((r) => wrapRange(host.doc, work, r.start, r.end, host.doc.createElementNS(W_NS, "w:sdt")));
}
