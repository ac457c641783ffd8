import { SaxesParser } from "saxes";
import { BlockNotFoundError } from "../block-not-found";
import { W_NS } from "../ooxml/ooxml";
import { parseTag } from "../tags";

/** A block's XML as it stands in the body, and the namespace declarations it needs to stand alone. */
export interface CutBlock {
  readonly xml: string;
  readonly namespaces: string;
}

/**
 * Cuts the content control tagged `tag` out of a document.xml text, with its number
 * controls set to `numbers`, by streaming (no tree: the pane in Word ships no DOM
 * library). The cut is the original text, byte for byte, but for the number texts. Where
 * the tag repeats (a former version deleted under Track Changes beside the live one), the
 * `occurrence`-th control with it in document order is cut.
 */
export function cutBlock(documentXml: string, tag: string, numbers: ReadonlyMap<string, string>, occurrence = 0): CutBlock {
  const parser = new SaxesParser({ xmlns: true });
  const sdts: { start: number; tag?: string; nr?: string; texts: number }[] = [];
  let inTag = false;
  let target: { start: number; end?: number } | undefined;
  let namespaces = "";
  const edits: { from: number; to: number; text: string }[] = [];
  let textStart = -1;
  // Controls with the tag so far: the cut is the `occurrence`-th in document order (0: the first).
  let seen = 0;
  parser.on("opentagstart", (node) => {
    if (node.name.endsWith(":sdt") || node.name === "sdt") sdts.push({ start: documentXml.lastIndexOf("<", parser.position - 1), texts: 0 });
  });
  parser.on("opentag", (node) => {
    if (node.local === "document" && node.uri === W_NS) {
      namespaces = Object.values(node.attributes)
        .filter((a) => a.prefix === "xmlns" || a.name === "xmlns")
        .map((a) => ` ${a.name}="${a.value.replace(/"/g, "&quot;")}"`)
        .join("");
    }
    const top = sdts[sdts.length - 1];
    if (node.uri !== W_NS || !top) return;
    if (node.local === "sdtPr") inTag = true;
    else if (node.local === "tag" && inTag && top.tag === undefined) {
      const value = Object.values(node.attributes).find((a) => a.local === "val")?.value ?? "";
      top.tag = value;
      const parsed = parseTag(value);
      if (parsed?.kind === "nr") top.nr = numbers.get(parsed.id);
      if (value === tag && !target && seen++ === occurrence) target = { start: top.start };
    } else if (node.local === "t" && !node.isSelfClosing) textStart = parser.position;
  });
  parser.on("closetag", (node) => {
    if (node.uri !== W_NS) return;
    if (node.local === "sdtPr") inTag = false;
    else if (node.local === "t" && textStart >= 0) {
      // The innermost number control around this text, if it is inside the block we cut.
      const nr = [...sdts].reverse().find((s) => s.nr !== undefined);
      if (nr && target && target.end === undefined && nr.start >= target.start) {
        edits.push({ from: textStart, to: documentXml.lastIndexOf("<", parser.position - 1), text: nr.texts === 0 ? (nr.nr as string) : "" });
        nr.texts++;
      }
      textStart = -1;
    } else if (node.local === "sdt") {
      const done = sdts.pop();
      if (target && done?.start === target.start && target.end === undefined) target.end = parser.position;
    }
  });
  parser.write(documentXml).close();
  if (!target || target.end === undefined) throw new BlockNotFoundError(tag);
  const { start, end } = target;
  let xml = "";
  let at = start;
  for (const e of edits.filter((x) => x.from >= start && x.to <= end)) {
    xml += documentXml.slice(at, e.from) + e.text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    at = e.to;
  }
  xml += documentXml.slice(at, end);
  return { xml, namespaces };
}
