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
 *   changes are open whose number the API does not give: `bereich-nicht-geprueft`. Below 1.4: `bereich-nicht-geprueft`
 *   where the body's section properties name headers or footers.
 * - Later sections that name headers or footers of their own (a section that names none shows the previous one's,
 *   ECMA-376 §17.10.5: counting it again would count one story twice): the same, for the types each names, through
 *   `Document.sections` loaded in the body read's sync (`items`, WordApi 1.1). Which sections there are the read
 *   learns only from that sync (the body's OOXML): the Word API has no way to name the n-th section before a sync
 *   (`Section.getNextOrNullObject` answers a null object past the last, which cannot be asked for a header), so their
 *   stories are queued together into one more sync, for all of them at once, only where a later section names its
 *   own. Where the sections Word lists are not those of the OOXML: `bereich-nicht-geprueft`.
 */
export function queueStoryMarks(session: WordSession, context: Word.RequestContext): (flatOpc: string, documentXml: string) => Promise<StoryRead> {
  const host = session.host;
  const reviewed = host.supports("WordApi", "1.4");
  const tracked = host.supports("WordApi", "1.6");
  /** One header or footer body's marks, queued. */
  const queue = (body: Word.Body): QueuedStory => {
    const comments = body.getComments();
    comments.load("items/id");
    if (tracked) {
      const changes = body.getTrackedChanges();
      changes.load("items/type");
      return { changes, comments };
    }
    return { comments, original: body.getReviewedText("Original"), current: body.getReviewedText("Current") };
  };
  const queued: QueuedStory[] = [];
  const sections = reviewed ? context.document.sections : undefined;
  if (sections) {
    const first = sections.getFirst();
    for (const kind of KINDS) for (const type of TYPES) queued.push(queue(kind === "Header" ? first.getHeader(type) : first.getFooter(type)));
    sections.load("items");
  }
  return async (flatOpc, documentXml) => {
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
      const own = sectionStories(documentXml);
      const later: QueuedStory[] = [];
      if (sections) {
        const items = sections.items;
        if (items.length === own.length)
          own.forEach((named, i) => {
            const section = items[i];
            if (i === 0 || !section) return;
            for (const { kind, type } of named) later.push(queue(kind === "Header" ? section.getHeader(type) : section.getFooter(type)));
          });
        else if (own.slice(1).some((named) => named.length > 0)) notRead("kopfzeilen");
        // All later sections' stories in one more sync, never one per section.
        if (later.length > 0) await context.sync();
        const all = [...queued, ...later];
        const comments = all.reduce((n, q) => n + (q.comments?.items.length ?? 0), 0);
        const revisions = all.reduce((n, q) => n + (q.changes?.items.length ?? 0), 0);
        add("kopfzeilen", { revisions, comments });
        // Below WordApi 1.6: a change shows as a reviewed text unlike the original, but not how many there are.
        if (all.some((q) => q.original !== undefined && q.original.value !== q.current?.value)) notRead("kopfzeilen");
      } else if (own.some((named) => named.length > 0)) notRead("kopfzeilen");
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
const REFERENCE = /<(?:[A-Za-z_][\w.-]*:)?(header|footer)Reference\b([^>]*)>/gu;
const HEADER_TYPE: Readonly<Record<string, (typeof TYPES)[number]>> = { default: "Primary", first: "FirstPage", even: "EvenPages" };

/** A header or footer a section names of its own. */
export interface NamedStory {
  readonly kind: Kind;
  readonly type: (typeof TYPES)[number];
}

/**
 * For each section in document order (ECMA-376 §17.6.17: a paragraph's w:sectPr ends its section, the body's own the
 * last one), the headers and footers its properties name of their own (w:headerReference / w:footerReference with
 * their w:type, default where none, §17.10.5); a former version inside w:sectPrChange does not count. A section that
 * names none of a type shows the previous section's.
 */
export function sectionStories(documentXml: string): NamedStory[][] {
  const xml = documentXml.replace(CHANGE, "");
  const out: NamedStory[][] = [];
  for (const m of xml.matchAll(SECT_PR)) {
    if (m[2] === "/") {
      out.push([]);
      continue;
    }
    const start = (m.index ?? 0) + m[0].length;
    const end = xml.indexOf(`</${m[1] ?? ""}sectPr`, start);
    const named: NamedStory[] = [];
    for (const r of xml.slice(start, end < 0 ? undefined : end).matchAll(REFERENCE)) {
      const type = HEADER_TYPE[/(?:^|\s)(?:[A-Za-z_][\w.-]*:)?type\s*=\s*["']([^"']*)["']/u.exec(r[2] ?? "")?.[1] ?? "default"];
      const kind: Kind = r[1] === "header" ? "Header" : "Footer";
      if (type && !named.some((n) => n.kind === kind && n.type === type)) named.push({ kind, type });
    }
    out.push(named);
  }
  return out;
}

/** For each section in document order, whether its properties name headers or footers of their own (sectionStories). */
export function sectionReferences(documentXml: string): boolean[] {
  return sectionStories(documentXml).map((named) => named.length > 0);
}
