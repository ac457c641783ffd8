import { isValidIsoDate } from "../german/dates";
import type { Vorlage } from "../model/vorlage";
import type { Profile } from "../profile/profile";
import { beschlussText } from "./beschluss-text";
import type { PrintedForm } from "./printed-form";

/**
 * The Vorlage as an OParl 1.1 `Paper` (https://oparl.org/spezifikation/), for handing it to
 * a Ratsinformationssystem. We emit what we know and nothing we would have to invent:
 * URLs of the Body, of Organizations and of the Paper itself come from the profile or
 * the caller, or are left out. OParl makes `id` mandatory for objects a server publishes;
 * this is the payload *before* a server has given it one. The decided text — clauses and
 * their sub-points a), b), c) — has no field in a Paper; it travels as the main File's `text`. Schema of what we emit:
 * `schemas/oparl-paper.schema.json`.
 */
export const OPARL_PAPER = "https://schema.oparl.org/1.1/Paper";
export const OPARL_CONSULTATION = "https://schema.oparl.org/1.1/Consultation";
export const OPARL_FILE = "https://schema.oparl.org/1.1/File";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface OParlFile {
  readonly type: typeof OPARL_FILE;
  readonly name?: string;
  readonly fileName: string;
  readonly mimeType: string;
  readonly date?: string;
  readonly size?: number;
  readonly sha512Checksum?: string;
  readonly accessUrl?: string;
  /** The decided text (sections, clauses, sub-points) as plain text; see `beschlussText`. */
  readonly text?: string;
}


export interface OParlConsultation {
  readonly type: typeof OPARL_CONSULTATION;
  readonly role?: string;
  readonly authoritative: boolean;
  readonly organization?: readonly string[];
}

export interface OParlPaper {
  readonly id?: string;
  readonly type: typeof OPARL_PAPER;
  readonly body?: string;
  readonly name: string;
  /** The Vorlagen-Nr. as printed; left out when the document shows none. */
  readonly reference?: string;
  /** The Vorlage's own date (a Zeichnung's before the session); never the session's: a Paper is dated when it was made. */
  readonly date?: string;
  /** The kind the document states (Antrag, Anfrage, Mitteilungsvorlage …); optional in OParl 1.1, left out when unstated. */
  readonly paperType?: string;
  readonly underDirectionOf?: readonly string[];
  readonly consultation?: readonly OParlConsultation[];
  readonly mainFile?: OParlFile;
  readonly created: string;
  readonly modified: string;
}

export interface OParlOptions {
  /** ISO 8601 date-times; OParl requires both. The document's own dates where known, else now. */
  readonly created: string;
  readonly modified: string;
  /** The Paper's URL, once the RIS has assigned one. */
  readonly id?: string;
  /** The .docx the Paper describes. */
  readonly mainFile?: Omit<OParlFile, "type" | "name" | "mimeType" | "text">;
  /** A recognised document's own headings: the main File's text says what the document says. */
  readonly printed?: PrintedForm;
}

export function toOParlPaper(v: Vorlage, profile: Profile, options: OParlOptions): OParlPaper {
  const organizationOf = (gremium: string): string[] | undefined => {
    const url = profile.gremien.find((g) => g.name === gremium || g.id === gremium)?.oparlOrganization;
    return url === undefined ? undefined : [url];
  };
  const consultationOf = (gremium: string, datum: string, role: string, authoritative: boolean): OParlConsultation => {
    const organization = organizationOf(gremium);
    return {
      type: OPARL_CONSULTATION,
      ...(role !== "" ? { role } : {}),
      authoritative,
      ...(organization ? { organization } : {}),
    };
  };
  // Without a Beratungsfolge, the session the header names is the Paper's one Consultation: named by its Gremium, or —
  // where the document states its session but no Gremium — by its date alone, then without an Organization: the Paper is
  // consulted, by whom is not stated. A Gremium recognition inferred is named as check names it (tryout7 F8).
  const consultation: OParlConsultation[] =
    v.beratungsfolge.length > 0
      ? v.beratungsfolge.map((r) => consultationOf(r.gremium, r.datum, r.rolle, r.entscheidend))
      : v.header.gremium !== "" || isValidIsoDate(v.header.sitzungsdatum)
        ? [consultationOf(v.header.gremium, v.header.sitzungsdatum, "Entscheidung", true)]
        : [];
  const lead = profile.dezernate.list.find((d) => d.id === v.zustaendigkeit.federfuehrend)?.oparlOrganization;
  // The Vorlage's own date (OParl 1.1 Paper.date: „Datum, welches als Startpunkt für Fristen u. ä. verwendet ist“), as
  // the Karlsruhe records carry it; the session date is the Consultation's, not the Paper's. A Zeichnung dated on or
  // after the session signs the decision's Zuleitung (Wiesbaden's „Dem Magistrat … Wiesbaden, 21.03.2024“), not the Paper.
  const session = isValidIsoDate(v.header.sitzungsdatum) ? v.header.sitzungsdatum : undefined;
  const date = v.zeichnungen.map((z) => z.datum).find((d) => isValidIsoDate(d) && (session === undefined || d < session));
  // Only the kind the document states: a Frankfurt Antrag or a Köln Fraktionsantrag is no Beschlussvorlage.
  const paperType = v.header.vorlagenart !== "" ? v.header.vorlagenart : undefined;
  const fileTitle = paperType ?? (v.header.betreff !== "" ? v.header.betreff : undefined);
  return {
    ...(options.id ? { id: options.id } : {}),
    type: OPARL_PAPER,
    ...(profile.oparl.body ? { body: profile.oparl.body } : {}),
    name: v.header.betreff,
    ...(v.header.vorlagenNr !== "" ? { reference: v.header.vorlagenNr } : {}),
    ...(date ? { date } : {}),
    ...(paperType ? { paperType } : {}),
    ...(lead ? { underDirectionOf: [lead] } : {}),
    ...(consultation.length > 0 ? { consultation } : {}),
    ...(options.mainFile
      ? { mainFile: { type: OPARL_FILE, ...(fileTitle ? { name: fileTitle } : {}), mimeType: DOCX_MIME, ...options.mainFile, ...(v.sections.length > 0 ? { text: beschlussText(v, profile, options.printed) } : {}) } }
      : {}),
    created: options.created,
    modified: options.modified,
  };
}
