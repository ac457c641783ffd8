import type { Vorlage } from "../../core/model/vorlage";
import { BlockNotFoundError } from "../block-not-found";
import { toFlatOpc } from "../ooxml/flat-opc";
import { stylesXml } from "../ooxml/house-style-parts";
import { W_NS } from "../ooxml/ooxml";
import { placementOf, renderPart, type Part, type Placement } from "../parts";
import { formatTag } from "../tags";
import { notPrinted, printsEverything, withNotPrintedOf } from "../../core/metadata/not-printed";
import { isNotPrintedField, withNotPrintedFields } from "../ooxml/not-printed-fields";
import { cutBlock } from "./cut-block";
import { loadMetadataWrite, writeMetadata } from "./metadata";
import { readDocument, readIn } from "./read-document";
import { partFields, sameShape } from "./part-fields";
import { bodyVorlage, withMetadataNotPrinted } from "../ooxml/body-vorlage";
import type { BodyParagraph } from "../ooxml/read-body";
import { readStructure } from "../ooxml/read-structure";
import { withFieldText } from "./patch-fields";
import { queueTitleFromBetreff } from "./accessibility";
import type { ChangeRead, Controls, Seen, WordSession } from "./word-session";

/** The field controls in the body (a header control may reuse a tag of ours), null objects where missing. */
export function queueFields(context: Word.RequestContext, names: readonly string[]): (readonly [string, Word.ContentControl])[] {
  return names.map((name) => {
    const control = context.document.body.contentControls.getByTag(formatTag({ kind: "feld", name })).getFirstOrNullObject();
    control.load("isNullObject");
    return [name, control] as const;
  });
}

/** Writes a field through its control. An empty value clears it (Word then shows its placeholder): never an empty string. */
export function queueField(control: Word.ContentControl, value: string): void {
  if (value === "") control.clear();
  else control.insertText(value, "Replace");
}

/**
 * Field controls get their text; a field the house style does not print and that has no
 * control in the body goes into the metadata part (as the .docx adapter does). All or none:
 * the part is checked to be writable and every other field's control to exist before anything
 * changes. One Word.run: a first sync reads the body (with the metadata part's items, the field
 * controls and what the metadata write replaces), a second writes the fields and the part.
 */
export async function setFields(session: WordSession, values: Readonly<Record<string, string>>): Promise<void> {
  const np = notPrinted(session.profile);
  const names = Object.keys(values).filter((name) => isNotPrintedField(name, np));
  if (names.length === 0) return setBodyFields(session, values);
  const prepared = await session.write(async (context) => {
    const probes = queueFields(context, Object.keys(values));
    const metadata = loadMetadataWrite(session, context);
    const current = await readIn(session, context);
    const unprinted = names.filter((n) => probes.find(([m]) => m === n)?.[1].isNullObject);
    const inBody = probes.filter(([n]) => !unprinted.includes(n));
    // All or none: nothing is written when a printed field has no control.
    const missing = inBody.find(([, control]) => control.isNullObject);
    if (missing) throw new BlockNotFoundError(formatTag({ kind: "feld", name: missing[0] }));
    const bodyValues = Object.fromEntries(inBody.map(([n]) => [n, values[n] as string]));
    const next = withNotPrintedFields(current.vorlage, Object.fromEntries(unprinted.map((n) => [n, values[n] as string])), np);
    // What the body reads once the fields are written: the fields patched into the paragraphs just read, else read again after writing them.
    let after = withBodyFields(session, current.vorlage, bodyValues);
    if (!after && inBody.length > 0) {
      for (const [name, control] of inBody) queueField(control, values[name] as string);
      await context.sync();
      after = (await readIn(session, context)).vorlage;
    } else for (const [name, control] of inBody) queueField(control, values[name] as string);
    const write = unprinted.length > 0 ? metadata(withNotPrintedOf(after ?? current.vorlage, next, np)) : undefined;
    write?.queue();
    await context.sync();
    return write;
  });
  // The next read reads body and part.
  session.current = false;
  await prepared?.after();
}

/** The Vorlage as the body reads once `values` are in their field controls, from the last read's paragraphs; undefined where a field cannot be placed there. */
function withBodyFields(session: WordSession, vorlage: Vorlage, values: Readonly<Record<string, string>>): Vorlage | undefined {
  let paragraphs: readonly BodyParagraph[] | undefined = session.seen?.paragraphs;
  for (const [name, value] of Object.entries(values)) paragraphs = paragraphs && withFieldText(paragraphs, undefined, name, value);
  if (!paragraphs) return undefined;
  const structure = readStructure(paragraphs, session.profile, session.ids);
  return { ...withMetadataNotPrinted(bodyVorlage(paragraphs, structure, session.profile, session.ids), structure, vorlage, session.profile), sections: vorlage.sections };
}

/** Writes the metadata part with not-printed values the kept model does not know: the next read reads body and part. */
async function writeNotPrinted(session: WordSession, vorlage: Vorlage): Promise<void> {
  session.current = false;
  await writeMetadata(session, vorlage);
}

async function setBodyFields(session: WordSession, values: Readonly<Record<string, string>>): Promise<void> {
  const kept = session.kept();
  await session.write(async (context) => {
    const controls = queueFields(context, Object.keys(values));
    await context.sync();
    // All or none: nothing is written when one field is missing.
    const missing = controls.find(([, control]) => control.isNullObject);
    if (missing) throw new BlockNotFoundError(formatTag({ kind: "feld", name: missing[0] }));
    for (const [name, control] of controls) queueField(control, values[name] as string);
    await context.sync();
    // Without events the kept model may miss a user's text: nothing is kept, the next read reads the body.
    if (kept && !kept.check) keepFields(session, kept, values);
  });
}

/**
 * The kept model with the fields written, as the live refresh patches a user's typing (issue 21, item 4): the
 * pane's read after „Speichern“ then reads no body. Where a field cannot be placed in the paragraphs the last
 * read saw (it was empty, or stands twice), nothing is kept and the next read reads the body.
 */
function keepFields(session: WordSession, kept: Seen, values: Readonly<Record<string, string>>): void {
  let paragraphs: readonly BodyParagraph[] | undefined = kept.paragraphs;
  for (const [name, value] of Object.entries(values)) paragraphs = paragraphs && withFieldText(paragraphs, undefined, name, value);
  if (!paragraphs) return;
  const structure = readStructure(paragraphs, session.profile, session.ids);
  // What the house style does not print is not in the paragraphs: it stays as the kept model has it (from the metadata part).
  const parts = withMetadataNotPrinted(bodyVorlage(paragraphs, structure, session.profile, session.ids), structure, kept.vorlage, session.profile);
  session.keep({ ...parts, sections: kept.vorlage.sections }, [], paragraphs);
}

/**
 * Saves the Angaben in one Word.run, all or nothing: the fields through their controls
 * where the document has its header; where it has none (a blank document), Kopf and
 * Zuständigkeit written whole; the Finanzierung when asked.
 */
export async function saveDetails(session: WordSession, fields: Readonly<Record<string, string>>, next: Vorlage, finanzierung: boolean): Promise<void> {
  const np = notPrinted(session.profile);
  let unprinted: Record<string, string> = {};
  let wroteParts = false;
  await session.write(async (context) => {
    const read = await session.readForChange(context);
    const all = queueFields(context, Object.keys(fields));
    // The document's title follows the Betreff (accessibility: a document has a title), in this action's write sync.
    const title = "header.betreff" in fields ? queueTitleFromBetreff(session, context) : undefined;
    await context.sync();
    title?.(read.body.vorlage.header.betreff, next.header.betreff);
    // A field the house style does not print has no control: it goes into the metadata part, and is no reason to rewrite the Kopf.
    unprinted = Object.fromEntries(all.filter(([name, c]) => c.isNullObject && isNotPrintedField(name, np)).map(([name]) => [name, fields[name] as string]));
    const controls = all.filter(([name]) => !(name in unprinted));
    const whole = controls.length > 0 && controls.some(([, c]) => c.isNullObject);
    // Render first: a part that cannot be rendered stops the action before any write.
    const headXml = whole ? renderPart("kopf", next, session.profile) + renderPart("zustaendigkeit", next, session.profile) : "";
    const moneyXml = finanzierung ? renderPart("finanzierung", next, session.profile) : "";
    const head = headXml !== "" ? toFlatOpc(headXml, "", stylesXml(session.profile)) : undefined;
    const money = moneyXml !== "" ? toFlatOpc(moneyXml, "", stylesXml(session.profile)) : undefined;
    wroteParts = whole || finanzierung;
    if (finanzierung && !money) read.tags.get(formatTag({ kind: "finanzierung" }))?.[0]?.delete(false);
    if (whole && renderPart("zustaendigkeit", next, session.profile) === "") read.tags.get(formatTag({ kind: "zustaendigkeit" }))?.[0]?.delete(false);
    if (!whole) for (const [name, control] of controls) queueField(control, fields[name] as string);
    if (head) {
      // Kopf and Zuständigkeit in one piece at the start (replacing a Kopf without the fields asked for).
      queuePlace(context, read.tags, head, formatTag({ kind: "kopf" }), { kind: "start" });
      read.tags.get(formatTag({ kind: "zustaendigkeit" }))?.[0]?.delete(false);
    }
    if (money) queuePlace(context, read.tags, money, formatTag({ kind: "finanzierung" }), placementOf("finanzierung", read.body.vorlage, (t) => read.tags.has(t)));
    await context.sync();
  });
  if (printsEverything(np) || (!wroteParts && Object.keys(unprinted).length === 0)) return;
  // The body write left the metadata part as it was: the read after it has the stored values the fields not set keep.
  const after = (await readDocument(session)).vorlage;
  await writeNotPrinted(session, withNotPrintedOf(after, wroteParts ? next : withNotPrintedFields(after, unprinted, np), np));
}

/**
 * Queues block XML in place of the control `replace` (if there) or at `placement`. A
 * whole part is OOXML by nature (fields, entries and their layout in one piece); this is
 * the remaining insertOoxml path, for parts the document does not have yet or replaces.
 */
export function queuePlace(context: Word.RequestContext, tags: Controls, flatOpc: string, replace: string | undefined, placement: Placement): void {
  const old = replace === undefined ? undefined : tags.get(replace)?.[0];
  if (old) {
    old.getRange("Whole").insertOoxml(flatOpc, "After");
    old.delete(false);
  } else if (placement.kind === "start") context.document.body.insertOoxml(flatOpc, "Start");
  else if (placement.kind === "end") context.document.body.insertOoxml(flatOpc, "End");
  else {
    const anchor = tags.get(placement.tag)?.[0];
    if (!anchor) throw new BlockNotFoundError(placement.tag);
    anchor.getRange("Whole").insertOoxml(flatOpc, "After");
  }
}

/**
 * Writes a part from the model. Where the document has the part with the same fields and
 * entries, only the fields whose text differs are written, through their own controls:
 * colleagues' comments, tracked changes and formatting elsewhere in the part stay. Where
 * the part is missing or its entries differ, it is written whole (OOXML: a part is fields,
 * entries and their layout in one piece).
 */
export async function writePart(session: WordSession, part: Part, vorlage: Vorlage): Promise<void> {
  await writePartBody(session, part, vorlage);
  // What the house style does not print is not in the body: it goes into the metadata part, the rest as the body now reads.
  const np = notPrinted(session.profile);
  if (!printsEverything(np)) await writeNotPrinted(session, withNotPrintedOf((await readDocument(session)).vorlage, vorlage, np));
}

async function writePartBody(session: WordSession, part: Part, vorlage: Vorlage): Promise<void> {
  await session.write(async (context) => {
    const read = await session.readForChange(context);
    const rendered = renderPart(part, vorlage, session.profile);
    const tag = formatTag({ kind: part });
    const existing = read.tags.get(tag)?.[0];
    // Not printed: nothing goes into the body, and an earlier version's hidden block of ours (by its tag) goes.
    if (rendered === "") {
      if (!existing) return;
      existing.delete(false);
      return void (await context.sync());
    }
    if (existing && (await writePartInPlace(context, read, existing, tag, rendered))) return;
    queuePlace(context, read.tags, toFlatOpc(rendered, "", stylesXml(session.profile)), tag, placementOf(part, read.body.vorlage, (t) => read.tags.has(t)));
    await context.sync();
  });
}

export async function writePartInPlace(context: Word.RequestContext, read: ChangeRead, part: Word.ContentControl, tag: string, rendered: string): Promise<boolean> {
  const cut = cutBlock(read.body.documentXml, tag, new Map());
  const have = partFields(asDocument(cut.xml, cut.namespaces));
  const want = partFields(asDocument(rendered, ""));
  if (!sameShape(have, want)) return false;
  const writes: (readonly [string, Word.ContentControl])[] = [];
  want.forEach((w, i) => {
    if (w.text === have[i]?.text) return;
    const scope = w.entry === undefined ? part : read.tags.get(w.entry)?.[0];
    const control = scope?.contentControls.getByTag(formatTag({ kind: "feld", name: w.name })).getFirstOrNullObject();
    control?.load("isNullObject");
    if (control) writes.push([w.text, control]);
  });
  if (writes.length === 0) return true;
  await context.sync();
  if (writes.some(([, c]) => c.isNullObject)) return false;
  for (const [text, control] of writes) queueField(control, text);
  await context.sync();
  return true;
}

/** A fragment of body XML as a document, declaring the `w` namespace (what partFields reads). */
export function asDocument(xml: string, namespaces: string): string {
  return `<w:document${namespaces.includes("xmlns:w=") ? namespaces : ` xmlns:w="${W_NS}"${namespaces}`}><w:body>${xml}</w:body></w:document>`;
}
