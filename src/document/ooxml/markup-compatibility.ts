/**
 * Markup Compatibility (ECMA-376 Part 3): a consumer that does not know a namespace must
 * refuse the document unless the namespace's prefix is listed in `mc:Ignorable` on an
 * element in whose scope it is used. Word's extension namespaces (w14 on every paragraph it
 * writes, w15, w16…, wp14) are not in ECMA-376 itself: Word lists them on each part's root,
 * and whatever we write with them must do the same, or a strict consumer — and Word itself
 * for a namespace it does not know — refuses the part.
 */
export const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** Microsoft's extension namespaces since Office 2010 (w14, w15, w16*, wp14, wpc, wpg, wps, a14 …), none in ECMA-376. */
const EXTENSION_NS = /^http:\/\/schemas\.microsoft\.com\/office\/(?:word|drawing)\/20\d\d\//;

/** The prefixes of `declarations` (` xmlns:p="uri"` …) whose namespace is one of Word's extensions. */
export function extensionPrefixes(declarations: string): string[] {
  return [...declarations.matchAll(/\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*"([^"]*)"/g)].filter((m) => EXTENSION_NS.test(m[2] as string)).map((m) => m[1] as string);
}

/**
 * Namespace declarations for a root element (` xmlns:w="…" xmlns:w14="…"`), completed so
 * that every declared extension namespace is ignorable: `mc` declared where it is not, and
 * `mc:Ignorable` listing the extension prefixes (added to a list the declarations carry).
 * Declarations without an extension namespace come back unchanged.
 */
export function withIgnorable(declarations: string): string {
  const extensions = extensionPrefixes(declarations);
  if (extensions.length === 0) return declarations;
  const declared = new Map([...declarations.matchAll(/\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*"([^"]*)"/g)].map((m) => [m[1] as string, m[2] as string]));
  let mc = [...declared].find(([, uri]) => uri === MC_NS)?.[0];
  let out = declarations;
  if (mc === undefined) {
    mc = declared.has("mc") ? "mce" : "mc";
    out += ` xmlns:${mc}="${MC_NS}"`;
  }
  const existing = new RegExp(`\\s${mc}:Ignorable\\s*=\\s*"([^"]*)"`).exec(out);
  const listed = (existing?.[1] ?? "").split(/\s+/).filter((p) => p !== "");
  const all = [...listed, ...extensions.filter((p) => !listed.includes(p))];
  const attribute = ` ${mc}:Ignorable="${all.join(" ")}"`;
  return existing ? out.replace(existing[0], attribute) : out + attribute;
}
