import type { Line } from "../lines";
import { featuresOf, type CompiledGrammar, type Features } from "./features";
import { isFraktionSigners } from "./fraktion-signers";
import type { Grammar } from "./grammar";
import { ROLE_OF, STATES, type Decoded, type Reason, type ReasonCode, type State } from "./roles";
import { viterbi } from "./viterbi";

/**
 * One decision over the whole document: the grammar of a Vorlage's parts as a weighted
 * finite-state machine over the roles, decoded with Viterbi from each line's features.
 * Empty lines and page furniture take no part in the decoding (they do not change the part
 * the document is in); every other line gets the state of the best path.
 */
const NEG = Number.NEGATIVE_INFINITY;
const STATE_LIST: readonly State[] = [...STATES];
const S = STATE_LIST.length;
const INDEX: Readonly<Record<State, number>> = Object.fromEntries(STATE_LIST.map((s, i) => [s, i])) as Record<State, number>;
const idx = (s: State) => INDEX[s];
const HEADER_ZONE = new Set<State>(["letterhead", "header-field", "beratungsfolge", "betreff"]);
const DECISION = new Set<State>(["heading", "lead-in", "clause", "sub-point", "quoted"]);
/** A body that only its own heading opens. */
const BODY_OF: Partial<Record<State, readonly State[]>> = {
  text: ["text-head", "text"],
  fin: ["fin-head", "fin"],
  anl: ["anl-head", "anl"],
  "sub-point": ["clause", "sub-point"],
};
const RIS_ROLE = /\b(?:Vorberatung|Entscheidung|Kenntnisnahme|Anhörung|Empfehlung|beratend|beschließend)\s*$/iu;
const DATE_ONLY = /^\d{1,2}\.\d{1,2}\.\d{4}$/u;

/** The score of each state for one line, with the names of the features that gave it. */
const r = (code: ReasonCode, param?: string): Reason => (param === undefined ? { code } : { code, param });

/** A label's value that breaks off at a joining word („Dienststelle: Amt für“ | „Hochbau und“ | „Gebäudewirtschaft“) goes on below. */
export const JOINS_ON = /(?:^|\s)(?:für|und|sowie|oder|des|der|die|das|dem|den|im|in|am|an|von|vom|zur|zum|mit|bzw\.|u\.|[–-])$/iu;
/** A label's value that is only the kind of an office („Dienststelle: Eigenbetrieb“) names none yet: its name stands below. */
const NAMELESS_OFFICE = /^(?:Eigenbetrieb|Regiebetrieb|Amt|Fachbereich|Fachdienst|Referat|Abteilung|Stabsstelle|Geschäftsbereich|Zweckverband)$/u;
/** The value of a label goes on in the line below: it breaks off at a joining word, or it names an office's kind only. */
export function goesOnBelow(value: string): boolean {
  return JOINS_ON.test(value) || NAMELESS_OFFICE.test(value.trim());
}

function emission(f: Features, next: Features | undefined, prev: Features | undefined, w: Grammar["weights"]): { score: Float64Array; why: Reason[][] } {
  const score = new Float64Array(S).fill(NEG);
  const why: Reason[][] = new Array<Reason[]>(S);
  const set = (s: State, v: number, because: Reason) => {
    score[idx(s)] = v;
    why[idx(s)] = [because];
  };
  const n = f.number;
  set("other", w.other, r("nothing-else"));
  // Header zone.
  if (f.organisation || f.docType) set("letterhead", 2, r(f.organisation ? "organisation" : "document-type"));
  else if (!f.cells && !f.label && f.words <= 6 && !f.sentence && !n) set("letterhead", -1, r("short-line"));
  const continuesLabel = prev?.label !== undefined && prev.label.field !== "betreff" && prev.label.value !== "" && goesOnBelow(prev.label.value) && !f.label && !f.cells && f.words <= 6 && !f.sentence;
  if (f.label && f.label.field !== "betreff") set("header-field", w.headerLabel, r("label", f.label.label));
  else if (continuesLabel) set("header-field", w.headerLabel, r("value-under-label"));
  else if (/^(?:nicht\s?)?öffentlich$/iu.test(f.text)) set("header-field", 3, r("oeffentlich"));
  else if (f.docType) set("header-field", 1, r("document-type"));
  else if (f.cells && f.cells.length === 2 && !f.beratung) set("header-field", -1, r("two-column-row"));
  else if (!f.cells && f.words <= 10 && !f.sentence && !f.endsColon && !f.decision && !f.part) set("header-field", -0.5, r("value-under-label"));
  if (f.beratung) set("beratungsfolge", w.beratung, r(f.beratung === "head" ? "beratung-table-head" : "beratung-table-row"));
  else if (f.beratungLine) set("beratungsfolge", w.beratung, r("beratung-line"));
  else if (/^Beratungsfolge\b/iu.test(f.text) && f.words <= 4) set("beratungsfolge", w.beratung, r("beratung-heading"));
  else if (!f.cells && f.words <= 14 && RIS_ROLE.test(f.text)) set("beratungsfolge", 3, r("beratung-line"));
  else if (DATE_ONLY.test(f.text) || /^Sitzung de[rs]\b/u.test(f.text)) set("beratungsfolge", 1, r("date-or-sitzung"));
  if (f.label?.field === "betreff") set("betreff", w.headerLabel + 1, r("label", f.label.label));
  else if (/^hier:\s*\S/iu.test(f.text)) set("betreff", 4, r("hier"));
  else if (!f.cells && !n && f.words >= 2 && !f.endsColon && !f.decision && !f.part) set("betreff", f.sentence ? -2 : 0.5, r("plain-line"));
  if (f.bezug) set("bezug", 8, r("bezug"));
  // The decision.
  if (f.decision) set("heading", w.decisionHeading, r("decision-heading", f.decision.kind));
  // A lead-in announces the numbered clauses (or the quoted decision) that follow it; words over bullets are a clause.
  const leads = next !== undefined && ((next.number !== undefined && next.level === 1) || next.quoteOpen || (next.announces && !next.number) || next.cells !== undefined);
  // Under a heading that ends in a comma („Antrag,“) the line goes on with its sentence: the clause itself, no lead-in.
  const continuesHeading = prev?.decision !== undefined && /,$/u.test(prev.text);
  if (f.announces && leads && !n && !f.cells && !f.decision && !continuesHeading) set("lead-in", w.leadIn, r("announces"));
  if (n && f.level === 1 && n.form !== "I.") set("clause", w.numbered, r(n.fromLabel ? "number-label" : "number-typed", n.written));
  else if (n && f.level >= 2) set("clause", 0, r("number-deep", n.written));
  else if (!n && !f.zuZiffer && !f.part && !f.docType && !f.placeDate) set("clause", f.cells ? 0 : w.prose, r(f.cells ? "table-in-clause" : "prose"));
  if (n && f.level >= 2) set("sub-point", w.subNumbered, r("number-deep", n.written));
  else if (!n && !f.part && !f.cells) set("sub-point", -0.5, r("text-under-sub-point"));
  // Parts with headings of their own.
  if (f.part?.part === "text") set("text-head", w.partHeading, r("part-heading", "sachverhalt"));
  if (f.part?.part === "fin") set("fin-head", w.partHeading, r("part-heading", "finanzierung"));
  if (f.part?.part === "anl") set("anl-head", w.partHeading, r("part-heading", "anlagen"));
  if (f.part?.part === "verteiler") set("verteiler-head", w.partHeading, r("part-heading", "verteiler"));
  if (!f.part && !f.decision && !f.placeDate) {
    // A list inside the Sachverhalt („folgende Grundsätze:“ over bullets) is its own: as strong as a decision's sub-points,
    // so that the path does not leave the Sachverhalt for a clause to take them (and never comes back).
    if (n && f.level >= 2) set("text", w.subNumbered, r("number-deep", n.written));
    // Typed „1.“ „2.“ in a Begründung („Er erfüllt die Voraussetzungen:“ over 1.–3.) are its own points, no clauses.
    else if (n && f.level === 1) set("text", w.numbered, r(n.fromLabel ? "number-label" : "number-typed", n.written));
    else set("text", f.zuZiffer ? 3 : w.prose, r(f.zuZiffer ? "zu-ziffer" : "prose"));
    set("fin", f.money || f.checkbox ? 2 : f.cells ? 1 : w.prose - 0.5, r(f.money ? "money" : f.checkbox ? "checkbox" : "prose"));
    set("anl", /^Anlage\b/u.test(f.text) ? 2 : f.words <= 8 ? 0.5 : -1, r(/^Anlage\b/u.test(f.text) ? "anlage" : "short-line"));
  }
  if (f.bitte) set("verteiler", 4, r("bitte"));
  else if (!f.part && f.words <= 10 && !f.sentence) set("verteiler", -1, r("recipient"));
  if (f.placeDate) set("zeichnung", 7, r("place-date"));
  // Under the sender's name at the head („Die Senatorin für …“ / „Bremen, 2. Februar 2027“) place and date are the
  // Vorlage's own date, no signature: in the head this beats the signature; after the body, leaving it back for the head costs more.
  if (f.placeDate && prev?.organisation === true && !prev.cells) set("header-field", 8, r("place-date"));
  else if (/^gez\.\s/u.test(f.text)) set("zeichnung", 3, r("gez"));
  else if (!f.cells && isFraktionSigners(f.text)) set("zeichnung", 3, r("name-line"));
  else if (!f.part && !n && f.words <= 5 && !f.sentence && !f.endsColon) set("zeichnung", 0.5, r("name-line"));
  if (/^§\s*\d/u.test(f.text) || f.quoteOpen) set("quoted", f.quoteOpen ? 0.5 : 2, r(f.quoteOpen ? "quote" : "paragraph-sign"));
  return { score, why };
}

function transition(p: State, s: State, w: Grammar["weights"]): number {
  if (p === s) return s === "betreff" ? -0.5 : s.endsWith("-head") || s === "heading" ? -3 : 0;
  const body = BODY_OF[s];
  if (body) return body.includes(p) ? 0 : NEG;
  if (HEADER_ZONE.has(s)) return HEADER_ZONE.has(p) || p === "other" || p === "bezug" ? 0 : w.backToHeader;
  if (s === "clause") return DECISION.has(p) ? 0 : HEADER_ZONE.has(p) ? -6 : ["text", "fin", "anl"].includes(p) || p.endsWith("-head") ? NEG : w.jump;
  if (s === "lead-in") return p === "heading" || p === "lead-in" ? 0 : NEG;
  if (s === "quoted") return ["lead-in", "clause", "text", "quoted"].includes(p) ? -1 : NEG;
  if (s === "verteiler") return p === "verteiler-head" ? 0 : -2;
  if (s === "heading" || s.endsWith("-head") || s === "zeichnung" || s === "bezug" || s === "other") return 0;
  return w.jump;
}

interface Tables {
  readonly trans: readonly (readonly number[])[];
  /** Moving from p to s leaves the part within a table (no heading row opens it). */
  readonly keeps: readonly (readonly boolean[])[];
  readonly preds: readonly (readonly number[])[];
}
const TABLES = new WeakMap<Grammar["weights"], Tables>();

/** The transition tables of a grammar's weights, made once. */
function tables(w: Grammar["weights"]): Tables {
  const known = TABLES.get(w);
  if (known) return known;
  const trans = STATE_LIST.map((p) => STATE_LIST.map((s) => transition(p, s, w)));
  // Rows of one table stay in one part, unless a row opens a part of its own (a form's „Finanzielle Auswirkungen | ☒ Nein“).
  const keeps = STATE_LIST.map((p) => STATE_LIST.map((s) => p !== s && !(s === "heading" || s.endsWith("-head") || BODY_OF[s]?.includes(p) === true)));
  const preds = STATE_LIST.map((_, s) => STATE_LIST.flatMap((__, p) => ((trans[p] as number[])[s] === NEG ? [] : [p])));
  const made = { trans, keeps, preds };
  TABLES.set(w, made);
  return made;
}

export interface Decoding {
  readonly roles: readonly Decoded[];
  readonly features: readonly Features[];
}

export function decode(lines: readonly Line[], grammar: Grammar, compiled: CompiledGrammar, decisionOf: (text: string) => { readonly kind: string; readonly rest: string } | undefined): Decoding {
  const features = featuresOf(lines, compiled, decisionOf);
  const seq = features.flatMap((f, i) => (f.empty || f.furniture ? [] : [i]));
  const em = seq.map((i, t) => emission(features[i] as Features, features[seq[t + 1] ?? -1], features[seq[t - 1] ?? -1], grammar.weights));
  const { trans, keeps, preds } = tables(grammar.weights);
  const sameTable = seq.map((line, t) => {
    const here = (features[line] as Features).table;
    return t > 0 && here !== undefined && here === (features[seq[t - 1] as number] as Features).table;
  });
  const sameTableWeight = grammar.weights.sameTable;
  const path = viterbi(
    {
      states: S,
      start: (s) => (BODY_OF[STATE_LIST[s] as State] ? NEG : HEADER_ZONE.has(STATE_LIST[s] as State) || STATE_LIST[s] === "heading" ? 0 : -3),
      transition: (p, s, t) => ((trans[p] as number[])[s] as number) + (sameTable[t] === true && (keeps[p] as boolean[])[s] === true ? sameTableWeight : 0),
      emission: (t, s) => (em[t] as { score: Float64Array }).score[s] as number,
      predecessors: (s) => preds[s] as readonly number[],
    },
    seq.length,
  );
  const roles: Decoded[] = features.map((f) => (f.empty ? { role: "empty", head: false, because: [] } : { role: "furniture", head: false, because: [r("furniture")] }));
  seq.forEach((line, t) => {
    const state = STATE_LIST[path[t] as number] as State;
    const f = features[line] as Features;
    roles[line] = {
      role: ROLE_OF[state],
      state,
      head: state.endsWith("-head"),
      ...(state === "header-field" && f.label ? { field: f.label.field } : {}),
      because: (em[t] as { why: Reason[][] }).why[path[t] as number] as Reason[],
    };
  });
  return { roles, features };
}
