/**
 * The content-control tags by which the add-in finds its blocks in a document, shared by
 * the Word adapter and the .docx adapter. A tag is `bv:<kind>[:<id>[:<extra>]]`; Word
 * allows 64 characters. Blocks of other add-ins have other tags and are left alone.
 *
 *   bv:abschnitt:<id>:<section kind>   a section (heading + its clauses)
 *   bv:ziffer:<id>                     a clause
 *   bv:unterpunkt:<id>                 a sub-point a), b) … inside its clause
 *   bv:nr:<id>                         the number of a section or clause, inside it
 *   bv:verweis:<target id>             a reference in a clause's text to the number of another clause or sub-point
 *   bv:kopf / bv:finanzierung / bv:zustaendigkeit   containers of fields
 *   bv:feld:<name>                     a field; inside an entry, the entry's own field
 *   bv:quelle|bezug|beratung|verteiler|zeichnung:<id>   an entry of a list
 *   bv:block:<block id>                a block the profile declares (fields: bv:feld:<field id>)
 */
export const TAG_PREFIX = "bv";

export const ENTRY_KINDS = ["quelle", "bezug", "beratung", "verteiler", "zeichnung"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export type Tag =
  | { readonly kind: "abschnitt"; readonly id: string; readonly sectionKind: string }
  | { readonly kind: "ziffer"; readonly id: string }
  | { readonly kind: "unterpunkt"; readonly id: string }
  | { readonly kind: "nr"; readonly id: string }
  | { readonly kind: "verweis"; readonly id: string }
  | { readonly kind: "kopf" | "finanzierung" | "zustaendigkeit" }
  | { readonly kind: "feld"; readonly name: string }
  | { readonly kind: EntryKind; readonly id: string }
  | { readonly kind: "block"; readonly id: string };

export function formatTag(tag: Tag): string {
  switch (tag.kind) {
    case "abschnitt":
      return `${TAG_PREFIX}:abschnitt:${tag.id}:${tag.sectionKind}`;
    case "feld":
      return `${TAG_PREFIX}:feld:${tag.name}`;
    case "kopf":
    case "finanzierung":
    case "zustaendigkeit":
      return `${TAG_PREFIX}:${tag.kind}`;
    default:
      return `${TAG_PREFIX}:${tag.kind}:${tag.id}`;
  }
}

/** The tag's meaning, or `undefined` for another add-in's tag or a malformed one of ours. */
export function parseTag(text: string): Tag | undefined {
  // Split by hand at the colons (at most three; a fourth makes it no tag of ours): `split` and a destructuring
  // with a rest built an array and walked an iterator for every control of every document read.
  if (!text.startsWith(TAG_PREFIX) || (text.length > TAG_PREFIX.length && text.charCodeAt(TAG_PREFIX.length) !== 0x3a)) return undefined;
  let kind: string | undefined;
  let a: string | undefined;
  let b: string | undefined;
  if (text.length > TAG_PREFIX.length) {
    const at = TAG_PREFIX.length + 1;
    const c1 = text.indexOf(":", at);
    kind = c1 < 0 ? text.slice(at) : text.slice(at, c1);
    if (c1 >= 0) {
      const c2 = text.indexOf(":", c1 + 1);
      a = c2 < 0 ? text.slice(c1 + 1) : text.slice(c1 + 1, c2);
      if (c2 >= 0) {
        if (text.indexOf(":", c2 + 1) >= 0) return undefined;
        b = text.slice(c2 + 1);
      }
    }
  }
  switch (kind) {
    case "abschnitt":
      return a && b ? { kind, id: a, sectionKind: b } : undefined;
    case "ziffer":
    case "unterpunkt":
    case "nr":
    case "verweis":
    case "block":
      return a && b === undefined ? { kind, id: a } : undefined;
    case "kopf":
    case "finanzierung":
    case "zustaendigkeit":
      return a === undefined ? { kind } : undefined;
    case "feld":
      return a && b === undefined ? { kind, name: a } : undefined;
    default:
      return (ENTRY_KINDS as readonly string[]).includes(kind ?? "") && a && b === undefined ? { kind: kind as EntryKind, id: a } : undefined;
  }
}
