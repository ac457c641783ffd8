import { SaxesParser } from "saxes";
import { W_NS } from "../ooxml/ooxml";

/**
 * The body as a reader should see it in Word: only what is live.
 *
 * - Content deleted under Track Changes but not yet accepted stays in the body as `w:del`
 *   (and `w:moveFrom`), and a deleted paragraph keeps its mark with a `w:del` in `w:pPr/w:rPr`
 *   (ECMA-376 §17.13.5), a paragraph moved away with a `w:moveFrom` there: both go where no live text is left. Such content is not part of the Vorlage: a paragraph whose mark is
 *   deleted and which has no live text goes, and a control all of whose paragraphs went goes
 *   with them — a deleted clause gets no number and no findings (office-js #1524: the API
 *   itself cannot tell a deleted control from a live one). Inserted-tracked content is live.
 * - A control showing its placeholder (`w:showingPlcHdr`, ECMA-376 §17.5.2.39) reads as empty:
 *   its runs are Word's prompt („Klicken oder tippen Sie hier …“), not a value.
 *
 * Streaming and textual (the pane ships no DOM library): returns the document.xml text with
 * those ranges cut out, and the input itself when there is nothing to cut.
 *
 * The cut keeps the count of tracked changes and comments that read-body.ts takes per paragraph
 * (`check` reports them: validation/rules/open-revisions.ts), so that the pane says what `check`
 * says: a cut `w:del`/`w:moveFrom` leaves an empty `<w:del/>` before its paragraph's end, and a
 * paragraph cut whole hands its tracked changes and comments, as empty `<w:del/>` and
 * `<w:commentReference/>`, to the next live paragraph (the one its deleted mark joins it to;
 * the last one at the end of the body). Empty marks carry no text, so nothing else reads them.
 */
export function liveDocumentXml(xml: string): string {
  if (!/<w:(del|moveFrom|showingPlcHdr)\b/.test(xml)) return xml;
  const parser = new SaxesParser({ xmlns: true });
  const cuts: [number, number][] = [];
  /** Text put in at a place: the marks that keep a cut's count. */
  const inserts: [number, string][] = [];
  type Counts = { revisions: number; comments: number };
  type Frame = { local: string; start: number; prefix: string; sdt?: { placeholder: boolean; paragraphs: number; gone: number }; p?: { markDeleted: boolean; live: boolean; counted: Counts; cutRevisions: number } };
  const stack: Frame[] = [];
  let start = 0;
  /** Inside an element read-body.ts skips (its SKIP set): what is there is not counted. */
  let skipped = 0;
  /** Counts of paragraphs cut whole, for the next live paragraph. */
  const pending: Counts = { revisions: 0, comments: 0 };
  let lastLiveEnd: { at: number; prefix: string } | undefined;
  const nearest = (local: string): Frame | undefined => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]?.local === local) return stack[i];
    return undefined;
  };
  const inside = (local: string): boolean => stack.some((f) => f.local === local);
  const marks = (prefix: string, counts: Counts): string => `<${prefix}:del/>`.repeat(counts.revisions) + `<${prefix}:commentReference/>`.repeat(counts.comments);
  parser.on("opentagstart", () => {
    start = xml.lastIndexOf("<", parser.position - 1);
  });
  parser.on("opentag", (node) => {
    const local = node.uri === W_NS ? node.local : `other:${node.local}`;
    const frame: Frame = { local, start, prefix: node.prefix };
    if (local === "sdt") frame.sdt = { placeholder: false, paragraphs: 0, gone: 0 };
    if (local === "p") frame.p = { markDeleted: false, live: false, counted: { revisions: 0, comments: 0 }, cutRevisions: 0 };
    if (local === "showingPlcHdr") {
      const sdt = nearest("sdt");
      if (sdt?.sdt) sdt.sdt.placeholder = true;
    }
    if ((local === "del" || local === "moveFrom") && inside("pPr") && inside("rPr")) {
      const p = nearest("p");
      if (p?.p) p.p.markDeleted = true;
    }
    countRevision(local);
    stack.push(frame);
    if (COUNT_SKIP.has(local)) skipped++;
  });
  /** read-body.ts's count, per paragraph: the marks it counts outside skipped content, and those of the paragraph mark and a run's properties. */
  function countRevision(local: string): void {
    const p = nearest("p")?.p;
    if (!p) return;
    const parent = stack[stack.length - 1]?.local;
    const grand = stack[stack.length - 2]?.local;
    const above = stack[stack.length - 3]?.local;
    const outside = (levels: number): boolean => skipped === stack.slice(-levels).filter((f) => COUNT_SKIP.has(f.local)).length;
    if (skipped === 0 && (local === "del" || local === "moveFrom" || local === "ins" || local === "moveTo")) {
      p.counted.revisions++;
      if (local === "del" || local === "moveFrom") p.cutRevisions++;
    } else if (skipped === 0 && local === "commentReference") p.counted.comments++;
    else if (parent === "rPr" && grand === "pPr" && above === "p" && outside(2) && ["del", "moveFrom", "ins", "moveTo"].includes(local)) {
      p.counted.revisions++;
      // A moved-away paragraph mark is cut with its w:moveFrom (a deleted one's w:del stays).
      if (local === "moveFrom") p.cutRevisions++;
    } else if (parent === "pPr" && grand === "p" && outside(1) && local === "pPrChange") p.counted.revisions++;
    // A character formatting change (w:rPrChange) is not counted, as read-body.ts does not count it.
  }
  parser.on("text", (text) => {
    const top = stack[stack.length - 1];
    if (top?.local !== "t" || text === "" || inside("del") || inside("moveFrom")) return;
    const p = nearest("p");
    if (p?.p) p.p.live = true;
  });
  parser.on("closetag", () => {
    const frame = stack.pop();
    if (!frame) return;
    if (COUNT_SKIP.has(frame.local)) skipped--;
    const end = parser.position;
    if ((frame.local === "del" && !inside("pPr")) || frame.local === "moveFrom") cuts.push([frame.start, end]);
    if (frame.local === "r") {
      const sdt = nearest("sdt");
      if (sdt?.sdt?.placeholder && inside("sdtContent")) cuts.push([frame.start, end]);
    }
    if (frame.p) {
      const gone = frame.p.markDeleted && !frame.p.live;
      if (gone) {
        cuts.push([frame.start, end]);
        pending.revisions += frame.p.counted.revisions;
        pending.comments += frame.p.counted.comments;
      } else if (skipped === 0 && !inside("p")) {
        const closeAt = xml.lastIndexOf("<", end - 1);
        const counts = { revisions: frame.p.cutRevisions + pending.revisions, comments: pending.comments };
        if (counts.revisions + counts.comments > 0) inserts.push([closeAt, marks(frame.prefix, counts)]);
        pending.revisions = 0;
        pending.comments = 0;
        lastLiveEnd = { at: closeAt, prefix: frame.prefix };
      }
      for (const f of stack) if (f.sdt) {
        f.sdt.paragraphs++;
        if (gone) f.sdt.gone++;
      }
    }
    if (frame.sdt && frame.sdt.paragraphs > 0 && frame.sdt.gone === frame.sdt.paragraphs) cuts.push([frame.start, end]);
  });
  parser.write(xml).close();
  // Cut paragraphs after the last live one: their marks go to it.
  if (lastLiveEnd && pending.revisions + pending.comments > 0) inserts.push([lastLiveEnd.at, marks(lastLiveEnd.prefix, pending)]);
  if (cuts.length === 0 && inserts.length === 0) return xml;
  cuts.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  inserts.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  let next = 0;
  const insertUpTo = (to: number): void => {
    for (; next < inserts.length && (inserts[next] as [number, string])[0] <= to; next++) {
      const [where, text] = inserts[next] as [number, string];
      if (where < at) continue;
      out += xml.slice(at, where) + text;
      at = where;
    }
  };
  for (const [from, to] of cuts) {
    if (to <= at) continue;
    insertUpTo(from);
    out += xml.slice(at, Math.max(at, from));
    at = Math.max(at, to);
  }
  insertUpTo(xml.length);
  return out + xml.slice(at);
}

/** The elements read-body.ts skips (its SKIP set, paragraph and run properties apart): what is inside them is not counted. */
const COUNT_SKIP = new Set(["del", "moveFrom", "instrText", "delText", "drawing", "pict", "object", "other:AlternateContent", "footnoteReference", "endnoteReference", "commentReference", "rPr", "pPr", "sdtEndPr", "fldData", "fldChar", "tblPr", "tblGrid", "trPr", "tcPr", "sectPr", "bookmarkStart", "bookmarkEnd", "proofErr", "lastRenderedPageBreak"]);

/**
 * The controls that are gone under Track Changes: by tag, the positions (in document order
 * among the controls with that tag) of those inside content `liveDocumentXml` cuts — a
 * control whose every paragraph is deleted but not yet accepted, and the controls inside
 * it. Word's collections still list them (office-js #1524), with the same tag as a live
 * copy where a block was moved or rebuilt: writing a number into one would bring deleted
 * content back to life.
 */
export function goneControls(xml: string): ReadonlyMap<string, ReadonlySet<number>> {
  const gone = new Map<string, Set<number>>();
  if (!/<w:del\b/.test(xml)) return gone;
  const parser = new SaxesParser({ xmlns: true });
  type Frame = { local: string; start: number; tag?: string; paragraphs?: number; goneParagraphs?: number; p?: { markDeleted: boolean; live: boolean } };
  const stack: Frame[] = [];
  const controls: { tag: string; start: number; end: number }[] = [];
  const cuts: [number, number][] = [];
  let start = 0;
  const nearest = (local: string): Frame | undefined => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]?.local === local) return stack[i];
    return undefined;
  };
  const inside = (local: string): boolean => stack.some((f) => f.local === local);
  parser.on("opentagstart", () => {
    start = xml.lastIndexOf("<", parser.position - 1);
  });
  parser.on("opentag", (node) => {
    const local = node.uri === W_NS ? node.local : `other:${node.local}`;
    const frame: Frame = { local, start };
    if (local === "sdt") Object.assign(frame, { paragraphs: 0, goneParagraphs: 0 });
    if (local === "p") frame.p = { markDeleted: false, live: false };
    if (local === "tag" && stack[stack.length - 1]?.local === "sdtPr") {
      const sdt = nearest("sdt");
      if (sdt && sdt.tag === undefined) sdt.tag = Object.values(node.attributes).find((a) => a.local === "val")?.value ?? "";
    }
    if ((local === "del" || local === "moveFrom") && inside("pPr") && inside("rPr")) {
      const p = nearest("p");
      if (p?.p) p.p.markDeleted = true;
    }
    stack.push(frame);
  });
  parser.on("text", (text) => {
    if (stack[stack.length - 1]?.local !== "t" || text === "" || inside("del") || inside("moveFrom")) return;
    const p = nearest("p");
    if (p?.p) p.p.live = true;
  });
  parser.on("closetag", () => {
    const frame = stack.pop();
    if (!frame) return;
    const end = parser.position;
    if (frame.p) {
      const isGone = frame.p.markDeleted && !frame.p.live;
      if (isGone) cuts.push([frame.start, end]);
      for (const f of stack)
        if (f.paragraphs !== undefined) {
          f.paragraphs++;
          if (isGone) f.goneParagraphs = (f.goneParagraphs ?? 0) + 1;
        }
    }
    if (frame.local === "sdt") {
      controls.push({ tag: frame.tag ?? "", start: frame.start, end });
      if ((frame.paragraphs ?? 0) > 0 && frame.goneParagraphs === frame.paragraphs) cuts.push([frame.start, end]);
    }
  });
  parser.write(xml).close();
  controls.sort((a, b) => a.start - b.start);
  const seen = new Map<string, number>();
  for (const c of controls) {
    const index = seen.get(c.tag) ?? 0;
    seen.set(c.tag, index + 1);
    if (cuts.some(([from, to]) => from <= c.start && c.end <= to)) gone.set(c.tag, new Set([...(gone.get(c.tag) ?? []), index]));
  }
  return gone;
}
