import type { VerteilerEintrag, Vorlage } from "../../core/model/vorlage";
import { BlockNotFoundError } from "../block-not-found";
import { toFlatOpc } from "../ooxml/flat-opc";
import { stylesXml } from "../ooxml/house-style-parts";
import { renderVerteiler } from "../ooxml/render-vorlage";
import { entryPlacement, renderEntry, type EntryList } from "../parts";
import { formatTag } from "../tags";
import { entryShape, queueEntryBuild, type EntryAnchor } from "./build-entry";
import { cutBlock } from "./cut-block";
import { planEntryWrite } from "./entry-plan";
import { asDocument, queueField, queuePlace } from "./fields-and-parts";
import { goneControls } from "./live-body";
import { partFields, sameShape, type PartField } from "./part-fields";
import { withBitteShown } from "./shown-bitte";
import type { ChangeRead, WordSession } from "./word-session";

export async function insertEntry(session: WordSession, list: EntryList, vorlage: Vorlage, id: string): Promise<void> {
  await session.write(async (context) => {
    const read = await session.readForChange(context);
    const rendered = renderEntry(list, vorlage, id, session.profile);
    const placement = entryPlacement(list, read.body.vorlage);
    if (!queueBuilt(context, read, session, rendered, { kind: "placement", placement })) queuePlace(context, read.tags, toFlatOpc(rendered, "", stylesXml(session.profile)), undefined, placement);
    await context.sync();
  });
}

/**
 * Writes one entry as `vorlage` has it (DocumentPort.writeEntry: correct, remove, put back for undo), in one
 * Word.run: the read, then one sync of writes. A correction that keeps the entry's fields writes only the
 * fields whose text differs, through their own controls with Word's API (no insertOoxml): the rest of the
 * entry, its formatting and a colleague's comments or revisions in it stay. A removal deletes the entry's
 * control (under Track Changes a tracked deletion Word's Review can accept or reject). An entry whose fields
 * change (a Vermerk added, a Zeichnung's Verteiler replaced) is replaced whole, and one put back is inserted
 * whole, as `insertEntry` writes a new one: with Word's API (build-entry.ts; insertOoxml takes seconds on the web,
 * issue 21 item 4): in the house styles by name where the document has them, else with their format set directly;
 * empty fields with placeholder text, a forwarding office's page break and line break with Range.insertBreak, a
 * Bitte written once under recipients that share it hidden with Font.hidden. Only where the host has no
 * Font.hidden (Word on the web) does an entry with such a hidden Bitte go as OOXML. Entries hold no numbers:
 * nothing is locked.
 */
export async function writeEntry(session: WordSession, list: EntryList, vorlage: Vorlage, id: string): Promise<void> {
  await session.write(async (context) => {
    const read = await session.readForChange(context);
    const plan = planEntryWrite(list, vorlage, id, read.body.vorlage, (t) => (read.tags.get(t)?.length ?? 0) > 0);
    if (plan.kind === "nothing") return;
    const control = (tag: string): Word.ContentControl => {
      const found = read.tags.get(tag)?.[0];
      if (!found) throw new BlockNotFoundError(tag);
      return found;
    };
    // The recipient before this one, whose Bitte was written once for both and must show now that they differ.
    const previous = list === "verteiler" ? hiddenBitteToShow(read, vorlage, id) : undefined;
    const flat = (xml: string): string => toFlatOpc(xml, "", stylesXml(session.profile));
    /** Entry `rendered` at `anchor` with Word's API where it can be built so (see `entryShape`), else as OOXML by `ooxml`. */
    const put = (rendered: string, anchor: EntryAnchor, ooxml: () => void): void => {
      if (!queueBuilt(context, read, session, rendered, anchor)) ooxml();
    };
    /** Entry `rendered` in place of the control tagged `tag`: the new one after it, the old one deleted. */
    const replace = (rendered: string, tag: string): void => {
      const old = control(tag);
      put(rendered, { kind: "control", control: old, location: "After" }, () => old.getRange("Whole").insertOoxml(flat(rendered), "After"));
      old.delete(false);
    };
    if (previous) replace(renderVerteiler(previous, session.profile), formatTag({ kind: "verteiler", id: previous.id }));
    if (plan.kind === "remove") control(plan.tag).delete(false);
    else {
      const rendered = list === "zeichnung" ? withBitteShown(renderEntry(list, vorlage, id, session.profile), bitteShownUnder(read, vorlage, id)) : renderEntry(list, vorlage, id, session.profile);
      if (plan.kind === "rewrite") {
        const written = queueEntryFields(read, plan.tag, rendered);
        if (written === 0 && !previous) return;
        if (written === undefined) replace(rendered, plan.tag);
      } else if (plan.kind === "place") put(rendered, { kind: "placement", placement: plan.placement }, () => queuePlace(context, read.tags, flat(rendered), undefined, plan.placement));
      // "Start" on a control inserts inside it before its first child (office-js #866): where a Zeichnung's Verteiler begins.
      else if (plan.kind === "inside" && plan.first) put(rendered, { kind: "control", control: control(plan.tag), location: "Start" }, () => control(plan.tag).insertOoxml(flat(rendered), "Start"));
      else if (plan.kind === "inside") {
        const last = control(plan.tag).paragraphs.getLast();
        put(rendered, { kind: "paragraph", paragraph: last, location: "Before" }, () => last.getRange("Whole").insertOoxml(flat(rendered), "Before"));
      } else {
        const location = plan.kind === "after" ? "After" : "Before";
        put(rendered, { kind: "control", control: control(plan.tag), location }, () => control(plan.tag).getRange("Whole").insertOoxml(flat(rendered), location));
      }
    }
    await context.sync();
  });
}

/**
 * Queues entry `rendered` at `anchor` built with Word's API (build-entry.ts: no insertOoxml) where its shape
 * allows; false where it must go as OOXML (the caller's path).
 */
function queueBuilt(context: Word.RequestContext, read: ChangeRead, session: WordSession, rendered: string, anchor: EntryAnchor): boolean {
  const shape = entryShape(rendered, session.profile, { canHide: session.host.supports("WordApiDesktop", "1.2") });
  if (!shape) return false;
  queueEntryBuild(context, read.tags, shape, anchor, { profile: session.profile, styleNames: read.styleNames });
  return true;
}

/**
 * Queues the field writes that make entry `tag` read as `rendered`, each through the field's own control
 * (one the first read showed inside the entry, so no probe sync): how many, or undefined where the entry's
 * fields differ in kind or order from the rendered ones and only a whole rewrite can make it so.
 */
export function queueEntryFields(read: ChangeRead, tag: string, rendered: string): number | undefined {
  const have = liveFields(read, tag);
  const want = partFields(asDocument(rendered, ""));
  if (!sameShape(have, want) || want.some((w) => w.entry === undefined || !read.tags.get(w.entry)?.[0])) return undefined;
  // A hidden field that is to be shown (a Bitte no longer shared with the next recipient) has no expression in a text write.
  if (want.some((w, i) => have[i]?.hidden === true && !w.hidden && (w.text !== have[i]?.text))) return undefined;
  let written = 0;
  want.forEach((w, i) => {
    if (w.text === have[i]?.text) return;
    const scope = read.tags.get(w.entry as string)?.[0] as Word.ContentControl;
    queueField(scope.contentControls.getByTag(formatTag({ kind: "feld", name: w.name })).getFirst(), w.text);
    written++;
  });
  return written;
}

/** The fields of the live control tagged `tag`: the first that Track Changes has not deleted (read.tags leaves those out). */
export function liveFields(read: ChangeRead, tag: string): PartField[] {
  const gone = goneControls(read.body.documentXml).get(tag) ?? new Set<number>();
  let live = 0;
  while (gone.has(live)) live++;
  const cut = cutBlock(read.body.documentXml, tag, new Map(), live);
  return partFields(asDocument(cut.xml, cut.namespaces));
}

/**
 * The recipients under Zeichnung `zeichnungId` in `vorlage` whose Bitte is to stay shown when the Zeichnung is
 * written whole: every one but those whose Bitte the document hides now (see `withBitteShown`).
 */
export function bitteShownUnder(read: ChangeRead, vorlage: Vorlage, zeichnungId: string): Set<string> {
  const hidden = (entryId: string): boolean => {
    const tag = formatTag({ kind: "verteiler", id: entryId });
    return read.tags.get(tag)?.[0] !== undefined && liveFields(read, tag).some((f) => f.name === "bitte" && f.hidden);
  };
  return new Set(vorlage.verteiler.filter((e) => e.zeichnung === zeichnungId && !hidden(e.id)).map((e) => e.id));
}

/**
 * The recipient right before `id` in its run, as `vorlage` has it, where the document hides its Bitte
 * (written once under a run of recipients that share it) and, after this write, the next recipient no longer
 * shares it: the print would read as if it did. Undefined where nothing is to show.
 */
export function hiddenBitteToShow(read: ChangeRead, vorlage: Vorlage, id: string): VerteilerEintrag | undefined {
  const inDocument = read.body.vorlage.verteiler;
  const own = inDocument.find((e) => e.id === id);
  if (!own) return undefined;
  const documentRun = inDocument.filter((e) => e.zeichnung === own.zeichnung);
  const before = documentRun[documentRun.findIndex((e) => e.id === id) - 1];
  const previous = before && vorlage.verteiler.find((e) => e.id === before.id);
  if (!previous) return undefined;
  const run = vorlage.verteiler.filter((e) => e.zeichnung === previous.zeichnung);
  const next = run[run.findIndex((e) => e.id === previous.id) + 1];
  if (next !== undefined && next.bitte === previous.bitte && previous.bitte !== undefined) return undefined;
  const tag = formatTag({ kind: "verteiler", id: previous.id });
  if (!read.tags.get(tag)?.[0]) return undefined;
  return liveFields(read, tag).some((f) => f.name === "bitte" && f.hidden) ? previous : undefined;
}

