import type { Reason } from "../core/recognize/decode/roles";
import type { Place, RecognizedLine } from "../core/recognize/recognize";
import { firstWords } from "../core/german/first-words";
import { showPath } from "./cli-messages";
import { EXPLAIN_MESSAGES } from "./explain-messages";
import { CATALOGUES, type Lang } from "./format-finding";

/**
 * The catalogue's field for each header field a label can name: `recognize --explain` names a
 * field as `check` and the pane do („Vorlagen-Nr.“, „Federführendes Dezernat“), never by its
 * name in the code. Fields without a catalogue label are worded in explain-messages.ts.
 */
const CATALOGUE_FIELD: Readonly<Record<string, string>> = {
  vorlagenNr: "header.vorlagenNr",
  betreff: "header.betreff",
  gremium: "header.gremium",
  sitzungsdatum: "header.sitzungsdatum",
  vorlagenart: "header.vorlagenart",
  federfuehrung: "zustaendigkeit.federfuehrend",
  beteiligte: "zustaendigkeit.beteiligt",
};

/** A header field's name in the reader's language; a profile's own field name, which no catalogue knows, as the profile spells it. */
export function explainFieldName(lang: Lang, field: string): string {
  const key = CATALOGUE_FIELD[field];
  const fields = CATALOGUES[lang].fields as Readonly<Record<string, string>>;
  return (key !== undefined ? fields[key] : undefined) ?? EXPLAIN_MESSAGES[lang].fieldNames[field] ?? field;
}

/** One reason in the reader's language: a part by its role's name, a decision part by the catalogue's kind, never a code. */
export function reasonText(lang: Lang, r: Reason): string {
  const m = EXPLAIN_MESSAGES[lang];
  const param = r.param ?? "";
  if (r.code === "part-heading") return m.reasons[r.code](m.roles[param as keyof typeof m.roles] ?? param);
  if (r.code === "decision-heading") {
    const kinds = CATALOGUES[lang].sectionKinds as Readonly<Record<string, string>>;
    return m.reasons[r.code](param === "beschluss" ? "" : (kinds[param] ?? param));
  }
  return m.reasons[r.code](param);
}

/**
 * One line of `recognize --explain`: its number, its role (with the part's heading and the field it names), its first
 * words and the features that decided it. A line the Vorlage takes into none of its parts says so, as `check`'s
 * `recognize-unassigned` finding does for the same line: one decision, told the same way in both.
 */
export function explainLine(lang: Lang, line: RecognizedLine, places: readonly Place[], width: number): string {
  const m = EXPLAIN_MESSAGES[lang];
  const d = line.decoded;
  const text = (line.features.cells ? line.features.cells.join(" | ") : line.text.replace(/\t/gu, " ")).trim();
  const role = explainRole(lang, line, places);
  return `${String((line.paras[0] ?? 0) + 1).padStart(4)}  ${role.padEnd(width)}  ${m.quote(showPath(firstWords(text, 70)))}  ← ${d.because.map((b) => reasonText(lang, b)).join("; ")}`;
}

/** The role column of an explained line: its role, the part's heading, the field it names, and whether the Vorlage takes it into none of its parts. */
export function explainRole(lang: Lang, line: RecognizedLine, places: readonly Place[]): string {
  const m = EXPLAIN_MESSAGES[lang];
  const d = line.decoded;
  const unassigned = line.paras.length > 0 && line.paras.every((p) => places[p] === "unassigned");
  const summary = line.paras.length > 0 && line.paras.every((p) => places[p] === "kurzfassung");
  return [
    `${m.roles[d.role]}${d.head ? ` (${m.head})` : ""}`,
    ...(d.field !== undefined && d.field !== "other" ? [m.field(explainFieldName(lang, d.field))] : []),
    ...(unassigned ? [m.unassigned] : []),
    ...(summary ? [m.summary] : []),
  ].join(", ");
}
