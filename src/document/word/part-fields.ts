import { SaxesParser } from "saxes";
import { W_NS } from "../ooxml/ooxml";
import { ENTRY_KINDS, parseTag } from "../tags";

/** One field of a part as it stands (or would stand): in which entry, its name, its text. */
export interface PartField {
  /** The tag of the entry around the field (a Deckungsquelle), or undefined for the part's own fields. */
  readonly entry: string | undefined;
  readonly name: string;
  readonly text: string;
  /** Whether the field's text is hidden (w:vanish): a Bitte written once under a run of recipients. */
  readonly hidden: boolean;
}

/**
 * The fields of a part's WordprocessingML in document order: what a part rewrite would
 * change, so that only the fields that differ are written, through their own controls.
 * Deleted-tracked text and a placeholder prompt read as nothing. `xml` must declare the
 * `w` namespace (a whole document.xml, or a fragment wrapped in one).
 */
export function partFields(xml: string): PartField[] {
  const parser = new SaxesParser({ xmlns: true });
  const out: PartField[] = [];
  const sdts: { tag: string; placeholder: boolean; text: string; hidden: boolean }[] = [];
  const stack: string[] = [];
  parser.on("opentag", (node) => {
    const local = node.uri === W_NS ? node.local : "";
    stack.push(local);
    const top = sdts[sdts.length - 1];
    if (local === "sdt") sdts.push({ tag: "", placeholder: false, text: "", hidden: false });
    else if (local === "tag" && stack[stack.length - 2] === "sdtPr" && top) top.tag = Object.values(node.attributes).find((a) => a.local === "val")?.value ?? "";
    else if (local === "showingPlcHdr" && top) top.placeholder = true;
    else if (local === "vanish" && top && stack.includes("sdtContent") && stack.includes("rPr")) top.hidden = true;
    else if (top && (local === "br" || local === "tab") && !stack.includes("del") && stack.includes("sdtContent")) top.text += local === "br" ? "\n" : "\t";
  });
  parser.on("text", (t) => {
    const top = sdts[sdts.length - 1];
    if (top && stack[stack.length - 1] === "t" && !stack.includes("del") && !stack.includes("moveFrom")) top.text += t;
  });
  parser.on("closetag", (node) => {
    stack.pop();
    if (node.uri !== W_NS || node.local !== "sdt") return;
    const sdt = sdts.pop();
    const tag = sdt && parseTag(sdt.tag);
    if (!sdt || tag?.kind !== "feld") return;
    const entry = [...sdts].reverse().find((s) => (ENTRY_KINDS as readonly string[]).includes(parseTag(s.tag)?.kind ?? ""));
    out.push({ entry: entry?.tag, name: tag.name, text: sdt.placeholder ? "" : sdt.text, hidden: sdt.hidden });
  });
  parser.write(xml).close();
  return out;
}

/** Whether two field lists have the same fields in the same entries and order (only texts may differ). */
export function sameShape(a: readonly PartField[], b: readonly PartField[]): boolean {
  return a.length === b.length && a.every((f, i) => f.entry === b[i]?.entry && f.name === b[i]?.name);
}
