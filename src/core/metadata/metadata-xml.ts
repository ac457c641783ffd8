import { InvalidValueError } from "../errors";
import type { Finanzierung, Verweis, Vorlage } from "../model/vorlage";
import { derivedNumbers } from "../numbering/derive-numbers";
import type { Profile } from "../profile/profile";
import { notPrinted } from "./not-printed";
import { attribute, attributes, escapeText, isXmlText, textElement } from "./xml-text";

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

/** Receives the part piece by piece: a string is built of the pieces, or they are compared with a part already stored. */
type Put = (piece: string) => void;

/**
 * Any code unit that is not plain in text content: what XML 1.0 cannot hold (a surrogate too, paired or not), or what
 * `escapeText` replaces. A text without any is written as it is: one regular expression instead of `isXmlText` and
 * `escapeText` each going over it (every text of the part is asked on every read of a document).
 */
const NOT_PLAIN_TEXT = /[^\t\n\x20-\x25\x27-\x3b\x3d\x3f-\x84\x86-\u2027\u202a-\ud7ff\ue000-\ufffd]/;

/** `textElement` in three pieces (start tag, text, end tag), so that a long text is never copied into a piece of markup. */
function putText(put: Put, name: string, text: string): void {
  const plain = !NOT_PLAIN_TEXT.test(text);
  if (!plain && !isXmlText(text)) {
    put(textElement(name, text));
    return;
  }
  if (text === "") {
    put(`<${name}/>`);
    return;
  }
  put(`<${name}>`);
  put(plain ? text : escapeText(text));
  put(`</${name}>`);
}

/** An element's start tag with its attributes, as one piece (`attributes` leaves out undefined values and refuses what XML cannot hold). */
function putStart(put: Put, name: string, values: Readonly<Record<string, string | number | boolean | undefined>>): void {
  put(`<${name}${attributes(values)}>`);
}

function putEnd(put: Put, name: string): void {
  put(`</${name}>`);
}

function putList<T>(put: Put, name: string, items: readonly T[], render: (item: T) => void): void {
  if (items.length === 0) {
    put(`<${name}/>`);
    return;
  }
  put(`<${name}>`);
  for (const item of items) render(item);
  putEnd(put, name);
}

/** A clause's or sub-point's references, after its text: the target's id and the number's UTF-16 offsets. */
function putVerweise(put: Put, items: readonly Verweis[] | undefined): void {
  for (const r of items ?? []) {
    put(`<verweis${attribute("ziel", r.ziel)}${attribute("start", String(r.start))}${attribute("end", String(r.end))}/>`);
  }
}

/**
 * The part, piece by piece, in document order: what `toMetadataXml` joins and `writesMetadataXml`
 * compares. Throws `InvalidValueError` for a value the format cannot hold.
 */
function writeMetadataXml(v: Vorlage, profile: Profile, put: Put, shown = true): void {
  const numbers = derivedNumbers(v, profile.numbering).byId;
  const h = v.header;
  put(`<vorlage xmlns="${METADATA_NAMESPACE}"${attributes({ version: METADATA_VERSION, profil: profile.id })}>`);
  putStart(put, "kopf", { sitzungsart: h.sitzungsart, sitzungsdatum: date(h.sitzungsdatum, "Sitzungsdatum") || undefined });
  putText(put, "gremium", h.gremium);
  putText(put, "tagesordnung", h.tagesordnung);
  putText(put, "tagesordnungspunkt", h.tagesordnungspunkt);
  putText(put, "vorlagenNr", h.vorlagenNr);
  putText(put, "betreff", h.betreff);
  putText(put, "beschlussNr", h.beschlussNr);
  putText(put, "vorlagenart", h.vorlagenart);
  putEnd(put, "kopf");
  put("<zustaendigkeit>");
  putText(put, "federfuehrend", v.zustaendigkeit.federfuehrend);
  for (const d of v.zustaendigkeit.beteiligt) putText(put, "beteiligt", d);
  putEnd(put, "zustaendigkeit");
  putList(put, "abschnitte", v.sections, (s) => {
    put(`<abschnitt${attribute("id", s.id)}${attribute("art", s.kind)}${attribute("nummer", numbers.get(s.id))}${shown ? attribute("angezeigt", s.writtenNumber) : ""}>`);
    for (const c of s.clauses) {
      put(`<ziffer${attribute("id", c.id)}${attribute("nummer", numbers.get(c.id))}${shown ? attribute("angezeigt", c.writtenNumber) : ""}>`);
      putText(put, "text", c.text);
      putVerweise(put, c.verweise);
      for (const u of c.unterpunkte ?? []) {
        put(`<unterpunkt${attribute("id", u.id)}${attribute("nummer", numbers.get(u.id))}${shown ? attribute("angezeigt", u.writtenNumber) : ""}>`);
        putText(put, "text", u.text);
        putVerweise(put, u.verweise);
        putEnd(put, "unterpunkt");
      }
      putEnd(put, "ziffer");
    }
    putEnd(put, "abschnitt");
  });
  const f = statedFinanzierung(v.finanzierung, profile);
  if (f !== undefined) {
    putStart(put, "finanzierung", {
      auswirkungen: f.auswirkungen,
      betragCent: f.betragCent === undefined ? undefined : cents(f.betragCent, "Finanzierung"),
      turnus: f.turnus,
      haushaltsjahr: f.haushaltsjahr,
    });
    putText(put, "bewirtschaftung", f.bewirtschaftung);
    for (const q of f.quellen) {
      putStart(put, "quelle", { id: q.id, anteil: q.anteil, betragCent: q.betragCent === undefined ? undefined : cents(q.betragCent, "Deckungsquelle") });
      putText(put, "dezernat", q.stelle.dezernat);
      putText(put, "produkt", q.stelle.produkt);
      putText(put, "kostenstelle", q.stelle.kostenstelle);
      if (q.stelle.sachkonto !== undefined) putText(put, "sachkonto", q.stelle.sachkonto);
      putEnd(put, "quelle");
    }
    putEnd(put, "finanzierung");
  }
  putList(put, "bezuege", v.bezuege, (b) => {
    putStart(put, "bezug", { id: b.id, datum: date(b.datum, "Bezug") || undefined });
    putText(put, "gremium", b.gremium);
    putText(put, "bp", b.bp);
    putText(put, "vermerk", b.vermerk);
    putEnd(put, "bezug");
  });
  putList(put, "beratungsfolge", v.beratungsfolge, (r) => {
    putStart(put, "beratung", { id: r.id, datum: date(r.datum, "Beratung") || undefined, entscheidend: r.entscheidend });
    putText(put, "gremium", r.gremium);
    putText(put, "rolle", r.rolle);
    putEnd(put, "beratung");
  });
  putList(put, "verteiler", v.verteiler, (e) => {
    putStart(put, "eintrag", { id: e.id, bitte: e.bitte, zeichnung: e.zeichnung });
    putText(put, "empfaenger", e.empfaenger);
    putEnd(put, "eintrag");
  });
  putList(put, "zeichnungen", v.zeichnungen, (z) => {
    putStart(put, "zeichnung", { id: z.id, datum: date(z.datum, "Zeichnung") || undefined });
    putText(put, "ort", z.ort);
    putText(put, "zusatz", z.zusatz);
    putText(put, "name", z.name);
    if (z.absender !== undefined) putText(put, "absender", z.absender);
    if (z.absenderNummer !== undefined) putText(put, "absenderNummer", z.absenderNummer);
    putEnd(put, "zeichnung");
  });
  putList(put, "bloecke", Object.entries(v.bloecke), ([id, values]) => {
    putStart(put, "block", { id });
    for (const [feld, wert] of Object.entries(values)) {
      putStart(put, "wert", { feld });
      putText(put, "text", wert);
      putEnd(put, "wert");
    }
    putEnd(put, "block");
  });
  put("</vorlage>");
}

/** The Vorlage as the metadata part; numbers derived in the profile's style beside what the document shows. */
export function toMetadataXml(v: Vorlage, profile: Profile): string {
  return metadataXml(v, profile, true);
}

/** `toMetadataXml`, or with `shown` false that of the Vorlage without the numbers its document shows (`withoutWrittenNumbers`). */
function metadataXml(v: Vorlage, profile: Profile, shown: boolean): string {
  let out = "";
  writeMetadataXml(
    v,
    profile,
    (piece) => {
      out += piece;
    },
    shown,
  );
  return out;
}

/** Thrown inside `writesMetadataXml` at the first piece that differs: the rest is not written. */
class Differs extends Error {}

/**
 * Whether `stored` is exactly what `toMetadataXml(v, profile)` returns. The part is written
 * whole and compared once: in the common case (the part is what the body writes) every piece
 * is written anyway, and one comparison of two strings costs less than a slice and a comparison
 * per piece (a ten-page part: about 110 against 185 µs). Throws what `toMetadataXml` throws for
 * a value the format cannot hold, unless the part differs before the element that holds it (a
 * start tag with its attributes is one piece): then it is compared piece by piece.
 *
 * `shown: false` compares the part the Vorlage without the numbers its document shows would
 * have (`withoutWrittenNumbers(v)`, as the add-in writes it), without copying every clause for it.
 */
export function writesMetadataXml(stored: string, v: Vorlage, profile: Profile, options: { readonly shown?: boolean } = {}): boolean {
  const shown = options.shown ?? true;
  let written: string;
  try {
    written = metadataXml(v, profile, shown);
  } catch (e) {
    if (e instanceof InvalidValueError) return writesUpTo(stored, v, profile, shown);
    throw e;
  }
  return written === stored;
}

/**
 * `writesMetadataXml` piece by piece against the stored text, for a Vorlage that holds a value
 * the format cannot hold: false at the first piece that differs, else what `toMetadataXml` throws.
 */
function writesUpTo(stored: string, v: Vorlage, profile: Profile, shown: boolean): boolean {
  let at = 0;
  try {
    writeMetadataXml(
      v,
      profile,
      (piece) => {
        if (!stored.startsWith(piece, at)) throw new Differs();
        at += piece.length;
      },
      shown,
    );
  } catch (e) {
    if (e instanceof Differs) return false;
    throw e;
  }
  return at === stored.length;
}
