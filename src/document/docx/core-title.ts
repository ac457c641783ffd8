import { text, type MutableParts } from "./package-parts";
import { parsePart, serializePart } from "../ooxml/parse-xml";

const DC_NS = "http://purl.org/dc/elements/1.1/";
const CORE = "docProps/core.xml";

/**
 * Gives the document the Betreff as its title (dc:title in docProps/core.xml), which screen
 * readers announce and a PDF made from it carries: EN 301 549 10.2.4.2 Document titled, see
 * src/core/accessibility/rules.ts. Called where the Betreff is written: when we create a
 * document, and when the Betreff is edited in the pane (`previous` is the Betreff it replaces).
 * Never when only metadata is written (recognize, the download): a user's document keeps its
 * properties as they were. A title the user set is theirs: it is replaced only when it is
 * missing, blank, or the Betreff being replaced. An empty Betreff leaves the title as it is; a
 * package without core properties is not given a part here. The part is written only when the
 * title changes.
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
  if (current === title || (current.trim() !== "" && current !== previous)) return;
  const el = existing ?? root.appendChild(doc.createElementNS(DC_NS, `${root.lookupPrefix(DC_NS) ?? "dc"}:title`));
  while (el.firstChild) el.removeChild(el.firstChild);
  el.appendChild(doc.createTextNode(title));
  if (!root.lookupNamespaceURI("dc") && !root.lookupPrefix(DC_NS)) root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:dc", DC_NS);
  parts.set(CORE, serializePart(doc));
}
