import { strToU8 } from "fflate";
import { METADATA_NAMESPACE } from "../../core/metadata/metadata-xml";
import { planProperties, type DocumentProperty } from "../../core/metadata/document-properties";
import type { Element as XmlElement } from "@xmldom/xmldom";
import { CT_NS, esc, REL_NS } from "../ooxml/ooxml";
import { DocxError } from "../ooxml/docx-error";
import { decodePart, parsePart, serializePartText } from "../ooxml/parse-xml";
import { propertyNumberType } from "./property-number";
import { parseRelationships, type Relationship } from "./relationships";
import { scanXml } from "../ooxml/xml-scanner";

/**
 * The package-level parts (OPC, ECMA-376 Part 2): content types, relationships, the
 * custom XML part with the metadata, and custom document properties. Functions here
 * take the current parts and return the changed ones; parts they do not name are
 * untouched, byte for byte.
 */
export type MutableParts = Map<string, Uint8Array>;

const RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";
const CUSTOM_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const CUSTOM_XML_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const REL_CUSTOM_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const REL_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const REL_CUSTOM_XML_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const PROPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
const VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
/** The format id Word uses for user-defined properties. */
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

export const text = (parts: ReadonlyMap<string, Uint8Array>, name: string): string | undefined => {
  const bytes = parts.get(name);
  return bytes === undefined ? undefined : decodePart(bytes, name);
};

/** The part a relationship points to, as a package part name (no leading slash), resolved against the part that holds it. */
export function resolveTarget(relsName: string, target: string): string {
  const source = relsName.replace(/(^|\/)_rels\/([^/]*)\.rels$/, "$1$2");
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/**
 * Relationships already read, by the bytes of their part: a part's bytes are never changed in
 * place (an edit stores new bytes, see `decodePart`), and reading a document asks for the same
 * ones more than once (`findMetadataPart`, for the profile and again for the Vorlage).
 */
const readRelationships = new WeakMap<Uint8Array, readonly Relationship[]>();

/** The relationships in a .rels part (none when the part is missing); a new array each time, which the caller may change. */
export function relationships(parts: ReadonlyMap<string, Uint8Array>, relsName: string): Relationship[] {
  const bytes = parts.get(relsName);
  if (bytes === undefined) return [];
  let known = readRelationships.get(bytes);
  if (known === undefined) {
    known = parseRelationships(decodePart(bytes, relsName), relsName);
    readRelationships.set(bytes, known);
  }
  return [...known];
}

/** The .rels part that holds a part's relationships. */
export const relsOf = (partName: string): string => partName.replace(/([^/]*)$/, "_rels/$1.rels");
/**
 * A part's text stored as UTF-8: a part read as UTF-16 keeps its text, and its declaration then
 * says UTF-8 (declaring UTF-16 over UTF-8 bytes made our own reader, and any other, refuse it).
 */
const put = (parts: MutableParts, name: string, xml: string): void => {
  parts.set(name, strToU8(xml.replace(/^\uFEFF/u, "").replace(/^(<\?xml[^>]*?encoding\s*=\s*["'])[^"']*(["'])/u, "$1UTF-8$2")));
};

/** The parts of a new, empty document (document.xml is added by the caller). */
export function skeletonParts(now: string): MutableParts {
  const parts: MutableParts = new Map();
  put(
    parts,
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="${CT_NS}">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
      `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
      `</Types>`,
  );
  put(
    parts,
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL_NS}">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
      `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
      `</Relationships>`,
  );
  put(
    parts,
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL_NS}">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
      `</Relationships>`,
  );
  put(
    parts,
    "word/styles.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
      `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:eastAsia="Arial"/><w:sz w:val="22"/><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault>` +
      `<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
      `<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style>` +
      `</w:styles>`,
  );
  put(
    parts,
    "docProps/core.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${esc(now)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${esc(now)}</dcterms:modified></cp:coreProperties>`,
  );
  put(
    parts,
    "docProps/app.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Beschlussvorlage-Add-in</Application></Properties>`,
  );
  return parts;
}

export function addOverride(parts: MutableParts, partName: string, contentType: string): void {
  const ct = text(parts, "[Content_Types].xml");
  if (ct === undefined) return;
  // Part names are compared without case (OPC), and an Override may be written in single quotes: a second Override of one part makes the package invalid.
  if (overriddenParts(ct).has(partName.toLowerCase())) return;
  put(parts, "[Content_Types].xml", appendToRoot(ct, "[Content_Types].xml", (prefix) => `<${prefix}Override PartName="${partName}" ContentType="${contentType}"/>`));
}

/** The content type [Content_Types].xml gives an extension by its Default (lower case), if any. */
function defaultType(ct: string, extension: string): string | undefined {
  let found: string | undefined;
  scanXml(ct, "[Content_Types].xml", {
    open(uri, local, attributes) {
      if (uri === CT_NS && local === "Default" && attributes.get("", "Extension")?.toLowerCase() === extension) found ??= attributes.get("", "ContentType")?.trim().toLowerCase();
    },
    close() {},
    text() {},
  });
  return found;
}

/** The part names [Content_Types].xml overrides, in lower case (read with the scanner, so quotes and prefixes do not matter). */
function overriddenParts(ct: string): Set<string> {
  const out = new Set<string>();
  scanXml(ct, "[Content_Types].xml", {
    open(uri, local, attributes) {
      if (uri === CT_NS && local === "Override") out.add((attributes.get("", "PartName") ?? "").toLowerCase());
    },
    close() {},
    text() {},
  });
  return out;
}

/**
 * `child` put as the last child of a part's root element, however the root is written: with a
 * namespace prefix (the child gets the same one), empty (`<Relationships …/>`), or followed by
 * comments and processing instructions. Replacing the text „</Relationships>“ at the end of the
 * part added nothing to any of these, silently.
 */
function appendToRoot(xml: string, part: string, child: (prefix: string) => string): string {
  let end = xml.length;
  for (;;) {
    while (end > 0 && /\s/.test(xml[end - 1] as string)) end--;
    const opener = xml.endsWith("-->", end) ? xml.lastIndexOf("<!--", end - 3) : xml.endsWith("?>", end) ? xml.lastIndexOf("<?", end - 2) : -1;
    if (opener < 0) break;
    end = opener;
  }
  // A `<` stands in no attribute value: the last one before the root's end is its end tag, or its empty tag.
  const start = xml.lastIndexOf("<", end - 1);
  const tag = xml.slice(start, end);
  const name = /^<\/?([^\s/>]+)/.exec(tag)?.[1];
  if (start < 0 || name === undefined || !xml.endsWith(">", end)) throw new DocxError("malformed-xml", `${part} is not well-formed XML (no root element end)`, { part, detail: "no root element end" });
  const prefix = name.includes(":") ? `${name.slice(0, name.indexOf(":"))}:` : "";
  if (tag.startsWith("</")) return xml.slice(0, start) + child(prefix) + xml.slice(start);
  if (!tag.endsWith("/>")) throw new DocxError("malformed-xml", `${part} is not well-formed XML (no root element end)`, { part, detail: "no root element end" });
  return `${xml.slice(0, end - 2)}>${child(prefix)}</${name}>${xml.slice(end)}`;
}

export function addRelationship(parts: MutableParts, relsName: string, type: string, target: string): void {
  const known = text(parts, relsName);
  const rels = known ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL_NS}"></Relationships>`;
  // A new relationships part is typed by the Default for „rels“; where there is none (every part overridden), by an Override.
  const ct = known === undefined ? text(parts, "[Content_Types].xml") : undefined;
  if (ct !== undefined && defaultType(ct, "rels") !== RELS_TYPE) addOverride(parts, `/${relsName}`, RELS_TYPE);
  const wanted = resolveTarget(relsName, target);
  const existing = relationships(parts, relsName);
  // The same part, however the target is written ("docProps/custom.xml", "/docProps/custom.xml", "./…").
  if (existing.some((r) => !r.external && r.type === type && resolveTarget(relsName, r.target) === wanted)) return;
  const used = new Set(existing.map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  put(parts, relsName, appendToRoot(rels, relsName, (prefix) => `<${prefix}Relationship Id="rId${n}" Type="${type}" Target="${target}"/>`));
}

/**
 * A new document's house style: the named styles replace the skeleton's styles.xml, and the
 * page-number footer becomes word/footer1.xml under the relationship id the body's sectPr
 * names (`FOOTER_REL_ID`). Only for documents we create: an existing document keeps its own.
 */
export function writeHouseStyleParts(parts: MutableParts, styles: string, footer: string, footerRelId: string): void {
  put(parts, "word/styles.xml", styles);
  put(parts, "word/footer1.xml", footer);
  addOverride(parts, "/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml");
  const relsName = "word/_rels/document.xml.rels";
  const rels = text(parts, relsName) ?? "";
  if (!rels.includes(`Id="${footerRelId}"`)) {
    put(parts, relsName, rels.replace(/<\/Relationships>\s*$/, `<Relationship Id="${footerRelId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`));
  }
}

/**
 * The root element of an XML text, as a name and the namespace its prefix is bound to,
 * read lexically (the prolog's declaration, comments, processing instructions and a DOCTYPE
 * skipped; nothing after the root's start tag is looked at), so that a part that is
 * malformed further on or carries a DOCTYPE is still recognised as ours (and then reported
 * as such by its reader), never parsed here.
 */
export function rootElement(xml: string): { readonly local: string; readonly uri: string | undefined } | undefined {
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const after = (from: number, close: string): number => {
    const at = xml.indexOf(close, from);
    return at < 0 ? xml.length : at + close.length;
  };
  for (;;) {
    while (i < xml.length && /\s/.test(xml[i] as string)) i++;
    if (xml.startsWith("<?", i)) i = after(i, "?>");
    else if (xml.startsWith("<!--", i)) i = after(i, "-->");
    else if (xml.startsWith("<!", i)) {
      // A DOCTYPE, with its internal subset in brackets.
      let depth = 0;
      for (i += 2; i < xml.length; i++) {
        const c = xml[i];
        if (c === "[") depth++;
        else if (c === "]") depth--;
        else if (c === ">" && depth <= 0) break;
      }
      i++;
    } else break;
  }
  if (xml[i] !== "<") return undefined;
  let end = i + 1;
  let quote = "";
  for (; end < xml.length; end++) {
    const c = xml[end] as string;
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") break;
  }
  const tag = xml.slice(i + 1, end);
  const name = /^[^\s/>]+/.exec(tag)?.[0];
  if (!name) return undefined;
  const [prefix, local] = name.includes(":") ? (name.split(":", 2) as [string, string]) : ["", name];
  const declared = new RegExp(`\\sxmlns${prefix ? `:${prefix.replace(/[.-]/g, "\\$&")}` : ""}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  const uri = declared ? (declared[1] ?? declared[2] ?? "").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'") : undefined;
  return { local, uri };
}

const CUSTOM_XML_ITEM = /^customXml\/item\d+\.xml$/;

/** The schemas a custom XML part's properties part (itemProps, reached through the item's relationship) names; undefined when it has none. */
function schemaRefs(parts: ReadonlyMap<string, Uint8Array>, item: string): string[] | undefined {
  const rels = relsOf(item);
  if (!parts.has(rels)) return undefined;
  let rel: Relationship | undefined;
  try {
    rel = relationships(parts, rels).find((r) => r.type === REL_CUSTOM_XML_PROPS && !r.external);
  } catch (e) {
    // A broken relationships part of a custom XML item names no schema: the root alone decides.
    if (e instanceof DocxError) return undefined;
    throw e;
  }
  const propsName = rel ? resolveTarget(rels, rel.target) : undefined;
  const bytes = propsName === undefined ? undefined : parts.get(propsName);
  if (propsName === undefined || bytes === undefined) return undefined;
  let uris = schemasOf.get(bytes);
  if (uris === undefined) {
    const props = decodePart(bytes, propsName);
    uris = [...props.matchAll(/<(?:[\w.-]+:)?schemaRef\b[^>]*?\s(?:[\w.-]+:)?uri\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => m[1] ?? m[2] ?? "");
    schemasOf.set(bytes, uris);
  }
  return uris.length > 0 ? [...uris] : undefined;
}

/** The schemas of a properties part, and the root element of a custom XML part, by their bytes (as `readRelationships`). */
const schemasOf = new WeakMap<Uint8Array, readonly string[]>();
const rootOf = new WeakMap<Uint8Array, ReturnType<typeof rootElement> | null>();

/** The root element of a custom XML part, looked at once per part's bytes. */
function itemRoot(parts: ReadonlyMap<string, Uint8Array>, name: string): ReturnType<typeof rootElement> {
  const bytes = parts.get(name);
  if (bytes === undefined) return rootElement("");
  let root = rootOf.get(bytes);
  if (root === undefined) {
    root = rootElement(decodePart(bytes, name)) ?? null;
    rootOf.set(bytes, root);
  }
  return root ?? undefined;
}

/**
 * The name of our metadata part, if the document has one. Ours is a custom XML part whose
 * root element is `vorlage` in our namespace, and whose properties part, when it names
 * schemas, names ours. A part that merely mentions the namespace (a DMS or SharePoint
 * properties part quoting it in a nested element or an attribute) is another program's:
 * never read as ours, never overwritten.
 */
export function findMetadataPart(parts: ReadonlyMap<string, Uint8Array>): string | undefined {
  return customXmlItems(parts).find((n) => isMetadataPart(parts, n));
}

/** Every part that is ours by `findMetadataPart`'s rule, in its order: the first is the one read and written. */
export function findMetadataParts(parts: ReadonlyMap<string, Uint8Array>): string[] {
  return customXmlItems(parts).filter((n) => isMetadataPart(parts, n));
}

const customXmlItems = (parts: ReadonlyMap<string, Uint8Array>): string[] =>
  [...parts.keys()].filter((n) => CUSTOM_XML_ITEM.test(n)).sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));

function isMetadataPart(parts: ReadonlyMap<string, Uint8Array>, n: string): boolean {
  const root = itemRoot(parts, n);
  if (root?.local !== "vorlage" || root.uri !== METADATA_NAMESPACE) return false;
  const refs = schemaRefs(parts, n);
  return refs === undefined || refs.includes(METADATA_NAMESPACE);
}

/** Writes (or replaces) our metadata part: customXml/itemN.xml with its properties part and relationships (from the main part, whatever its name). */
export function writeMetadataPart(parts: MutableParts, xml: string, mainPart = "word/document.xml"): void {
  const up = "../".repeat(mainPart.split("/").length - 1);
  const existing = findMetadataPart(parts);
  if (existing) {
    put(parts, existing, xml);
    // A part no relationship reaches is none of the document's for Word, which drops it on its next save.
    addRelationship(parts, relsOf(mainPart), REL_CUSTOM_XML, `${up}${existing}`);
    return;
  }
  // Part names do not differ by case: a number is free only when no name of either part is taken in any case.
  const taken = new Set([...parts.keys()].map((name) => name.toLowerCase()));
  let n = 1;
  while (taken.has(`customxml/item${n}.xml`) || taken.has(`customxml/itemprops${n}.xml`) || taken.has(`customxml/_rels/item${n}.xml.rels`)) n++;
  put(parts, `customXml/item${n}.xml`, xml);
  // Word types a custom XML item by the Default for „xml“; where that is missing or another type, the item says so itself.
  const ct = text(parts, "[Content_Types].xml");
  if (ct !== undefined && defaultType(ct, "xml") !== "application/xml") addOverride(parts, `/customXml/item${n}.xml`, "application/xml");
  put(
    parts,
    `customXml/itemProps${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{7B3E1C2A-5D4F-4E6B-9A8C-${String(n).padStart(12, "0")}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${METADATA_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  addRelationship(parts, `customXml/_rels/item${n}.xml.rels`, REL_CUSTOM_XML_PROPS, `itemProps${n}.xml`);
  addOverride(parts, `/customXml/itemProps${n}.xml`, CUSTOM_XML_PROPS_TYPE);
  addRelationship(parts, relsOf(mainPart), REL_CUSTOM_XML, `${up}customXml/item${n}.xml`);
}

function vt({ value, number }: DocumentProperty): string {
  if (typeof value === "boolean") return `<vt:bool>${value}</vt:bool>`;
  if (typeof value === "number") return propertyNumberType(value, number) === "i4" ? `<vt:i4>${value}</vt:i4>` : `<vt:r8>${value}</vt:r8>`;
  return `<vt:lpwstr>${esc(value)}</vt:lpwstr>`;
}

/** Where the custom properties live: the part the package's relationship names (absolute or relative), else docProps/custom.xml. */
function customPropertiesPart(parts: ReadonlyMap<string, Uint8Array>): string {
  const rel = relationships(parts, "_rels/.rels").find((r) => r.type === REL_CUSTOM_PROPS && !r.external);
  return rel ? resolveTarget("_rels/.rels", rel.target) : "docProps/custom.xml";
}

/**
 * Sets properties in the custom properties part. Properties of other programs stay as
 * they are, element for element (the tree is edited, no text is rewritten); those named in
 * `props` or `remove` (lower case) are replaced or removed (names compared case-insensitively,
 * as Word does). For ours, see `writeOwnProperties`.
 */
export function writeCustomProperties(parts: MutableParts, props: readonly DocumentProperty[], remove: ReadonlySet<string> = new Set()): void {
  const name = customPropertiesPart(parts);
  const current = text(parts, name);
  const ours = new Set([...props.map((p) => p.name.toLowerCase()), ...remove]);
  const doc = parsePart(current ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="${PROPS_NS}" xmlns:vt="${VT_NS}"/>`, name);
  const root = doc.documentElement as XmlElement;
  for (const el of elements(root, "property")) if (ours.has((el.getAttribute("name") ?? "").toLowerCase())) root.removeChild(el);
  const fresh = parsePart(`<Properties xmlns="${PROPS_NS}" xmlns:vt="${VT_NS}">${props.map((p) => `<property fmtid="${FMTID}" pid="0" name="${esc(p.name)}">${vt(p)}</property>`).join("")}</Properties>`, name);
  for (const el of elements(fresh.documentElement, "property")) root.appendChild(doc.importNode(el, true));
  elements(root, "property").forEach((el, i) => el.setAttribute("pid", String(i + 2)));
  put(parts, name, serializePartText(doc));
  addOverride(parts, `/${name}`, CUSTOM_PROPS_TYPE);
  addRelationship(parts, "_rels/.rels", REL_CUSTOM_PROPS, name);
}

function elements(parent: XmlElement | null, localName: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = parent?.firstChild ?? null; n !== null; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as XmlElement).localName === localName) out.push(n as XmlElement);
  }
  return out;
}

/**
 * Writes our properties with our mark (`planProperties`): never over a property of the same
 * name that we did not write. Returns the names of ours left out for that reason, so that the
 * caller can say so.
 */
export function writeOwnProperties(parts: MutableParts, props: readonly DocumentProperty[]): readonly string[] {
  const plan = planProperties(props, readCustomProperties(parts));
  writeCustomProperties(parts, plan.write, plan.remove);
  return plan.kept;
}

/** Reads docProps/custom.xml into name → value (strings, numbers, booleans). */
export function readCustomProperties(parts: ReadonlyMap<string, Uint8Array>): ReadonlyMap<string, DocumentProperty["value"]> {
  const name = customPropertiesPart(parts);
  const xml = text(parts, name);
  const out = new Map<string, DocumentProperty["value"]>();
  if (xml === undefined) return out;
  const doc = parsePart(xml, name);
  for (const el of elements(doc.documentElement, "property")) {
    const valueEl = [...Array.from({ length: el.childNodes.length }, (_, i) => el.childNodes.item(i))].find((n) => n?.nodeType === 1) as XmlElement | undefined;
    if (!valueEl) continue;
    const type = valueEl.localName ?? "";
    const value = valueEl.textContent ?? "";
    out.set(el.getAttribute("name") ?? "", type === "bool" ? value === "true" : /^(i\d|r\d|int|decimal|ui\d)$/.test(type) ? Number(value) : value);
  }
  return out;
}
