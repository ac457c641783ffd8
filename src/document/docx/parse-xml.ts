import { DOMParser, XMLSerializer, type Document as XmlDocument } from "@xmldom/xmldom";
import { strToU8 } from "fflate";
import { DocxError } from "./docx-error";

/**
 * Parses one part of a package. A DOCTYPE is refused before parsing (no part of a .docx
 * needs one, and it is how external entities and entity expansion get in); malformed XML
 * is a `DocxError` naming the part, never a crash.
 */
export function parsePart(xml: string, part: string): XmlDocument {
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096)) || /<!DOCTYPE/i.test(xml)) {
    throw new DocxError("doctype", `${part} declares a DOCTYPE, which a Word document never does (refused: entity expansion)`);
  }
  try {
    return new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new SyntaxError(message.split("\n")[0]);
      },
    }).parseFromString(xml, "application/xml");
  } catch (e) {
    throw new DocxError("malformed-xml", `${part} is not well-formed XML (${(e as Error).message})`);
  }
}

/** A parsed part back to bytes, with the XML declaration Word writes (kept if the tree already has one). */
export function serializePart(doc: XmlDocument): Uint8Array {
  const xml = new XMLSerializer().serializeToString(doc);
  return strToU8(xml.startsWith("<?xml") ? xml : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${xml}`);
}
