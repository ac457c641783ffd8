import { relationships, relsOf, resolveTarget } from "./package-parts";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/**
 * The name of the part the main part relates to by a relationship type (`styles`, `numbering`,
 * `settings`, `theme`), as Word finds it: through the main part's relationships, never by a
 * default name, so that a decoy `word/styles.xml` beside the styles Word uses is not what is
 * read. Without such a relationship the default name is taken (`fallback`): packages written
 * by hand and by lenient producers leave it out, and Word then reads no part at all, which for
 * styles and numbering means text shown plainly, as read.
 */
export function relatedPartName(parts: ReadonlyMap<string, Uint8Array>, mainPart: string, type: string, fallback: string | undefined): string | undefined {
  const rels = relsOf(mainPart);
  const rel = relationships(parts, rels).find((r) => r.type === REL + type && !r.external);
  return rel === undefined ? fallback : resolveTarget(rels, rel.target);
}
