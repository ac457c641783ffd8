/**
 * The closed set of roles a paragraph (or table row) of a plain Vorlage can have. Every line
 * gets exactly one, chosen by one decoding over the whole document (viterbi.ts), so that a
 * part ends where the next part's heading begins and nothing falls into a part it is not of.
 */
export type Role =
  | "furniture"
  | "letterhead"
  | "header-field"
  | "beratungsfolge"
  | "betreff"
  | "bezug"
  | "heading"
  | "lead-in"
  | "clause"
  | "sub-point"
  | "sachverhalt"
  | "finanzierung"
  | "anlagen"
  | "verteiler"
  | "zeichnung"
  | "quoted"
  | "other"
  | "empty";

/**
 * The hidden states of the grammar. A part with a heading of its own has a head state and a
 * body state, so that its body can only be entered through its heading: the Finanzierung
 * begins at „Finanzielle Auswirkungen“ and ends where the next heading begins.
 */
export const STATES = [
  "letterhead",
  "header-field",
  "beratungsfolge",
  "betreff",
  "bezug",
  "heading",
  "lead-in",
  "clause",
  "sub-point",
  "text-head",
  "text",
  "fin-head",
  "fin",
  "anl-head",
  "anl",
  "verteiler-head",
  "verteiler",
  "zeichnung",
  "quoted",
  "other",
] as const;
export type State = (typeof STATES)[number];

/** The role a state reports: a part's heading belongs to its part. */
export const ROLE_OF: Readonly<Record<State, Role>> = {
  letterhead: "letterhead",
  "header-field": "header-field",
  beratungsfolge: "beratungsfolge",
  betreff: "betreff",
  bezug: "bezug",
  heading: "heading",
  "lead-in": "lead-in",
  clause: "clause",
  "sub-point": "sub-point",
  "text-head": "sachverhalt",
  text: "sachverhalt",
  "fin-head": "finanzierung",
  fin: "finanzierung",
  "anl-head": "anlagen",
  anl: "anlagen",
  "verteiler-head": "verteiler",
  verteiler: "verteiler",
  zeichnung: "zeichnung",
  quoted: "quoted",
  other: "other",
};

/** One line's decision: its role, whether it heads its part, and the features that decided it. */
export interface Decoded {
  readonly role: Role;
  readonly state?: State;
  /** The line opens its part (a heading of Sachverhalt, Finanzierung, Anlagen, Verteiler). */
  readonly head: boolean;
  /** For a header field: which one (vorlagenNr, gremium …), when its label says so. */
  readonly field?: string;
  /** The features that spoke for this role, for `recognize --explain`. */
  readonly because: readonly Reason[];
}

/** A feature that decided a line's role, with what it saw (a label, a number as written). Worded in src/i18n/explain-messages.ts. */
export type ReasonCode =
  | "nothing-else"
  | "organisation"
  | "document-type"
  | "short-line"
  | "label"
  | "oeffentlich"
  | "two-column-row"
  | "value-under-label"
  | "beratung-table-head"
  | "beratung-table-row"
  | "beratung-heading"
  | "beratung-line"
  | "date-or-sitzung"
  | "hier"
  | "plain-line"
  | "bezug"
  | "decision-heading"
  | "announces"
  | "number-label"
  | "number-typed"
  | "number-deep"
  | "prose"
  | "table-in-clause"
  | "text-under-sub-point"
  | "part-heading"
  | "zu-ziffer"
  | "money"
  | "checkbox"
  | "anlage"
  | "bitte"
  | "recipient"
  | "place-date"
  | "gez"
  | "name-line"
  | "quote"
  | "paragraph-sign"
  | "furniture";

export interface Reason {
  readonly code: ReasonCode;
  readonly param?: string;
}
