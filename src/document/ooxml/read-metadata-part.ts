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

/**
 * Reads our metadata part (customXml/item*.xml) by streaming it with our own XML reader
 * (xml-scanner.ts), so that checking or comparing a document never loads a DOM: what the DOM
 * reader `readMetadataXml` gives, the same Vorlage, version and findings; only the reason of a
 * `metadata-malformed` finding is worded by this reader. The part is held to the structure
 * limits, as every part of a .docx is when it is opened.
 */
export function readMetadataPart(xml: string, part = "customXml"): MetadataRead {
  if (declaresDoctype(xml)) return unreadableMetadata("metadata-malformed", { reason: "DOCTYPE" });
  const texts: string[] = [];
  const open: StreamedElement[] = [];
  let root: StreamedElement | null = null;
  try {
    scanXml(xml, part, {
      open(uri, local, attributes) {
        let kept: Map<string, string> | undefined;
        for (let k = 0; k < attributes.count; k++) (kept ??= new Map()).set(attributes.nameAt(k), attributes.valueAt(k));
        const element = new StreamedElement(uri, local, kept ?? NO_ATTRIBUTES, texts);
        const parent = open[open.length - 1];
        if (parent) parent.children.push(element);
        else root = element;
        open.push(element);
      },
      close() {
        (open.pop() as StreamedElement).textEnd = texts.length;
      },
      text(text) {
        texts.push(text);
      },
    });
  } catch (e) {
    if (e instanceof DocxError) return unreadableMetadata("metadata-malformed", { reason: e.reason === "doctype" ? "DOCTYPE" : e.params.detail ?? e.message });
    throw e;
  }
  return metadataOfRoot(root);
}
