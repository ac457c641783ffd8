import { DOMParser } from "@xmldom/xmldom";
import type { Element as XmlElement } from "@xmldom/xmldom";
import { EMPTY_HEADER } from "../model/builders";
import type { Bitte, Finanzierung, Sitzungsart, Turnus, Vorlage } from "../model/vorlage";
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
} as const;

const DOCUMENT = { type: "document" } as const;

function finding(code: keyof typeof METADATA_FINDING_CODES, params: Record<string, string> = {}): Finding {
  return { code, severity: METADATA_FINDING_CODES[code], location: DOCUMENT, params };
}

function kids(el: XmlElement | undefined, name: string): XmlElement[] {
  if (!el) return [];
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as XmlElement).localName === name && (n as XmlElement).namespaceURI === METADATA_NAMESPACE) out.push(n as XmlElement);
  }
  return out;
}

const kid = (el: XmlElement | undefined, name: string): XmlElement | undefined => kids(el, name)[0];
const text = (el: XmlElement | undefined, name: string): string => {
  const k = kid(el, name);
  return k ? decodeText(k.textContent ?? "", k.getAttribute("enc")) : "";
};
const attr = (el: XmlElement, name: string): string | undefined => (el.hasAttribute(name) ? (el.getAttribute(name) ?? "") : undefined);
const num = (el: XmlElement, name: string): number | undefined => {
  const raw = attr(el, name);
  if (raw === undefined || raw.trim() === "") return undefined;
  const n = Number(raw);
  return Number.isNaN(n) && raw !== "NaN" ? undefined : n;
};
const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined =>
  allowed.includes(value as T) ? (value as T) : undefined;

function toVorlage(root: XmlElement): Vorlage {
  const kopf = kid(root, "kopf");
  const zust = kid(root, "zustaendigkeit");
  const fin = kid(root, "finanzierung");
  const finanzierung: Finanzierung | undefined = fin && {
    auswirkungen: attr(fin, "auswirkungen") === "true",
    ...(num(fin, "betragCent") !== undefined ? { betragCent: num(fin, "betragCent") as number } : {}),
    ...(oneOf(attr(fin, "turnus"), ["einmalig", "jaehrlich"] as Turnus[]) ? { turnus: attr(fin, "turnus") as Turnus } : {}),
    ...(num(fin, "haushaltsjahr") !== undefined ? { haushaltsjahr: num(fin, "haushaltsjahr") as number } : {}),
    bewirtschaftung: text(fin, "bewirtschaftung"),
    quellen: kids(fin, "quelle").map((q) => ({
      id: attr(q, "id") ?? "",
      stelle: {
        dezernat: text(q, "dezernat"),
        produkt: text(q, "produkt"),
        kostenstelle: text(q, "kostenstelle"),
        ...(kid(q, "sachkonto") ? { sachkonto: text(q, "sachkonto") } : {}),
      },
      ...(num(q, "anteil") !== undefined ? { anteil: num(q, "anteil") as number } : {}),
      ...(num(q, "betragCent") !== undefined ? { betragCent: num(q, "betragCent") as number } : {}),
    })),
  };
  const withNumber = <T extends object>(node: T, el: XmlElement): T => {
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
      beteiligt: kids(zust, "beteiligt").map((b) => decodeText(b.textContent ?? "", b.getAttribute("enc"))),
    },
    sections: kids(kid(root, "abschnitte"), "abschnitt").map((s) =>
      withNumber(
        {
          id: attr(s, "id") ?? "",
          kind: attr(s, "art") ?? "",
          clauses: kids(s, "ziffer").map((c) => {
            const unterpunkte = kids(c, "unterpunkt").map((u) => withNumber({ id: attr(u, "id") ?? "", text: text(u, "text") }, u));
            return withNumber({ id: attr(c, "id") ?? "", text: text(c, "text"), ...(unterpunkte.length > 0 ? { unterpunkte } : {}) }, c);
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
    })),
    bloecke: Object.fromEntries(
      kids(kid(root, "bloecke"), "block").map((b) => [
        attr(b, "id") ?? "",
        Object.fromEntries(kids(b, "wert").map((w) => [attr(w, "feld") ?? "", text(w, "text")])),
      ]),
    ),
  };
}

/**
 * Reads a metadata part. Never throws for what a document may contain: malformed XML, a
 * DOCTYPE (refused before parsing: no entity is ever expanded), another add-in's part or
 * a newer major version all become findings; a newer version is still read as far as it
 * is understood.
 */
export function readMetadataXml(xml: string): MetadataRead {
  const none = (f: Finding): MetadataRead => ({ vorlage: undefined, version: undefined, profil: undefined, findings: [f] });
  if (/<!DOCTYPE/i.test(xml)) return none(finding("metadata-malformed", { reason: "DOCTYPE" }));
  let root: XmlElement | null;
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new SyntaxError(message);
      },
    }).parseFromString(xml, "application/xml");
    root = doc.documentElement;
  } catch (e) {
    return none(finding("metadata-malformed", { reason: (e as Error).message.split("\n")[0] ?? "" }));
  }
  if (!root || root.localName !== "vorlage" || root.namespaceURI !== METADATA_NAMESPACE) {
    return none(finding("metadata-foreign", { root: root ? `{${root.namespaceURI ?? ""}}${root.localName}` : "" }));
  }
  const version = root.getAttribute("version") ?? "";
  const findings: Finding[] = [];
  const [major] = version.split(".");
  const [ourMajor] = METADATA_VERSION.split(".");
  if (!/^\d+\.\d+$/.test(version) || Number(major) > Number(ourMajor)) {
    findings.push(finding("metadata-version-newer", { version, supported: METADATA_VERSION }));
  }
  return { vorlage: toVorlage(root), version, profil: root.getAttribute("profil") ?? undefined, findings };
}
