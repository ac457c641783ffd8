import { SaxesParser } from "saxes";
import { STYLE_IDS, W_NS } from "../ooxml/ooxml";
import { parseTag } from "../tags";

/** What a paragraph of a block may carry and still be rebuilt from its text alone. */
const PLAIN_IN_PARAGRAPH = new Set(["p", "pPr", "pStyle", "ind", "r", "t", "tab", "br", "proofErr", "lastRenderedPageBreak"]);

/**
 * Whether a block's XML (a cut from `cutBlock`) holds nothing but its text as the add-in
 * writes it: paragraphs in our style or our indents, unformatted runs of text, tabs and
 * breaks, and our number control. Such a block can be rebuilt at another place with Word's
 * own API (insertParagraph / insertText) without losing anything of the user's. A run with
 * formatting, a field, a link, a bookmark, a revision, a comment or another control is not
 * plain: it must travel as it stands.
 *
 * `style` is the paragraph style the block's paragraphs may name (id or name), `indent`
 * the `w:ind` the add-in writes for them (twips).
 */
export function isPlainBlock(xml: string, namespaces: string, style: { readonly id: string; readonly name: string }, indent: { readonly left: number; readonly hanging: number }): boolean {
  const parser = new SaxesParser({ xmlns: true });
  let plain = true;
  let depth = 0;
  /** Controls open around the current node: the block itself first. */
  const sdts: { depth: number; tag?: string }[] = [];
  /** Inside a w:sdtPr (its children describe the control: not the user's content). */
  let inPr = -1;
  /** Inside our number control: its content is ours, rewritten anyway. */
  let inNumber = -1;
  const attr = (node: { attributes: Record<string, { local: string; uri: string; value: string }> }, name: string): string | undefined => Object.values(node.attributes).find((a) => a.local === name)?.value;
  parser.on("opentag", (node) => {
    depth++;
    if (node.local === "wrap" && depth === 1) return;
    if (inNumber >= 0) return;
    if (inPr >= 0) {
      if (node.local === "tag" && node.uri === W_NS) (sdts[sdts.length - 1] as { tag?: string }).tag = attr(node, "val");
      return;
    }
    if (node.uri !== W_NS) return void (plain = false);
    switch (node.local) {
      case "sdt":
        sdts.push({ depth });
        return;
      case "sdtPr":
        inPr = depth;
        return;
      case "sdtContent":
        return;
      case "pStyle": {
        const val = attr(node, "val");
        if (val !== style.id && val !== style.name) plain = false;
        return;
      }
      case "ind": {
        const ours = Number(attr(node, "left")) === indent.left && Number(attr(node, "hanging")) === indent.hanging;
        const other = Object.values(node.attributes).some((a) => a.uri === W_NS && a.local !== "left" && a.local !== "hanging");
        if (!ours || other) plain = false;
        return;
      }
      default:
        if (!PLAIN_IN_PARAGRAPH.has(node.local)) plain = false;
    }
  });
  parser.on("closetag", (node) => {
    if (inPr === depth) {
      inPr = -1;
      // A control inside the block must be our number (its content is skipped); anything else is not plain.
      if (sdts.length > 1) {
        if (parseTag(sdts[sdts.length - 1]?.tag ?? "")?.kind === "nr") inNumber = (sdts[sdts.length - 1] as { depth: number }).depth;
        else plain = false;
      }
    } else if (node.local === "sdt" && node.uri === W_NS && sdts[sdts.length - 1]?.depth === depth) {
      sdts.pop();
      if (inNumber === depth) inNumber = -1;
    }
    depth--;
  });
  parser.write(`<wrap${namespaces.includes("xmlns:w=") ? namespaces : ` xmlns:w="${W_NS}"${namespaces}`}>${xml}</wrap>`).close();
  return plain;
}

/** The house style of a sub-point, for `isPlainBlock`. */
export const UNTERPUNKT_STYLE = { id: STYLE_IDS.unterpunkt, name: "BV Unterpunkt" } as const;
