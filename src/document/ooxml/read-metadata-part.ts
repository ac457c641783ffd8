import { METADATA_NAMESPACE } from "../../core/metadata/metadata-xml";
import { declaresDoctype, metadataOfRoot, unreadableMetadata, type MetadataElement, type MetadataRead } from "../../core/metadata/read-metadata-xml";
import { DocxError } from "./docx-error";
import { scanXml } from "./xml-scanner";

/** An element as the streaming reader keeps it: its attributes, children, and where its text lies among the part's texts. */
class StreamedElement implements MetadataElement {
  readonly children: StreamedElement[] = [];
  /** The part's text pieces from `textStart` to `textEnd` (exclusive) lie inside this element. */
  textStart: number;
  textEnd = -1;

  constructor(
    readonly uri: string,
    readonly local: string,
    private readonly attributes: ReadonlyMap<string, string>,
    private readonly texts: readonly string[],
  ) {
    this.textStart = texts.length;
  }

  attribute(name: string): string | undefined {
    return this.attributes.get(name);
  }

  text(): string {
    return this.textEnd - this.textStart === 1 ? (this.texts[this.textStart] as string) : this.texts.slice(this.textStart, this.textEnd).join("");
  }
}

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

/** What `readMetadataPart` may leave out. */
export interface MetadataPartOptions {
  /**
   * The clauses: the root's `abschnitte` is read as if it held nothing (the Vorlage has no
   * sections). Everything else (header, Zuständigkeit, Finanzierung, lists, version, profile)
   * reads as in the whole part, and the whole part is still scanned, so that a part that is not
   * well-formed or beyond the limits reads as unreadable all the same. For what the house style
   * does not print, which is all a fresh part is read for (`DocxDocument.read`).
   */
  readonly withoutClauses?: boolean;
}

const CLAUSES_OPEN = "<abschnitte>";
const CLAUSES_CLOSE = "</abschnitte>";

/**
 * The part with the content of its `abschnitte` element cut out (`<abschnitte/>` in its place),
 * as a quick first try for `withoutClauses`: the clauses are nine tenths of a part (132 of 135 KB
 * for 500 clauses), and scanning them only to skip them was most of reading it. Cut where the part
 * is written as we write it (`<abschnitte>` … the first `</abschnitte>` after it; in what we write
 * every `<` of a text is escaped, so neither stands in a text before); the part itself where it
 * is not. Only for a try whose result counts solely if the whole part then proves to be exactly
 * what the Vorlage writes (`DocxDocument.read`): a part that is not is read whole again, so that a
 * comment or CDATA section that fools this cut, or a part not well-formed inside `abschnitte`,
 * reads as it always did.
 */
export function clausesCutOut(xml: string): string {
  const open = xml.indexOf(CLAUSES_OPEN);
  if (open < 0) return xml;
  const close = xml.indexOf(CLAUSES_CLOSE, open + CLAUSES_OPEN.length);
  if (close < 0) return xml;
  return `${xml.slice(0, open)}<abschnitte/>${xml.slice(close + CLAUSES_CLOSE.length)}`;
}

/**
 * Reads our metadata part (customXml/item*.xml) by streaming it with our own XML reader
 * (xml-scanner.ts), so that checking or comparing a document never loads a DOM: what the DOM
 * reader `readMetadataXml` gives, the same Vorlage, version and findings; only the reason of a
 * `metadata-malformed` finding is worded by this reader. The part is held to the structure
 * limits, as every part of a .docx is when it is opened.
 */
export function readMetadataPart(xml: string, part = "customXml", options: MetadataPartOptions = {}): MetadataRead {
  if (declaresDoctype(xml)) return unreadableMetadata("metadata-malformed", { reason: "DOCTYPE" });
  const texts: string[] = [];
  const open: StreamedElement[] = [];
  let root: StreamedElement | null = null;
  // Elements open inside a left-out `abschnitte` (counted; nothing of them is kept).
  let skipped = 0;
  try {
    scanXml(xml, part, {
      open(uri, local, attributes) {
        if (skipped > 0) {
          skipped++;
          return;
        }
        let kept: Map<string, string> | undefined;
        for (let k = 0; k < attributes.count; k++) (kept ??= new Map()).set(attributes.nameAt(k), attributes.valueAt(k));
        const element = new StreamedElement(uri, local, kept ?? NO_ATTRIBUTES, texts);
        const parent = open[open.length - 1];
        if (parent) parent.children.push(element);
        else root = element;
        open.push(element);
        if (options.withoutClauses && open.length === 2 && local === "abschnitte" && uri === METADATA_NAMESPACE) skipped = 1;
      },
      close() {
        if (skipped > 1) {
          skipped--;
          return;
        }
        skipped = 0;
        (open.pop() as StreamedElement).textEnd = texts.length;
      },
      text(text) {
        if (skipped === 0) texts.push(text);
      },
    });
  } catch (e) {
    if (e instanceof DocxError) return unreadableMetadata("metadata-malformed", { reason: e.reason === "doctype" ? "DOCTYPE" : e.params.detail ?? e.message });
    throw e;
  }
  return metadataOfRoot(root);
}
