import { needsNotPrinted, withMetadataNotPrinted } from "../ooxml/body-vorlage";
import type { PortRead } from "../port";
import { formatTag } from "../tags";
import { numberedNodes } from "./block-lookup";
import { queueStoredPart } from "./metadata";
import { lockedNumbers, queueRetags } from "./numbers";
import { documentXmlOf, partXmlOf } from "../ooxml/flat-opc";
import { styleNames } from "./house-styles";
import { readBodyOoxml } from "./read-ooxml";
import type { WordSession } from "./word-session";
import { queueAccessibility, withAccessibility } from "./accessibility";
import { pairBlockIds, queueBlockIds } from "./block-ids";
import { brokenRefFields } from "../ooxml/reference-fields";
import { brokenReferenceFindings } from "../broken-reference-findings";
import { queuePageHeader } from "./page-header";
import { queueStoryMarks } from "./story-revisions-word";
import { ownOutlineOf } from "../shown-findings";
import { paragraphText } from "../ooxml/read-body";
import { mainPartFindings } from "./main-part-findings";

/**
 * Reads the document: the body, and in the same sync the items of our metadata part, whose
 * text is fetched (one more sync) only where the house style leaves something unprinted
 * (issue 21 item 7: those values live in the part, not as hidden text). A pasted copy of a block gets a new id from reading; its new tags
 * are written in this same operation, so that the pane can select or delete it at once.
 */
export async function readDocument(session: WordSession): Promise<PortRead> {
  // The model Word's events and our own writes kept current: no round trip (issue 21, item 4).
  const kept = session.watching && session.current ? session.seen : undefined;
  if (kept) return withAccessibility(session, { vorlage: kept.vorlage, structured: kept.structured, findings: kept.findings, tracking: kept.tracking, ...(kept.ownOutline ? { ownOutline: kept.ownOutline } : {}) });
  return session.run(async (context) => readIn(session, context));
}

/**
 * The body read of `readDocument` inside a Word.run that an action holds (its first sync carries whatever the
 * action queued before): the last read (`session.seen`) is then this one, with its paragraphs.
 */
export async function readIn(session: WordSession, context: Word.RequestContext): Promise<PortRead> {
  {
    const ooxml = context.document.body.getOoxml();
    const tracking = session.queueTracking(context);
    const stored = queueStoredPart(session, context);
    const accessibility = queueAccessibility(session, context);
    // The first page's header texts in the same sync; split into lines only where recognition asks (page-header.ts).
    const pageHeader = queuePageHeader(session, context);
    // Tracked changes and comments in footnotes, page headers and footers and text boxes, as check counts them (story-revisions-word.ts).
    const stories = queueStoryMarks(session, context);
    // Where paragraph events can keep the model current (WordApi 1.6) but undo may raise none (the web), the ids of
    // our block controls: what each action's check compares (block-ids.ts).
    const blockIds = session.host.supports("WordApi", "1.6") && session.host.undoRaisesEvents?.() !== true ? queueBlockIds(context) : undefined;
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by sync; it has no load
    const flatOpc = ooxml.value;
    // Later sections' headers and footers, where one names its own, in one more sync for all of them (story-revisions-word.ts).
    const story = await stories(flatOpc, documentXmlOf(flatOpc) ?? "");
    const body = readBodyOoxml(flatOpc, session.profile, session.ids, pageHeader, () => story.marks);
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by sync; it has no load
    accessibility(ooxml.value, body);
    // What the house style does not print lives in the metadata part (src/core/metadata/not-printed.ts): read from there.
    // Date and formula fields, text nobody sees: what check finds in the same document.xml (main-part-findings.ts).
    const main = mainPartFindings(body.documentXml, withMetadataNotPrinted(body.vorlage, body.structure, (await stored.read(needsNotPrinted(body.structure, session.profile)))?.vorlage, session.profile));
    const vorlage = main.vorlage;
    const copies = body.structure.findings.filter((f) => f.code === "structure-id-reassigned");
    if (copies.length > 0) {
      const map = new Map<string, Word.ContentControl[]>();
      const wanted = new Set<string>();
      const nodes = new Map(numberedNodes(body.vorlage).map((n) => [n.id, n]));
      for (const f of copies) {
        const id = String(f.params["id"]);
        const node = nodes.get(String(f.params["neu"]));
        if (node) wanted.add(node.tagOf(id));
        wanted.add(formatTag({ kind: "nr", id }));
      }
      const lists = [...wanted].map((tag) => {
        const list = context.document.body.contentControls.getByTag(tag);
        list.load("items/tag");
        return [tag, list] as const;
      });
      await context.sync();
      for (const [tag, list] of lists) map.set(tag, list.items);
      await session.orderCopies(context, map);
      queueRetags(body, map);
      await context.sync();
    }
    // No number of ours is locked (docs/architecture.md „How numbers live in Word“); under Track Changes the locks an
    // earlier version left are taken off at once: Word would refuse a user's deletion or Review in them (office-js #2886).
    const locked = tracking() ? lockedNumbers(body.documentXml) : [];
    if (locked.length > 0) {
      for (const tag of locked) context.document.body.contentControls.getByTag(tag).getFirst().cannotEdit = false;
      await context.sync();
    }
    // A REF field to a bookmark the body lacks prints Word's „Fehler! Verweisquelle …“: the body's OOXML holds its
    // bookmarks (Body.getOoxml does; a paragraph's may omit a bookmark that spans paragraphs, office-js #5014).
    // Tracked changes and comments left in the document: the text is not decided yet (as `check` says it).
    // What reading found, as check's read adds it (recognition's findings among them: `recognize-page-header`).
    const findings = [...body.structure.findings, ...body.recognition, ...brokenReferenceFindings(brokenRefFields(body.documentXml)), ...body.openRevisions, ...story.unread, ...main.findings, ...stored.duplicates()];
    return withAccessibility(session, session.remember({ vorlage, structured: body.structure.structured, findings, tracking: tracking(), ownOutline: ownOutlineOf(vorlage, session.profile, () => body.paragraphs.map(paragraphText)) }, body.paragraphs, /<w:(del|moveFrom)\b/.test(body.documentXml), {
      documentXml: body.documentXml,
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by sync; it has no load
      styleNames: styleNames(partXmlOf(ooxml.value, "/word/styles.xml")),
      // Without tracking, locks an earlier version left stay until a write into the number takes them off.
      locked: new Set(locked.length > 0 ? [] : lockedNumbers(body.documentXml)),
      controlIds: blockIds && copies.length === 0 ? pairBlockIds(vorlage, blockIds()) : undefined,
      pageHeader: body.pageHeader,
      ...(body.places ? { places: body.places } : {}),
    }));
  }
}

