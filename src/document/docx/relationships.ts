import { SaxesParser } from "saxes";
import { DocxError } from "../ooxml/docx-error";
import { guardPart } from "../ooxml/parse-xml";

/** One relationship of a .rels part (OPC, ECMA-376 Part 2 §9.3). */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/**
 * The relationships in a .rels part, read with a real XML parser (single quotes, any
 * attribute order, entities, comments), streaming: every package is opened through
 * `_rels/.rels`, and a tree for a few lines would load the DOM library into every command
 * that only reads. Guarded as every part is (no DOCTYPE, bounded size); malformed XML is a
 * `DocxError` naming the part.
 */
export function parseRelationships(xml: string, part: string): Relationship[] {
  guardPart(xml, part);
  const out: Relationship[] = [];
  const parser = new SaxesParser({ xmlns: true });
  let depth = 0;
  parser.on("opentag", (node) => {
    depth++;
    // The children of the root, as the tree reader took them (`Relationship` by local name).
    if (depth !== 2 || node.local !== "Relationship") return;
    const attr = (name: string): string | undefined => node.attributes[name]?.value;
    out.push({ id: attr("Id") ?? "", type: attr("Type") ?? "", target: attr("Target") ?? "", external: attr("TargetMode") === "External" });
  });
  parser.on("closetag", () => {
    depth--;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    const message = (e as Error).message.split("\n")[0] as string;
    throw new DocxError("malformed-xml", `${part} is not well-formed XML (${message})`, { part, detail: message });
  }
  return out;
}
