import type { Role, ReasonCode } from "../core/recognize/decode/roles";
import type { Lang } from "./format-finding";

/**
 * The words of `beschluss recognize --explain`: each line's role and the features that decided
 * it, German first. Kept apart from the command's other words so that the decoder's vocabulary
 * (roles and features) has one place in each language.
 */
export interface ExplainMessages {
  readonly roles: Readonly<Record<Role, string>>;
  readonly reasons: Readonly<Record<ReasonCode, (param: string) => string>>;
  /** The first line of the listing. */
  readonly heading: (file: string, lines: number) => string;
  /** „(Überschrift des Teils)“ after a role. */
  readonly head: string;
  /** „Feld Vorlagen-Nr.“: the field's name as the message catalogue words it (explain-line.ts). */
  readonly field: (name: string) => string;
  /** Names of the header fields a label can name that the message catalogue has no label for. */
  readonly fieldNames: Readonly<Record<string, string>>;
  /** After the role of a line the Vorlage takes into none of its parts (the same decision as `recognize-unassigned`). */
  readonly unassigned: string;
  /** After the role of a line of a decision stated short whose full statement further down is the decision (place `kurzfassung`, restated-decision.ts). */
  readonly summary: string;
  readonly quote: (text: string) => string;
}

const DE: ExplainMessages = {
  roles: {
    furniture: "Seitenrand",
    letterhead: "Briefkopf",
    "header-field": "Kopfangabe",
    beratungsfolge: "Beratungsfolge",
    betreff: "Betreff",
    bezug: "Bezug",
    heading: "Überschrift des Beschlussteils",
    "lead-in": "Einleitung des Beschlusses",
    clause: "Ziffer",
    "sub-point": "Unterpunkt",
    sachverhalt: "Sachverhalt/Begründung",
    finanzierung: "Finanzierung",
    anlagen: "Anlagen",
    verteiler: "Verteiler",
    zeichnung: "Zeichnung",
    quoted: "zitierter Text",
    other: "nicht zugeordnet",
    empty: "leer",
  },
  reasons: {
    "nothing-else": () => "nichts anderes passt",
    organisation: () => "Name einer Verwaltung",
    "document-type": () => "Art des Dokuments",
    "short-line": () => "kurze Zeile",
    label: (p) => `Bezeichnung „${p}“`,
    oeffentlich: () => "„öffentlich“",
    "two-column-row": () => "Tabellenzeile mit zwei Spalten",
    "value-under-label": () => "Wert unter einer Bezeichnung",
    "beratung-table-head": () => "Kopfzeile einer Beratungsfolge-Tabelle",
    "beratung-table-row": () => "Zeile einer Beratungsfolge-Tabelle",
    "beratung-heading": () => "„Beratungsfolge“",
    "beratung-line": () => "Gremium und Zuständigkeit als Zeile",
    "date-or-sitzung": () => "Datum oder Sitzung",
    hier: () => "„hier:“",
    "plain-line": () => "einfache Zeile",
    bezug: () => "Bezugsvermerk",
    "decision-heading": (p) => (p === "" ? "Überschrift eines Beschlussteils" : `Überschrift eines Beschlussteils (${p})`),
    announces: () => "kündigt die folgenden Ziffern an",
    "number-label": (p) => `Listennummer ${p} aus der Word-Liste`,
    "number-typed": (p) => `getippte Nummer ${p}`,
    "number-deep": (p) => `Nummer ${p} auf tieferer Ebene`,
    prose: () => "Fließtext",
    "table-in-clause": () => "Tabelle in einer Ziffer",
    "text-under-sub-point": () => "Text unter einem Unterpunkt",
    "part-heading": (p) => `Überschrift des Teils „${p}“`,
    "zu-ziffer": () => "„Zu 1.“",
    money: () => "Wörter zu Geld und Haushalt",
    checkbox: () => "Kontrollkästchen",
    anlage: () => "„Anlage …“",
    bitte: () => "„mit der Bitte um“ oder „z. K.“",
    recipient: () => "Empfängerzeile",
    "place-date": () => "Ort und Datum",
    gez: () => "„gez.“",
    "name-line": () => "Name oder Amt",
    quote: () => "öffnendes Anführungszeichen",
    "paragraph-sign": () => "Paragraf einer Satzung",
    furniture: () => "Seitenzahl oder Programmvermerk",
  },
  heading: (file, lines) => `${file}: ${lines} Zeilen, jede mit ihrer Rolle und den Merkmalen, die sie entschieden haben`,
  head: "Überschrift des Teils",
  field: (name) => `Feld ${name}`,
  fieldNames: { einreicher: "Einreicher", amt: "Amt", datum: "Datum", other: "sonstige Angabe" },
  unassigned: "in keinen Teil der Vorlage übernommen",
  summary: "Kurzfassung des weiter unten vollständig gefassten Beschlusses",
  quote: (text) => `„${text}“`,
};

const EN: ExplainMessages = {
  roles: {
    furniture: "page furniture",
    letterhead: "letterhead",
    "header-field": "header field",
    beratungsfolge: "order of deliberation",
    betreff: "subject",
    bezug: "reference",
    heading: "resolution heading",
    "lead-in": "lead-in to the resolution",
    clause: "clause",
    "sub-point": "sub-point",
    sachverhalt: "facts/reasons",
    finanzierung: "financing",
    anlagen: "attachments",
    verteiler: "distribution list",
    zeichnung: "signature",
    quoted: "quoted text",
    other: "not assigned",
    empty: "empty",
  },
  reasons: {
    "nothing-else": () => "nothing else fits",
    organisation: () => "name of an administration",
    "document-type": () => "kind of document",
    "short-line": () => "short line",
    label: (p) => `label "${p}"`,
    oeffentlich: () => '"öffentlich"',
    "two-column-row": () => "two-column table row",
    "value-under-label": () => "value under a label",
    "beratung-table-head": () => "header row of a deliberation table",
    "beratung-table-row": () => "row of a deliberation table",
    "beratung-heading": () => '"Beratungsfolge"',
    "beratung-line": () => "body and its role as a line",
    "date-or-sitzung": () => "date or session",
    hier: () => '"hier:"',
    "plain-line": () => "plain line",
    bezug: () => "reference note",
    "decision-heading": (p) => (p === "" ? "heading of a resolution part" : `heading of a resolution part (${p})`),
    announces: () => "announces the clauses that follow",
    "number-label": (p) => `list number ${p} from the Word list`,
    "number-typed": (p) => `typed number ${p}`,
    "number-deep": (p) => `number ${p} at a deeper level`,
    prose: () => "running text",
    "table-in-clause": () => "table inside a clause",
    "text-under-sub-point": () => "text under a sub-point",
    "part-heading": (p) => `heading of the part "${p}"`,
    "zu-ziffer": () => '"Zu 1."',
    money: () => "words about money and budget",
    checkbox: () => "checkbox",
    anlage: () => '"Anlage …"',
    bitte: () => '"mit der Bitte um" or "z. K."',
    recipient: () => "recipient line",
    "place-date": () => "place and date",
    gez: () => '"gez."',
    "name-line": () => "name or office",
    quote: () => "opening quotation mark",
    "paragraph-sign": () => "section of a by-law",
    furniture: () => "page number or program stamp",
  },
  heading: (file, lines) => `${file}: ${lines} lines, each with its role and the features that decided it`,
  head: "heading of the part",
  field: (name) => `field ${name}`,
  fieldNames: { einreicher: "submitted by", amt: "office", datum: "date", other: "other entry" },
  unassigned: "not taken into any part of the proposal",
  summary: "summary of the decision stated in full further down",
  quote: (text) => `"${text}"`,
};

export const EXPLAIN_MESSAGES: Readonly<Record<Lang, ExplainMessages>> = { de: DE, en: EN };
