import type { CutBlock } from "./cut-block";

/** What a move cannot carry through insertOoxml of document.xml alone: relationships (images, links), comments, notes, revisions. */
export const UNMOVABLE = /<w:(commentRangeStart|commentReference|footnoteReference|endnoteReference|ins|del|moveFrom|moveTo)\b|\br:(id|embed|link)=/;

/**
 * The cut with each number control of ours holding just its derived number in one run, unlocked:
 * the revisions a renumber under Track Changes left in a number (`w:del`/`w:ins` of the old
 * and new text) are ours, not the user's, and must not stop a move; the moved copy's
 * number is new text anyway (under tracking, an insertion).
 */
export function withCleanNumbers(cut: CutBlock, numbers: ReadonlyMap<string, string>): CutBlock {
  // No number of ours is locked (docs/architecture.md „How numbers live in Word“): a lock an earlier version left is not
  // carried (under tracking it would keep Review from accepting the moved copy, office-js #2886).
  const unlocked = cut.xml.replace(/<w:sdtPr>(?:(?!<\/w:sdtPr>).)*<\/w:sdtPr>/gs, (pr) => (/<w:tag w:val="bv:nr:/.test(pr) ? pr.replace(/<w:lock\b[^>]*\/>/g, "") : pr));
  const xml = unlocked.replace(/(<w:tag w:val="bv:nr:([^"]+)"\/>(?:(?!<\/w:sdtPr>).)*<\/w:sdtPr><w:sdtContent>)(.*?)(<\/w:sdtContent>)/gs, (whole, head: string, id: string, content: string, tail: string) => {
    const number = numbers.get(id);
    if (number === undefined) return whole;
    const rPr = /<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>/s.exec(content)?.[0] ?? "";
    return `${head}<w:r>${rPr}<w:t xml:space="preserve">${number.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</w:t></w:r>${tail}`;
  });
  return { xml, namespaces: cut.namespaces };
}
