import { scanXml } from "../ooxml/xml-scanner";

/** One relationship of a .rels part (OPC, ECMA-376 Part 2 §9.3). */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/**
 * The relationships in a .rels part, read with a real XML parser (single quotes, any
 * attribute order, entities, comments), streaming (`scanXml`): every package is opened through
 * `_rels/.rels`, and a tree for a few lines would load the DOM library into every command
 * that only reads. Guarded as every part is (no DOCTYPE, bounded size); malformed XML is a
 * `DocxError` naming the part.
 */
export function parseRelationships(xml: string, part: string): Relationship[] {
  const out: Relationship[] = [];
  let depth = 0;
  scanXml(xml, part, {
    open(_uri, local, attributes) {
      depth++;
      // The children of the root, as the tree reader took them (`Relationship` by local name).
      if (depth !== 2 || local !== "Relationship") return;
      const attr = (name: string): string | undefined => attributes.named(name);
      out.push({ id: attr("Id") ?? "", type: attr("Type") ?? "", target: attr("Target") ?? "", external: attr("TargetMode") === "External" });
    },
    close() {
      depth--;
    },
    text() {},
  });
  return out;
}
