import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { Element as XmlElement } from "@xmldom/xmldom";
import { EMPTY_HEADER } from "../model/builders";
import type { Bitte, Finanzierung, Sitzungsart, Turnus, Verweis, Vorlage } from "../model/vorlage";
import type { Finding } from "../validation/finding";
import { METADATA_NAMESPACE, METADATA_VERSION } from "./metadata-xml";
import { decodeText } from "./xml-text";

/** What reading a metadata part gave: the Vorlage it describes (if any) and what was wrong with it. */
export interface MetadataRead {
  readonly vorlage: Vorlage | undefined;
  readonly version: string | undefined;
  readonly profil: string | undefined;
  readonly findings: readonly Finding[];
}

/** Findings about the metadata part itself; the body is the truth, so none of them is an error. */
export const METADATA_FINDING_CODES = {
  "metadata-malformed": "warning",
  "metadata-foreign": "warning",
  "metadata-version-newer": "warning",
  "metadata-disagrees": "warning",
  /** The file holds our metadata part more than once (a stale copy behind the real one): only the first is read and written. */
  "metadata-duplicate": "warning",
} as const;

const DOCUMENT = { type: "document" } as const;

function finding(code: keyof typeof METADATA_FINDING_CODES, params: Record<string, string> = {}): Finding {
  return { code, severity: METADATA_FINDING_CODES[code], location: DOCUMENT, params };
}

/**
 * An element of a metadata part as the reader sees it, whichever parser built it: the DOM
 * (here, for the Word adapter and for keeping what a newer version wrote) or the streaming
 * reader of the .docx path (src/document/ooxml/read-metadata-part.ts), which reads a part
 * without loading a DOM. Both must give the same `MetadataRead`; `metadataOfRoot` is the one
 * place that turns a tree into it.
 */
export interface MetadataElement {
  /** The namespace URI ("" for none). */
  readonly uri: string;
  readonly local: string;
  /** The value of the attribute by its name as written (`id`, `xmlns:x`), undefined when absent. */
  attribute(name: string): string | undefined;
  /** The child elements, in order. */
  readonly children: readonly MetadataElement[];
  /** The text of the element and all its descendants (the DOM's textContent). */
  text(): string;
}

function kids(el: MetadataElement | undefined, name: string): MetadataElement[] {
  return el ? el.children.filter((n) => n.local === name && n.uri === METADATA_NAMESPACE) : [];
}

const kid = (el: MetadataElement | undefined, name: string): MetadataElement | undefined => kids(el, name)[0];
const text = (el: MetadataElement | undefined, name: string): string => {
  const k = kid(el, name);
  return k ? decodeText(k.text(), k.attribute("enc") ?? null) : "";
};
const attr = (el: MetadataElement, name: string): string | undefined => el.attribute(name);
const num = (el: MetadataElement, name: string): number | undefined => {
  const raw = attr(el, name);
  if (raw === undefined || raw.trim() === "") return undefined;
  const n = Number(raw);
  return Number.isNaN(n) && raw !== "NaN" ? undefined : n;
};

/**
 * What a number attribute of ours must be to be a value at all: amounts whole cents, a year a
 * whole number, a share a number the reports can print as a percentage (decimalComma takes
 * numbers below 1e21). A value that is one but not allowed (a negative amount, a share of 150 %,
 * the year 99999) is read: the validation names it (finanzierung-betrag-invalid, -anteil-invalid …).
 */
const VALID_NUMBER: Readonly<Record<"betragCent" | "haushaltsjahr" | "anteil", (n: number) => boolean>> = {
  betragCent: (n) => Number.isSafeInteger(n),
  haushaltsjahr: (n) => Number.isSafeInteger(n),
  anteil: (n) => Number.isFinite(n) && Math.abs(n * 100) < 1e21,
};

/**
 * A number attribute of ours as the model may hold it, or nothing: a value of another kind
 * („NaN“, 40 digits, a part of a cent) is a damaged part, said by a finding, never a value
 * that later fails the writer or the report.
 */
function checkedNum(el: MetadataElement, name: keyof typeof VALID_NUMBER, findings: Finding[]): { readonly [K in typeof name]?: number } {
  const n = num(el, name);
  if (n === undefined) return {};
  if (VALID_NUMBER[name](n)) return { [name]: n };
  findings.push(finding("metadata-malformed", { reason: `${el.local} ${name}="${attr(el, name) ?? ""}"` }));
  return {};
}
const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined =>
  allowed.includes(value as T) ? (value as T) : undefined;

/**
 * A clause's or sub-point's references (since 1.3); absent when it has none. One without a
 * target or whole-number offsets says nothing we could follow and is left out; the body,
 * which holds the references as fields, is the truth.
 */
function verweise(el: MetadataElement): { verweise?: readonly Verweis[] } {
  const out = kids(el, "verweis").flatMap((r): Verweis[] => {
    const ziel = attr(r, "ziel");
    const start = num(r, "start");
    const end = num(r, "end");
    return ziel !== undefined && Number.isSafeInteger(start) && Number.isSafeInteger(end) ? [{ ziel, start: start as number, end: end as number }] : [];
  });
  return out.length > 0 ? { verweise: out } : {};
}

function toVorlage(root: MetadataElement, findings: Finding[]): Vorlage {
  const kopf = kid(root, "kopf");
  const zust = kid(root, "zustaendigkeit");
  const fin = kid(root, "finanzierung");
  const finanzierung: Finanzierung | undefined = fin && {
    auswirkungen: attr(fin, "auswirkungen") === "true",
    ...checkedNum(fin, "betragCent", findings),
    ...(oneOf(attr(fin, "turnus"), ["einmalig", "jaehrlich"] as Turnus[]) ? { turnus: attr(fin, "turnus") as Turnus } : {}),
    ...checkedNum(fin, "haushaltsjahr", findings),
    bewirtschaftung: text(fin, "bewirtschaftung"),
    quellen: kids(fin, "quelle").map((q) => ({
      id: attr(q, "id") ?? "",
      stelle: {
        dezernat: text(q, "dezernat"),
        produkt: text(q, "produkt"),
        kostenstelle: text(q, "kostenstelle"),
        ...(kid(q, "sachkonto") ? { sachkonto: text(q, "sachkonto") } : {}),
      },
      ...checkedNum(q, "anteil", findings),
      ...checkedNum(q, "betragCent", findings),
    })),
  };
  const withNumber = <T extends object>(node: T, el: MetadataElement): T => {
    const shown = attr(el, "angezeigt");
    return shown === undefined ? node : { ...node, writtenNumber: shown };
  };
  return {
    header: {
      ...EMPTY_HEADER,
      gremium: text(kopf, "gremium"),
      sitzungsart: kopf ? oneOf(attr(kopf, "sitzungsart"), ["oeffentlich", "nichtoeffentlich"] as Sitzungsart[]) : undefined,
      sitzungsdatum: (kopf && attr(kopf, "sitzungsdatum")) ?? "",
      tagesordnung: text(kopf, "tagesordnung"),
      tagesordnungspunkt: text(kopf, "tagesordnungspunkt"),
      vorlagenNr: text(kopf, "vorlagenNr"),
      betreff: text(kopf, "betreff"),
      beschlussNr: text(kopf, "beschlussNr"),
      vorlagenart: text(kopf, "vorlagenart"),
    },
    zustaendigkeit: {
      federfuehrend: text(zust, "federfuehrend"),
      beteiligt: kids(zust, "beteiligt").map((b) => decodeText(b.text(), b.attribute("enc") ?? null)),
    },
    sections: kids(kid(root, "abschnitte"), "abschnitt").map((s) =>
      withNumber(
        {
          id: attr(s, "id") ?? "",
          kind: attr(s, "art") ?? "",
          clauses: kids(s, "ziffer").map((c) => {
            const unterpunkte = kids(c, "unterpunkt").map((u) => withNumber({ id: attr(u, "id") ?? "", text: text(u, "text"), ...verweise(u) }, u));
            return withNumber({ id: attr(c, "id") ?? "", text: text(c, "text"), ...verweise(c), ...(unterpunkte.length > 0 ? { unterpunkte } : {}) }, c);
          }),
        },
        s,
      ),
    ),
    finanzierung,
    bezuege: kids(kid(root, "bezuege"), "bezug").map((b) => ({
      id: attr(b, "id") ?? "",
      gremium: text(b, "gremium"),
      datum: attr(b, "datum") ?? "",
      bp: text(b, "bp"),
      vermerk: text(b, "vermerk"),
    })),
    beratungsfolge: kids(kid(root, "beratungsfolge"), "beratung").map((r) => ({
      id: attr(r, "id") ?? "",
      gremium: text(r, "gremium"),
      datum: attr(r, "datum") ?? "",
      rolle: text(r, "rolle"),
      entscheidend: attr(r, "entscheidend") === "true",
    })),
    verteiler: kids(kid(root, "verteiler"), "eintrag").map((e) => ({
      id: attr(e, "id") ?? "",
      empfaenger: text(e, "empfaenger"),
      bitte: oneOf(attr(e, "bitte"), ["kenntnisnahme", "veranlassung"] as Bitte[]),
      ...(attr(e, "zeichnung") !== undefined ? { zeichnung: attr(e, "zeichnung") as string } : {}),
    })),
    zeichnungen: kids(kid(root, "zeichnungen"), "zeichnung").map((z) => ({
      id: attr(z, "id") ?? "",
      ort: text(z, "ort"),
      datum: attr(z, "datum") ?? "",
      zusatz: text(z, "zusatz"),
      name: text(z, "name"),
      ...(kid(z, "absender") ? { absender: text(z, "absender") } : {}),
      ...(kid(z, "absenderNummer") ? { absenderNummer: text(z, "absenderNummer") } : {}),
    })),
    bloecke: Object.fromEntries(
      kids(kid(root, "bloecke"), "block").map((b) => [
        attr(b, "id") ?? "",
        Object.fromEntries(kids(b, "wert").map((w) => [attr(w, "feld") ?? "", text(w, "text")])),
      ]),
    ),
  };
}

/** Whether a metadata part's version is of a newer major than ours (or no version we can read): its meaning may have changed, so it is read, never replaced. */
export function isNewerMajor(version: string | undefined): boolean {
  if (version === undefined) return false;
  const [major] = version.split(".");
  const [ourMajor] = METADATA_VERSION.split(".");
  return !/^\d+\.\d+$/.test(version) || Number(major) > Number(ourMajor);
}

/** A metadata part that could not be read: only the finding that says why. */
export const unreadableMetadata = (code: "metadata-malformed" | "metadata-foreign", params: Record<string, string>): MetadataRead => ({
  vorlage: undefined,
  version: undefined,
  profil: undefined,
  findings: [finding(code, params)],
});

/** Whether a part declares a DOCTYPE: refused before any parser sees it, so that no entity is ever expanded. */
export const declaresDoctype = (xml: string): boolean => /<!DOCTYPE/i.test(xml);

/** What a parsed metadata part holds, from its root element (null: the parser found none). */
export function metadataOfRoot(root: MetadataElement | null): MetadataRead {
  if (!root || root.local !== "vorlage" || root.uri !== METADATA_NAMESPACE) {
    return unreadableMetadata("metadata-foreign", { root: root ? `{${root.uri}}${root.local}` : "" });
  }
  const version = root.attribute("version") ?? "";
  const findings: Finding[] = [];
  if (isNewerMajor(version)) {
    findings.push(finding("metadata-version-newer", { version, supported: METADATA_VERSION }));
  }
  const vorlage = toVorlage(root, findings);
  return { vorlage, version, profil: root.attribute("profil"), findings };
}

const elementKids = (el: XmlElement): XmlElement[] => {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n !== null; n = n.nextSibling) if (n.nodeType === 1) out.push(n as XmlElement);
  return out;
};

/** A DOM element seen as a `MetadataElement`; its children are wrapped when first asked for. */
function domElement(el: XmlElement): MetadataElement {
  let children: MetadataElement[] | undefined;
  return {
    uri: el.namespaceURI ?? "",
    local: el.localName ?? "",
    attribute: (name) => (el.hasAttribute(name) ? (el.getAttribute(name) ?? "") : undefined),
    get children() {
      children ??= elementKids(el).map(domElement);
      return children;
    },
    text: () => el.textContent ?? "",
  };
}

/**
 * Reads a metadata part with the DOM. Never throws for what a document may contain: malformed
 * XML, a DOCTYPE (refused before parsing: no entity is ever expanded), another add-in's part or
 * a newer major version all become findings; a newer version is still read as far as it
 * is understood. The .docx path reads the same without a DOM (read-metadata-part.ts).
 */
export function readMetadataXml(xml: string): MetadataRead {
  if (declaresDoctype(xml)) return unreadableMetadata("metadata-malformed", { reason: "DOCTYPE" });
  let root: XmlElement | null;
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new SyntaxError(message);
      },
    }).parseFromString(xml, "application/xml");
    root = doc.documentElement;
  } catch (e) {
    return unreadableMetadata("metadata-malformed", { reason: (e as Error).message.split("\n")[0] ?? "" });
  }
  return metadataOfRoot(root && domElement(root));
}

/** What our writer knows, element by element: its attributes and child elements. Anything else in a part was written by another (newer) version. */
const KNOWN: Readonly<Record<string, { readonly attrs: readonly string[]; readonly kids: readonly string[] }>> = {
  vorlage: { attrs: ["version", "profil"], kids: ["kopf", "zustaendigkeit", "abschnitte", "finanzierung", "bezuege", "beratungsfolge", "verteiler", "zeichnungen", "bloecke"] },
  kopf: { attrs: ["sitzungsart", "sitzungsdatum"], kids: ["gremium", "tagesordnung", "tagesordnungspunkt", "vorlagenNr", "betreff", "beschlussNr", "vorlagenart"] },
  zustaendigkeit: { attrs: [], kids: ["federfuehrend", "beteiligt"] },
  abschnitte: { attrs: [], kids: ["abschnitt"] },
  abschnitt: { attrs: ["id", "art", "nummer", "angezeigt"], kids: ["ziffer"] },
  ziffer: { attrs: ["id", "nummer", "angezeigt"], kids: ["text", "verweis", "unterpunkt"] },
  unterpunkt: { attrs: ["id", "nummer", "angezeigt"], kids: ["text", "verweis"] },
  verweis: { attrs: ["ziel", "start", "end"], kids: [] },
  finanzierung: { attrs: ["auswirkungen", "betragCent", "turnus", "haushaltsjahr"], kids: ["bewirtschaftung", "quelle"] },
  quelle: { attrs: ["id", "anteil", "betragCent"], kids: ["dezernat", "produkt", "kostenstelle", "sachkonto"] },
  bezuege: { attrs: [], kids: ["bezug"] },
  bezug: { attrs: ["id", "datum"], kids: ["gremium", "bp", "vermerk"] },
  beratungsfolge: { attrs: [], kids: ["beratung"] },
  beratung: { attrs: ["id", "datum", "entscheidend"], kids: ["gremium", "rolle"] },
  verteiler: { attrs: [], kids: ["eintrag"] },
  eintrag: { attrs: ["id", "bitte", "zeichnung"], kids: ["empfaenger"] },
  zeichnungen: { attrs: [], kids: ["zeichnung"] },
  zeichnung: { attrs: ["id", "datum"], kids: ["ort", "zusatz", "name", "absender", "absenderNummer"] },
  bloecke: { attrs: [], kids: ["block"] },
  block: { attrs: ["id"], kids: ["wert"] },
  wert: { attrs: ["feld"], kids: ["text"] },
};

/** Carries what `stored` holds and our writer does not know into `fresh` (same element, found by name and id); true when anything was carried. */
function carryUnknown(stored: XmlElement, fresh: XmlElement): boolean {
  const known = KNOWN[stored.localName ?? ""];
  if (!known) return false;
  let carried = false;
  for (let i = 0; i < stored.attributes.length; i++) {
    const a = stored.attributes.item(i);
    if (!a || a.name === "xmlns" || a.prefix === "xmlns") continue;
    const ours = (a.namespaceURI === null || a.namespaceURI === "") && known.attrs.includes(a.localName ?? a.name);
    if (ours || fresh.hasAttributeNS(a.namespaceURI, a.localName ?? a.name)) continue;
    fresh.setAttributeNS(a.namespaceURI, a.name, a.value);
    carried = true;
  }
  const freshKids = elementKids(fresh);
  const used = new Set<XmlElement>();
  let anchor: XmlElement | undefined;
  for (const kid of elementKids(stored)) {
    const name = kid.localName ?? "";
    if (kid.namespaceURI === METADATA_NAMESPACE && known.kids.includes(name)) {
      const id = kid.getAttribute("id");
      const counterpart = freshKids.find((f) => !used.has(f) && f.localName === name && (id === null || id === "" || f.getAttribute("id") === id));
      if (!counterpart) continue;
      used.add(counterpart);
      carried = carryUnknown(kid, counterpart) || carried;
      anchor = counterpart;
    } else {
      const copy = (fresh.ownerDocument as NonNullable<typeof fresh.ownerDocument>).importNode(kid, true) as XmlElement;
      fresh.insertBefore(copy, anchor ? anchor.nextSibling : fresh.firstChild);
      anchor = copy;
      carried = true;
    }
  }
  return carried;
}

/**
 * Our metadata part as it will be written over a stored one of the same major version: what
 * a newer minor version wrote and we do not know (elements, attributes) is kept where it
 * stood, and so is that version number, so that the newer version finds its data again.
 * `fresh` is returned as it is when there is nothing to keep or `stored` cannot be parsed.
 */
export function keepUnknown(stored: string, fresh: string): string {
  if (/<!DOCTYPE/i.test(stored)) return fresh;
  const parse = (xml: string) =>
    new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new SyntaxError(message);
      },
    }).parseFromString(xml, "application/xml");
  let old: XmlElement | null;
  try {
    old = parse(stored).documentElement;
  } catch {
    // A malformed part holds nothing we could keep.
    return fresh;
  }
  const doc = parse(fresh);
  const root = doc.documentElement;
  if (!old || !root || old.localName !== "vorlage" || old.namespaceURI !== METADATA_NAMESPACE) return fresh;
  if (!carryUnknown(old, root)) return fresh;
  const version = old.getAttribute("version") ?? "";
  const [major, minor] = version.split(".").map(Number);
  const [ourMajor, ourMinor] = METADATA_VERSION.split(".").map(Number);
  if (/^\d+\.\d+$/.test(version) && major === ourMajor && (minor as number) > (ourMinor as number)) root.setAttribute("version", version);
  // The serializer writes CR and the line ends some parsers normalise as characters; as `escapeText` does, they go as references.
  return new XMLSerializer().serializeToString(doc).replace(/[\r\u0085\u2028\u2029]/g, (c) => `&#${c.charCodeAt(0)};`);
}
