import { InvalidValueError } from "../errors";
import type { Finanzierung, Verweis, Vorlage } from "../model/vorlage";
import { deriveNumbers } from "../numbering/derive-numbers";
import type { Profile } from "../profile/profile";
import { notPrinted } from "./not-printed";
import { attributes, textElement } from "./xml-text";

/**
 * The custom XML part that travels inside the document (WordApi 1.4 `customXmlParts`, or
 * `customXml/item*.xml` in the .docx). Its own namespace, a `version` attribute, and every
 * field of the model; schema: `schemas/vorlage-metadaten.xsd`. User text goes in elements,
 * so that `textElement` can keep it exact; ids, kinds and numbers go in attributes.
 *
 * No XML declaration: Word has refused `setXml` payloads that carry one.
 */
export const METADATA_NAMESPACE = "urn:x-beschlussvorlage:metadaten";

/**
 * major.minor: a newer minor only adds; a newer major may change meaning. 1.1 added sub-points
 * and the Sachkonto; 1.2 the Absender's internal number (`absenderNummer` of a Zeichnung); 1.3
 * the references between clauses (`verweise` of a clause or sub-point). The JSON export carries
 * the same version.
 */
export const METADATA_VERSION = "1.3";

const DATE = /^(\d{4}-\d{2}-\d{2})?$/;

function date(value: string, where: string): string {
  if (!DATE.test(value)) throw new InvalidValueError(`${where}: "${value}" is not a date of the form YYYY-MM-DD.`);
  return value;
}

function cents(value: number, where: string): number {
  if (!Number.isSafeInteger(value)) throw new InvalidValueError(`${where}: ${value} is not a whole number of cents.`);
  return value;
}

function list<T>(name: string, items: readonly T[], render: (item: T) => string): string {
  return items.length === 0 ? `<${name}/>` : `<${name}>${items.map(render).join("")}</${name}>`;
}

/** A clause's or sub-point's references, after its text: the target's id and the number's UTF-16 offsets. */
const verweise = (items: readonly Verweis[] | undefined): string =>
  (items ?? []).map((r) => `<verweis${attributes({ ziel: r.ziel, start: String(r.start), end: String(r.end) })}/>`).join("");

/**
 * The Finanzierung as the document states it. A house style that prints the Finanzierung prints
 * „keine“ and nothing else where there are no Auswirkungen; an amount, year or Deckung the model
 * still holds there (the pane keeps them while Auswirkungen is unticked) is not in the document,
 * so the part does not store it either: else a document read right after it was written would
 * disagree with its own metadata. Where the Finanzierung is not printed, the part is where it
 * lives, and keeps all of it.
 */
function statedFinanzierung(f: Finanzierung | undefined, profile: Profile): Finanzierung | undefined {
  if (f === undefined || f.auswirkungen || notPrinted(profile).finanzierung) return f;
  return { auswirkungen: false, quellen: [], bewirtschaftung: "" };
}

/** The Vorlage as the metadata part; numbers derived in the profile's style beside what the document shows. */
export function toMetadataXml(v: Vorlage, profile: Profile): string {
  const numbers = deriveNumbers(v, profile.numbering).byId;
  const h = v.header;
  const kopf =
    `<kopf${attributes({ sitzungsart: h.sitzungsart, sitzungsdatum: date(h.sitzungsdatum, "Sitzungsdatum") || undefined })}>` +
    textElement("gremium", h.gremium) +
    textElement("tagesordnung", h.tagesordnung) +
    textElement("tagesordnungspunkt", h.tagesordnungspunkt) +
    textElement("vorlagenNr", h.vorlagenNr) +
    textElement("betreff", h.betreff) +
    textElement("beschlussNr", h.beschlussNr) +
    textElement("vorlagenart", h.vorlagenart) +
    `</kopf>`;
  const zustaendigkeit =
    `<zustaendigkeit>` +
    textElement("federfuehrend", v.zustaendigkeit.federfuehrend) +
    v.zustaendigkeit.beteiligt.map((d) => textElement("beteiligt", d)).join("") +
    `</zustaendigkeit>`;
  const abschnitte = list("abschnitte", v.sections, (s) =>
    `<abschnitt${attributes({ id: s.id, art: s.kind, nummer: numbers.get(s.id), angezeigt: s.writtenNumber })}>` +
    s.clauses
      .map(
        (c) =>
          `<ziffer${attributes({ id: c.id, nummer: numbers.get(c.id), angezeigt: c.writtenNumber })}>${textElement("text", c.text)}${verweise(c.verweise)}` +
          (c.unterpunkte ?? [])
            .map((u) => `<unterpunkt${attributes({ id: u.id, nummer: numbers.get(u.id), angezeigt: u.writtenNumber })}>${textElement("text", u.text)}${verweise(u.verweise)}</unterpunkt>`)
            .join("") +
          `</ziffer>`,
      )
      .join("") +
    `</abschnitt>`,
  );
  const f = statedFinanzierung(v.finanzierung, profile);
  const finanzierung =
    f === undefined
      ? ""
      : `<finanzierung${attributes({
          auswirkungen: f.auswirkungen,
          betragCent: f.betragCent === undefined ? undefined : cents(f.betragCent, "Finanzierung"),
          turnus: f.turnus,
          haushaltsjahr: f.haushaltsjahr,
        })}>` +
        textElement("bewirtschaftung", f.bewirtschaftung) +
        f.quellen
          .map(
            (q) =>
              `<quelle${attributes({ id: q.id, anteil: q.anteil, betragCent: q.betragCent === undefined ? undefined : cents(q.betragCent, "Deckungsquelle") })}>` +
              textElement("dezernat", q.stelle.dezernat) +
              textElement("produkt", q.stelle.produkt) +
              textElement("kostenstelle", q.stelle.kostenstelle) +
              (q.stelle.sachkonto === undefined ? "" : textElement("sachkonto", q.stelle.sachkonto)) +
              `</quelle>`,
          )
          .join("") +
        `</finanzierung>`;
  const bezuege = list("bezuege", v.bezuege, (b) =>
    `<bezug${attributes({ id: b.id, datum: date(b.datum, "Bezug") || undefined })}>` +
    textElement("gremium", b.gremium) + textElement("bp", b.bp) + textElement("vermerk", b.vermerk) + `</bezug>`,
  );
  const beratungsfolge = list("beratungsfolge", v.beratungsfolge, (r) =>
    `<beratung${attributes({ id: r.id, datum: date(r.datum, "Beratung") || undefined, entscheidend: r.entscheidend })}>` +
    textElement("gremium", r.gremium) + textElement("rolle", r.rolle) + `</beratung>`,
  );
  const verteiler = list("verteiler", v.verteiler, (e) =>
    `<eintrag${attributes({ id: e.id, bitte: e.bitte, zeichnung: e.zeichnung })}>${textElement("empfaenger", e.empfaenger)}</eintrag>`,
  );
  const zeichnungen = list("zeichnungen", v.zeichnungen, (z) =>
    `<zeichnung${attributes({ id: z.id, datum: date(z.datum, "Zeichnung") || undefined })}>` +
    textElement("ort", z.ort) + textElement("zusatz", z.zusatz) + textElement("name", z.name) +
    (z.absender === undefined ? "" : textElement("absender", z.absender)) +
    (z.absenderNummer === undefined ? "" : textElement("absenderNummer", z.absenderNummer)) + `</zeichnung>`,
  );
  const bloecke = list("bloecke", Object.entries(v.bloecke), ([id, values]) =>
    `<block${attributes({ id })}>` +
    Object.entries(values).map(([feld, wert]) => `<wert${attributes({ feld })}>${textElement("text", wert)}</wert>`).join("") +
    `</block>`,
  );
  return (
    `<vorlage xmlns="${METADATA_NAMESPACE}"${attributes({ version: METADATA_VERSION, profil: profile.id })}>` +
    kopf + zustaendigkeit + abschnitte + finanzierung + bezuege + beratungsfolge + verteiler + zeichnungen + bloecke +
    `</vorlage>`
  );
}
