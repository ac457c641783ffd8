import { DocxError } from "./docx-error";

/**
 * Limits on the shape of an XML part, checked by one linear scan of its text before any
 * parser or tree sees it. Real Word documents nest a few dozen elements deep (tables in
 * controls in tables) and hold some ten thousand elements per ten pages; hostile ones nest
 * thousands deep to exhaust a recursive walk, or hold millions of elements to exhaust
 * memory. Both are refused with a reason, in the reader and the editor alike.
 */
export interface StructureLimits {
  readonly maxDepth: number;
  readonly maxElements: number;
}

/**
 * 300,000 elements: some 300 pages of a dense Word document (about 1,000 elements a page with
 * tables and formatting; our own rendering needs about 360), far beyond any Vorlage. Measured
 * with `npm run bench:limits` (README, "Memory at the structure limit"): at 2,000,000 the
 * editor's tree (`recognize`) peaked at 3.9 GB and ran 9 minutes, `check` at 1.2 GB, and the
 * desk's reading did not fit a 512 MB heap; at 500,000 `recognize` still took 1.1–1.3 GB.
 * The tree costs about 2 KB per element, so the limit is set where editing stays under 1 GB.
 */
export const DEFAULT_STRUCTURE_LIMITS: StructureLimits = { maxDepth: 256, maxElements: 300_000 };

/**
 * Counts elements and their nesting in one pass, without recursion and without building
 * anything; throws `DocxError` ("too-deep" or "too-many-elements") at the first excess.
 * Well-formedness is the parser's business: this scan only has to be linear and never
 * under-count on well-formed input.
 */
export function checkStructure(xml: string, part: string, limits: StructureLimits = DEFAULT_STRUCTURE_LIMITS): void {
  let depth = 0;
  let elements = 0;
  let i = xml.indexOf("<");
  const n = xml.length;
  while (i >= 0 && i < n) {
    const c = xml.charCodeAt(i + 1);
    if (c === 0x2f /* / */) {
      depth--;
      i = xml.indexOf(">", i + 2);
    } else if (c === 0x21 /* ! */) {
      if (xml.startsWith("<!--", i)) i = xml.indexOf("-->", i + 4);
      else if (xml.startsWith("<![CDATA[", i)) i = xml.indexOf("]]>", i + 9);
      else i = xml.indexOf(">", i + 2);
    } else if (c === 0x3f /* ? */) {
      i = xml.indexOf("?>", i + 2);
    } else {
      // A start tag: find its end, skipping quoted attribute values (they may hold ">").
      let j = i + 1;
      let quote = 0;
      for (; j < n; j++) {
        const d = xml.charCodeAt(j);
        if (quote !== 0) {
          if (d === quote) quote = 0;
        } else if (d === 0x22 || d === 0x27) quote = d;
        else if (d === 0x3e /* > */) break;
      }
      elements++;
      if (elements > limits.maxElements) {
        throw new DocxError("too-many-elements", `${part} holds more than ${limits.maxElements.toLocaleString("en")} elements`, { part, limit: limits.maxElements });
      }
      if (xml.charCodeAt(j - 1) !== 0x2f /* self-closing */) {
        depth++;
        if (depth > limits.maxDepth) throw new DocxError("too-deep", `${part} nests elements more than ${limits.maxDepth} deep`, { part, limit: limits.maxDepth });
      }
      i = j;
    }
    if (i < 0) return;
    i = xml.indexOf("<", i + 1);
  }
}
