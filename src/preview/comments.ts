import type { BodyParagraph } from "../document/ooxml/read-body";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A comment as the preview's margin shows it. */
export interface MarginComment {
  readonly id: string;
  readonly author: string;
  readonly text: string;
}

/** The comments of `word/comments.xml` by id, read with the browser's own XML parser. */
export function readComments(xml: string | undefined): ReadonlyMap<string, MarginComment> {
  const out = new Map<string, MarginComment>();
  if (!xml) return out;
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  for (const c of Array.from(doc.getElementsByTagNameNS(W, "comment"))) {
    const id = c.getAttributeNS(W, "id") ?? "";
    const text = Array.from(c.getElementsByTagNameNS(W, "p"))
      .map((p) => p.textContent ?? "")
      .join("\n");
    out.set(id, { id, author: c.getAttributeNS(W, "author") ?? "", text });
  }
  return out;
}

/** The ids of the comments that start (or are referenced) in a paragraph, in order, each once. */
export function commentIdsOf(p: BodyParagraph): readonly string[] {
  const el = p.element;
  if (!el) return [];
  const ids: string[] = [];
  for (const name of ["commentRangeStart", "commentReference"]) {
    const found = el.getElementsByTagNameNS(W, name);
    for (let i = 0; i < found.length; i++) {
      const id = found.item(i)?.getAttributeNS(W, "id") ?? "";
      if (id !== "" && !ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}
