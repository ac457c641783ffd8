import type { Finding } from "../../core/validation/finding";
import type { MarkedParagraph } from "../../core/validation/rules/open-revisions";
import { partXmlOf } from "../ooxml/flat-opc";
import { MARK_ELEMENT, marksIn, type StoryCount } from "../ooxml/story-marks";
import type { WordSession } from "./word-session";

/** Findings of the pane about stories it could not look into in this Word (the document is then not called complete). */
export const STORY_UNREAD_FINDING_CODES = {
  /**
   * Footnotes or endnotes, or page headers and footers, hold text Word prints and publishes, where `check` counts
   * tracked changes and comments (`ueberarbeitung-offen`, `kommentar-offen`). Where this Word's API cannot hand them
   * over (an older requirement set, a section after the first with headers of its own, notes the body's OOXML does
   * not carry), the pane cannot say that none are open: it says so, as an error, and never calls the Vorlage complete.
   */
  "bereich-nicht-geprueft": "error",
} as const;

type Kind = "Header" | "Footer";
const KINDS: readonly Kind[] = ["Header", "Footer"];
const TYPES = ["Primary", "FirstPage", "EvenPages"] as const;

/** What one header or footer body will hand over after the sync. */
interface QueuedStory {
  readonly changes?: Word.TrackedChangeCollection;
  readonly comments?: Word.CommentCollection;
  readonly original?: OfficeExtension.ClientResult<string>;
  readonly current?: OfficeExtension.ClientResult<string>;
}

/** What the read found beside the body's text: marks named by where they stand (as `check`), and what it could not look at. */
export interface StoryRead {
  readonly marks: readonly MarkedParagraph[];
  readonly unread: readonly Finding[];
}

/**
 * Tracked changes and comments outside the body's own text, as `check` counts them (docx/story-revisions.ts, with
 * the same scanner, ooxml/story-marks.ts): in text boxes, footnotes and endnotes, page headers and footers. Queued
 * into the body read's own sync; nothing is read in a loop. Per requirement set:
 *
 * - Text boxes (`textfelder`): the body's OOXML holds them (w:txbxContent inside the drawing, ECMA-376 §20.4.2.38 /
 *   §17.3.3.19), in every set: counted from it.
 * - Footnotes and endnotes (`fussnoten`): counted from the notes parts of the body's OOXML package where it carries
 *   them (assumption: Word hands over with a range's OOXML the notes it references, as it hands over comments,
 *   office-js #834; the reference does not say). Word's own notes API (`Body.footnotes`, WordApi 1.5) gives each
 *   note's Body only after a sync of its own, which one read cannot afford. Where the body references notes the
 *   package lacks, `bereich-nicht-geprueft`.
 * - Headers and footers (`kopfzeilen`): parts in the package are counted as check counts them. Otherwise the first
 *   section's (`SectionCollection.getFirst`, WordApi 1.3) headers and footers of the three types
 *   (`getHeader`/`getFooter`, WordApi 1.1): from WordApi 1.6 `Body.getTrackedChanges()` (every tracked change, a
 *   formatting change among them: never fewer than check counts) and from 1.4 `Body.getComments()`; with WordApi
 *   1.4–1.5 the comments are counted and a reviewed text that differs from the original (getReviewedText) says that
 *   changes are open whose number the API does not give: `bereich-nicht-geprueft`. Below 1.4, and for a later section
 *   that names headers or footers of its own, where the body's section properties say there are any:
 *   `bereich-nicht-geprueft`.
 */
export function queueStoryMarks(session: WordSession, context: Word.RequestContext): (flatOpc: string, documentXml: string) => StoryRead {
  const host = session.host;
  const reviewed = host.supports("WordApi", "1.4");
  const tracked = host.supports("WordApi", "1.6");
  const queued: QueuedStory[] = [];
  if (reviewed) {
    const section = context.document.sections.getFirst();
    for (const kind of KINDS)
      for (const type of TYPES) {
        const body = kind === "Header" ? section.getHeader(type) : section.getFooter(type);
        const comments = body.getComments();
        comments.load("items/id");
        if (tracked) {
          const changes = body.getTrackedChanges();
          changes.load("items/type");
          queued.push({ changes, comments });
        } else queued.push({ comments, original: body.getReviewedText("Original"), current: body.getReviewedText("Current") });
      }
  }
  return (flatOpc, documentXml) => {
    const marks: MarkedParagraph[] = [];
    const unread: Finding[] = [];
    const add = (teil: "fussnoten" | "kopfzeilen" | "textfelder", count: StoryCount): void => {
      if (count.revisions + count.comments > 0) marks.push({ location: { type: "document" }, teil, ...count });
    };
    const notRead = (teil: "fussnoten" | "kopfzeilen"): void => void unread.push({ code: "bereich-nicht-geprueft", severity: "error", location: { type: "document" }, params: { teil } });
    // Footnotes and endnotes, then headers and footers, then text boxes: the order check names them in.
    const notes = ["/word/footnotes.xml", "/word/endnotes.xml"].map((name) => [name, partXmlOf(flatOpc, name)] as const);
    add("fussnoten", sum(notes.map(([name, xml]) => (xml !== undefined && MARK_ELEMENT.test(xml) ? marksIn(xml, name, false) : NONE))));
    const referenced = (["footnote", "endnote"] as const).filter((n) => new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${n}Reference\\b`, "u").test(documentXml));
    if (referenced.some((n) => notes.every(([name, xml]) => xml === undefined || !name.includes(n)))) notRead("fussnoten");
    const headerParts = [...new Set([...flatOpc.matchAll(/pkg:name="(\/word\/(?:header|footer)[^"]*\.xml)"/gu)].map((m) => m[1] as string))];
    if (headerParts.length > 0) add("kopfzeilen", sum(headerParts.map((name) => partXmlOf(flatOpc, name) ?? "").map((xml, i) => (MARK_ELEMENT.test(xml) ? marksIn(xml, headerParts[i] as string, false) : NONE))));
    else {
      const sections = sectionReferences(documentXml);
      const firstHas = sections[0] === true;
      if (queued.length > 0) {
        const comments = queued.reduce((n, q) => n + (q.comments?.items.length ?? 0), 0);
        const revisions = queued.reduce((n, q) => n + (q.changes?.items.length ?? 0), 0);
        add("kopfzeilen", { revisions, comments });
        // Below WordApi 1.6: a change shows as a reviewed text unlike the original, but not how many there are.
        if (queued.some((q) => q.original !== undefined && q.original.value !== q.current?.value)) notRead("kopfzeilen");
      } else if (firstHas) notRead("kopfzeilen");
      if (sections.slice(1).some((own) => own)) notRead("kopfzeilen");
    }
    if (documentXml.includes("txbxContent")) add("textfelder", marksIn(documentXml, "word/document.xml", true));
    return { marks, unread: dedupe(unread) };
  };
}

const NONE: StoryCount = { revisions: 0, comments: 0 };
const sum = (counts: readonly StoryCount[]): StoryCount => counts.reduce((a, c) => ({ revisions: a.revisions + c.revisions, comments: a.comments + c.comments }), NONE);
const dedupe = (findings: readonly Finding[]): Finding[] => findings.filter((f, i) => findings.findIndex((g) => g.params["teil"] === f.params["teil"]) === i);

const SECT_PR = /<((?:[A-Za-z_][\w.-]*:)?)sectPr(?=[\s>/])[^>]*?(\/?)>/gu;
const CHANGE = /<((?:[A-Za-z_][\w.-]*:)?)sectPrChange\b[\s\S]*?<\/\1sectPrChange\s*>/gu;
const REFERENCE = /<(?:[A-Za-z_][\w.-]*:)?(?:header|footer)Reference\b/u;

/**
 * For each section in document order (ECMA-376 §17.6.17: a paragraph's w:sectPr ends its section, the body's own the
 * last one), whether its properties name headers or footers of their own; a former version inside w:sectPrChange
 * does not count. A section that names none shows the previous section's.
 */
export function sectionReferences(documentXml: string): boolean[] {
  const xml = documentXml.replace(CHANGE, "");
  const out: boolean[] = [];
  for (const m of xml.matchAll(SECT_PR)) {
    if (m[2] === "/") {
      out.push(false);
      continue;
    }
    const start = (m.index ?? 0) + m[0].length;
    const end = xml.indexOf(`</${m[1] ?? ""}sectPr`, start);
    out.push(REFERENCE.test(xml.slice(start, end < 0 ? undefined : end)));
  }
  return out;
}
