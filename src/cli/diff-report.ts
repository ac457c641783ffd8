import type { FieldChange, FieldValue } from "../core/diff/field-diff";
import type { ClauseChange, ClauseRef, VorlageDiff } from "../core/diff/vorlage-diff";
import type { WordChange } from "../core/diff/word-diff";
import { formatDate, isValidIsoDate } from "../core/german/dates";
import type { Profile } from "../core/profile/profile";
import { showPath } from "../i18n/cli-messages";
import type { Finding } from "../core/validation/finding";
import { DIFF_MESSAGES, diffCodeWord, diffFieldLabel } from "../i18n/diff-messages";
import { CATALOGUES, formatFinding, type Lang } from "../i18n/format-finding";
import { amountForReader } from "../i18n/reader-formats";
import { jsonText } from "./terminal-text";

/** A word diff on one line, as `git diff --word-diff` shows it: [-old-]{+new+}. */
export function inlineWords(words: readonly WordChange[]): string {
  return words.map((w) => (w.op === "equal" ? w.text : w.op === "delete" ? `[-${w.text}-]` : `{+${w.text}+}`)).join("");
}

function fieldValue(c: FieldChange, v: FieldValue, profile: Profile, lang: Lang): string {
  const t = DIFF_MESSAGES[lang];
  if (v === null) return t.notStated;
  const word = diffCodeWord(c, v, lang, profile);
  if (word !== undefined) return word;
  switch (c.type) {
    case "money":
      return amountForReader(v as number, lang, profile.houseStyle.money);
    case "date":
      return v === "" ? t.empty : isValidIsoDate(String(v)) && lang === "de" ? formatDate(String(v), profile.houseStyle.date) : String(v);
    case "share":
      return `${new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 2 }).format((v as number) * 100)} %`;
    case "flag":
      return v ? t.yes : t.no;
    case "number":
      return String(v);
    default:
      return v === "" ? t.empty : t.quote(String(v));
  }
}

/** The label a reader knows: "Betreff", "Deckungsquelle 2 – Produkt", "Verteiler 1 – Empfänger". */
export function fieldLabel(c: FieldChange, lang: Lang, profile: Profile): string {
  return diffFieldLabel(c, lang, profile);
}

const where = (r: ClauseRef, lang: Lang): string => `${CATALOGUES[lang].sectionKinds[r.section] ?? r.section}`;

function clauseLines(c: ClauseChange, lang: Lang): string[] {
  const t = DIFF_MESSAGES[lang];
  const indent = (text: string, mark: string) => text.split("\n").map((l) => `    ${mark}${l}`);
  switch (c.kind) {
    case "added":
      return [`  ${t.clause} ${c.new.number} (${where(c.new, lang)}) ${t.added}:`, ...indent(c.new.text, "+ ")];
    case "removed":
      return [`  ${t.clause} ${c.old.number} (${where(c.old, lang)}) ${t.removed}:`, ...indent(c.old.text, "- ")];
    case "moved": {
      // A moved clause whose typed number went with it shows one number, not „1.1 → 1.1“.
      const num = c.old.number === c.new.number ? c.new.number : `${c.old.number} → ${c.new.number}`;
      return [`  ${t.clause} ${num}${c.old.section !== c.new.section ? ` (${where(c.new, lang)})` : ""} ${t.moved}: ${c.new.text.split("\n")[0]}`];
    }
    case "changed": {
      const num = (c.old.number === c.new.number ? c.new.number : `${c.old.number} → ${c.new.number}`) + (c.new.abschnitt !== undefined ? ` (${t.abschnitt(c.new.abschnitt)})` : "");
      return [`  ${t.clause} ${num} ${c.reordered ? t.changedAndMoved : t.changed}:`, ...indent(inlineWords(c.words), "")];
    }
  }
}

/**
 * The comparison a reviewer reads on a terminal, German by default: clauses and fields (the content, which
 * decides the result and the exit code), then the errors and warnings that appeared or went.
 */
export function diffText(diff: VorlageDiff, oldFile: string, newFile: string, profile: Profile, lang: Lang): string {
  const t = DIFF_MESSAGES[lang];
  const out = [t.heading(showPath(oldFile), showPath(newFile))];
  const kinds = (k: ClauseChange["kind"]) => diff.clauses.filter((c) => c.kind === k);
  const renumbered = diff.clauses.filter((c): c is Extract<ClauseChange, { kind: "moved" }> => c.kind === "moved" && !c.reordered);
  const moved = kinds("moved").length - renumbered.length;
  out.push(t.clauseCounts(kinds("changed").length, kinds("added").length, kinds("removed").length, moved, renumbered.length));
  for (const c of diff.clauses) if (!(c.kind === "moved" && !c.reordered)) out.push(...clauseLines(c, lang));
  if (renumbered.length) out.push(`  ${t.renumbered}: ${renumbered.map((c) => `${c.old.number} → ${c.new.number}`).join(", ")}`);
  if (diff.fields.length) {
    out.push("", `${t.fieldsHeading}:`);
    for (const f of diff.fields) out.push(`  ${fieldLabel(f, lang, profile)}: ${fieldValue(f, f.old, profile, lang)} → ${fieldValue(f, f.new, profile, lang)}`);
  }
  const finding = (f: Finding, mark: string) => `  ${mark}: ${CATALOGUES[lang].severity[f.severity]} – ${formatFinding(f, lang, profile)}`;
  if (diff.findings.appeared.length || diff.findings.went.length) {
    out.push("", `${t.findingsHeading}:`);
    for (const f of diff.findings.appeared) out.push(finding(f, t.appeared));
    for (const f of diff.findings.went) out.push(finding(f, t.went));
  }
  const findingsDiffer = diff.findings.appeared.length + diff.findings.went.length > 0;
  out.push("", t.matchedBy(diff.matched.id, diff.matched.text, diff.matched.similarity), diff.equal ? (findingsDiffer ? t.equalButFindings : t.equal) : t.different);
  return out.join("\n");
}

/** The comparison for scripts: the diff as the engine returns it, findings with their sentences. */
export function diffJson(diff: VorlageDiff, oldFile: string, newFile: string, profile: Profile, lang: Lang): string {
  const finding = (f: Finding) => ({ code: f.code, severity: f.severity, message: formatFinding(f, lang, profile), location: f.location });
  return jsonText(
    {
      old: oldFile,
      new: newFile,
      equal: diff.equal,
      clauses: diff.clauses,
      fields: diff.fields,
      findings: { appeared: diff.findings.appeared.map(finding), went: diff.findings.went.map(finding) },
      matched: diff.matched,
    },
  );
}
