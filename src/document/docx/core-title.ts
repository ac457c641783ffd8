import { readCustomProperties, text, type MutableParts } from "./package-parts";
import { parsePart, serializePart } from "../ooxml/parse-xml";
import { PROPERTY_NAMES } from "../../core/metadata/document-properties";

const DC_NS = "http://purl.org/dc/elements/1.1/";
const CORE = "docProps/core.xml";

/**
 * Gives the document the Betreff as its title (dc:title in docProps/core.xml), which screen
 * readers announce and a PDF made from it carries: EN 301 549 10.2.4.2 Document titled, see
 * src/core/accessibility/rules.ts. A title the user set is theirs: it is replaced only when it
 * is missing, blank, or the Betreff we wrote last time: `previous` (the Betreff an edit replaces),
 * else the custom property „Betreff“, read before it is rewritten. An empty Betreff leaves the title as it is; a package without
 * core properties is not given a part here. The part is written only when the title changes.
 */
export function writeTitleFromBetreff(parts: MutableParts, betreff: string, previous?: string): void {
  const xml = text(parts, CORE);
  const title = betreff.trim();
  if (xml === undefined || title === "") return;
  const doc = parsePart(xml, CORE);
  const root = doc.documentElement;
  if (!root) return;
  const existing = doc.getElementsByTagNameNS(DC_NS, "title").item(0);
  const current = existing?.textContent ?? "";
  const before = previous ?? readCustomProperties(parts).get(PROPERTY_NAMES.betreff);
  if (current === title || (current.trim() !== "" && current !== before)) return;
  const el = existing ?? root.appendChild(doc.createElementNS(DC_NS, `${root.lookupPrefix(DC_NS) ?? "dc"}:title`));
  while (el.firstChild) el.removeChild(el.firstChild);
  el.appendChild(doc.createTextNode(title));
  if (!root.lookupNamespaceURI("dc") && !root.lookupPrefix(DC_NS)) root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:dc", DC_NS);
  parts.set(CORE, serializePart(doc));
}
