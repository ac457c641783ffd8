import { strToU8 } from "fflate";
import type { Element as XmlElement } from "@xmldom/xmldom";
import type { Profile } from "../../core/profile/profile";
import { houseStyleElements } from "../ooxml/house-style-parts";
import { STYLE_IDS, W_NS } from "../ooxml/ooxml";
import { parsePart } from "../ooxml/parse-xml";
import { addOverride, addRelationship, relationships, relsOf, resolveTarget, text, type MutableParts } from "./package-parts";

const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
const REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const HOUSE_IDS: ReadonlySet<string> = new Set(Object.values(STYLE_IDS));

/** The house style ids that `xml` (a main document part) names in a w:pStyle or w:rStyle. */
function houseStylesUsed(xml: string): Set<string> {
  const used = new Set<string>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?[pr]Style\b[^>]*?\bval="([^"]*)"/g)) if (HOUSE_IDS.has(m[1] as string)) used.add(m[1] as string);
  return used;
}

/** The styles part the main part names, if any. */
function stylesPartOf(parts: ReadonlyMap<string, Uint8Array>, mainPart: string): string | undefined {
  const relsName = relsOf(mainPart);
  const rel = relationships(parts, relsName).find((r) => r.type === REL_STYLES && !r.external);
  return rel ? resolveTarget(relsName, rel.target) : undefined;
}

/**
 * Gives a document the definitions of the „BV …“ styles its main part uses and its styles
 * part lacks. Blocks we insert into a document we did not create (a recognised one) name
 * our paragraph and character styles; without their definitions Word shows them in the
 * document's Normal style, the formatting is lost, and what the house style hides (the
 * blocks the profile keeps but does not print) becomes visible. Only missing styles are
 * added, after the document's own, which stay exactly as they were (the text is spliced in,
 * nothing is re-serialised); a style the document defines itself (a city's restyling) is
 * never replaced. Paragraph styles are based on the document's default paragraph style.
 * A document without a styles part gets one with our styles only.
 */
export function addMissingHouseStyles(parts: MutableParts, mainPart: string, mainXml: string, profile: Profile): void {
  const used = houseStylesUsed(mainXml);
  if (used.size === 0) return;
  const name = stylesPartOf(parts, mainPart);
  const current = name === undefined ? undefined : text(parts, name);
  if (name === undefined || current === undefined) {
    const target = name ?? resolveTarget(relsOf(mainPart), "styles.xml");
    const styles = houseStyleElements(profile, undefined);
    parts.set(target, strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}">${[...used].map((id) => styles.get(id)).join("")}</w:styles>`));
    addOverride(parts, `/${target}`, STYLES_TYPE);
    if (name === undefined) addRelationship(parts, relsOf(mainPart), REL_STYLES, target.slice(target.lastIndexOf("/") + 1));
    return;
  }
  const root = parsePart(current, name).documentElement as XmlElement;
  const defined = new Set<string>();
  let basedOn: string | undefined;
  const styles = root.getElementsByTagNameNS(W_NS, "style");
  for (let i = 0; i < styles.length; i++) {
    const s = styles.item(i) as XmlElement;
    const id = s.getAttributeNS(W_NS, "styleId") ?? "";
    defined.add(id);
    const isDefault = ["1", "true", "on"].includes(s.getAttributeNS(W_NS, "default") ?? "");
    if (isDefault && s.getAttributeNS(W_NS, "type") === "paragraph" && basedOn === undefined) basedOn = id;
  }
  const missing = [...used].filter((id) => !defined.has(id));
  if (missing.length === 0) return;
  const declareW = root.prefix !== "w" || root.lookupNamespaceURI("w") !== W_NS;
  const house = houseStyleElements(profile, basedOn, declareW);
  const added = missing.map((id) => house.get(id) as string).join("");
  const closing = /<\/(?:[\w.-]+:)?styles\s*>\s*$/.exec(current);
  const xml = closing
    ? current.slice(0, closing.index) + added + current.slice(closing.index)
    : current.replace(/<((?:[\w.-]+:)?styles\b[^>]*?)\s*\/>\s*$/, (_m, open: string) => `<${open}>${added}</${open.split(/\s/)[0] as string}>`);
  // Written as UTF-8; a part that declared another encoding now says so.
  parts.set(name, strToU8(xml.replace(/^(<\?xml[^?]*?encoding=")[^"]*(")/, "$1UTF-8$2")));
}
