import type { Vorlage } from "../core/model/vorlage";
import type { Profile } from "../core/profile/profile";
import { dezernatLabel } from "../core/profile/dezernat-label";
import { foldHints, HINTS_SHOWN } from "../core/validation/fold-hints";
import { SEVERITY_ORDER, type Finding } from "../core/validation/finding";
import { CLI_MESSAGES, showPath } from "../i18n/cli-messages";
import { findingPlace } from "../i18n/finding-place";
import { formatFinding, type Lang } from "../i18n/format-finding";
import { amountForReader } from "../i18n/reader-formats";
import type { FileCheck } from "./check-file";
import { profileOfUse } from "../core/profile/document-profile";
import { jsonText } from "./terminal-text";

/** The Vorlage as the JSON report shows it: numbers as written in the document, money in euros. */
export function vorlageSummary(v: Vorlage) {
  const f = v.finanzierung;
  return {
    vorlagenNr: v.header.vorlagenNr,
    beschlussNr: v.header.beschlussNr,
    betreff: v.header.betreff,
    gremium: v.header.gremium,
    sitzungsdatum: v.header.sitzungsdatum,
    federfuehrung: v.zustaendigkeit.federfuehrend,
    beteiligte: v.zustaendigkeit.beteiligt,
    sections: v.sections.map((s) => ({
      kind: s.kind,
      number: s.writtenNumber ?? "",
      // Sub-points a), b), c) are part of what is decided (a Kreistag's whole Baubeschluss can stand in them): listed where a clause has any.
      clauses: s.clauses.map((c) => ({
        number: c.writtenNumber ?? "",
        text: c.text,
        ...(c.unterpunkte !== undefined && c.unterpunkte.length > 0 ? { unterpunkte: c.unterpunkte.map((u) => ({ number: u.writtenNumber ?? "", text: u.text })) } : {}),
      })),
    })),
    finanzierung: f
      ? {
          auswirkungen: f.auswirkungen,
          betrag: f.betragCent === undefined ? null : f.betragCent / 100,
          turnus: f.turnus ?? null,
          haushaltsjahr: f.haushaltsjahr ?? null,
          quellen: f.quellen.map((q) => ({ stelle: q.stelle.dezernat, produkt: q.stelle.produkt, kostenstelle: q.stelle.kostenstelle, anteil: q.anteil ?? null })),
          bewirtschaftung: f.bewirtschaftung,
        }
      : null,
    verteiler: v.verteiler.map((e) => ({ empfaenger: e.empfaenger, bitte: e.bitte ?? null })),
  };
}

/** One file's entry in the JSON report (`files[i]`). */
export function jsonEntry(r: FileCheck, given: Profile, lang: Lang) {
  const profile = r.readable ? profileOfUse(r.profile, given) : given;
  return r.readable
    ? {
        file: r.file,
        readable: true,
        profile: { id: r.profile.id, source: r.profile.source, stored: r.profile.stored ?? null },
        structured: r.structured,
        recovered: r.recovered,
        // How it was read, in the words of the text line: `recovered` (kept for scripts) is true for "metadata", where nothing need have been lost.
        reading: r.structured ? "structured" : r.recovered ? "metadata" : "recognized",
        complete: r.complete,
        keineVorlage: r.keineVorlage,
        findings: r.findings.map((f) => ({ code: f.code, severity: f.severity, message: formatFinding(f, lang, profile), location: f.location })),
        vorlage: vorlageSummary(r.vorlage),
      }
    : { file: r.file, readable: false, error: r.error, structured: false, complete: false, keineVorlage: false, findings: [], vorlage: null };
}

export function jsonReport(results: readonly FileCheck[], profile: Profile, lang: Lang): string {
  return jsonText({ files: results.map((r) => jsonEntry(r, profile, lang)) });
}

const count = (findings: readonly Finding[], s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;

/** One file's lines of the text report. */
/**
 * A section as the summary names it: by the heading the document prints („II. Beschluss“,
 * „Beschlussantrag“), where it was recognised from plain text, else by the profile's phrase
 * for its kind, after its number; a heading's own number and closing colon are not repeated.
 */
function sectionLine(number: string | undefined, printed: string | undefined, phrase: string): string {
  // The tab Word shows after a list number („1.\tEs wird …“) prints as space: one space, as in every other line.
  const heading = printed?.replace(/\s*:\s*$/u, "").replace(/\s+/gu, " ").trim();
  if (heading && number !== undefined && heading.startsWith(number)) return showPath(heading);
  return `${number !== undefined ? `${number} ` : ""}${heading ? showPath(heading) : phrase}`;
}

/** The clauses of a part as the summary lists them: their numbers, or in words where none carries one (a decision in prose). */
const clauseList = (clauses: Vorlage["sections"][number]["clauses"], unnumbered: (n: number) => string): string =>
  clauses.length > 0 && clauses.every((c) => c.writtenNumber === undefined) ? unnumbered(clauses.length) : clauses.map((c) => c.writtenNumber ?? "–").join(", ");

/** The amount of the summary's Finanzierung line: in words where it was read with doubt or is not stated. */
const betragShown = (r: { readonly findings: readonly Finding[] }, t: (typeof CLI_MESSAGES)[Lang]): string =>
  r.findings.some((f) => f.code === "recognize-uncertain" && f.location.type === "field" && f.location.field === "finanzierung.betrag") ? t.betragUnsicher : t.keinBetrag;

/** How many hints of one code the text report shows before it counts the rest (the rule is shared with the reviewers' page). */
export { HINTS_SHOWN };

export function textLines(r: FileCheck, given: Profile, lang: Lang): string[] {
  const t = CLI_MESSAGES[lang];
  const out: string[] = [];
  if (!r.readable) {
    out.push(`${showPath(r.file)}: ${t.unreadable} – ${r.error}`);
    return out;
  }
  const profile = profileOfUse(r.profile, given);
  const v = r.vorlage;
  if (r.keineVorlage) {
    // Only the reason: what a Vorlage would lack is no error of a letter or a Niederschrift.
    out.push(`${showPath(r.file)}: ${t.keineVorlage}`);
    for (const fd of r.findings) out.push(`  ${formatFinding(fd, lang, profile)}`);
    return out;
  }
  const state = r.complete ? t.complete : t.incomplete;
  out.push(`${showPath(r.file)}: ${state} (${t.counts(count(r.findings, "error"), count(r.findings, "warning"), count(r.findings, "info"))})`);
  out.push(`  ${r.structured ? t.structured : r.recovered ? t.recovered : t.recognized}`);
  out.push(`  ${t.profileUsed(r.profile)}`);
  const head = [v.header.vorlagenNr && `Vorlagen-Nr. ${v.header.vorlagenNr}`, v.header.beschlussNr && `Beschluss-Nr. ${v.header.beschlussNr}`].filter(Boolean).join(" · ");
  if (head) out.push(`  ${head}`);
  if (v.header.betreff) out.push(`  ${showPath(v.header.betreff)}`);
  for (const s of v.sections) {
    out.push(`  ${sectionLine(s.writtenNumber, r.headings?.get(s.id), profile.sectionKinds.find((k) => k.kind === s.kind)?.phrase ?? s.kind)}: ${clauseList(s.clauses, t.unnumberedParagraphs)}`);
  }
  const f = v.finanzierung;
  out.push(
    f && f.auswirkungen
      ? `  ${t.finanzierung((f.betragCent !== undefined ? amountForReader(f.betragCent, lang, profile.houseStyle.money) : betragShown(r, t)), f.turnus, f.quellen.map((q) => ({ dezernat: q.stelle.dezernat === "" ? "" : dezernatLabel(q.stelle.dezernat, profile), produkt: q.stelle.produkt, ...(q.anteil !== undefined ? { anteil: q.anteil } : {}), ...(q.betragCent !== undefined ? { betrag: amountForReader(q.betragCent, lang, profile.houseStyle.money) } : {}) })))}`
      : `  ${f ? t.noFinancialEffects : r.findings.some((x) => x.code === "recognize-nur-ertraege") ? t.nurErtraege : t.noFinanzierung}`,
  );
  const sorted = [...r.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  // Hints of one kind — one per paragraph a long Vorlage leaves unassigned (tryout 4: 281 of them under 3 errors) — are
  // shown up to HINTS_SHOWN, then counted in one line; errors and warnings are always shown each.
  for (const line of foldHints(sorted)) {
    if (line.kind === "more") {
      out.push(`  ${" ".repeat(8)} ${t.moreHints(line.hidden.length)}`);
      continue;
    }
    const fd = line.finding;
    const where = findingPlace(fd.location, v, lang, profile);
    out.push(`  ${t.severity[fd.severity].padEnd(8)} ${formatFinding(fd, lang, profile)}${where ? `  [${where}]` : ""}`);
  }
  return out;
}

/** What the text report's closing line counts: tallied file by file, so that no result need be kept for it. */
export interface Tally {
  files: number;
  readable: number;
  complete: number;
  keineVorlage: number;
}

export const emptyTally = (): Tally => ({ files: 0, readable: 0, complete: 0, keineVorlage: 0 });

/** What the closing line counts of a result: a FileCheck, or what a checking thread sends of one (src/cli/rendered-check.ts). */
export type Tallied = { readonly readable: false } | { readonly readable: true; readonly complete: boolean; readonly keineVorlage: boolean };

export function tallyOf(tally: Tally, r: Tallied): void {
  tally.files++;
  if (!r.readable) return;
  tally.readable++;
  if (r.complete) tally.complete++;
  if (r.keineVorlage) tally.keineVorlage++;
}

/** The closing line of a report of several files, or nothing for one file. */
export function textSummary(tally: Tally, lang: Lang): string | undefined {
  if (tally.files <= 1) return undefined;
  const t = CLI_MESSAGES[lang];
  return t.summary(tally.files, tally.complete, tally.readable - tally.complete - tally.keineVorlage, tally.files - tally.readable) + (tally.keineVorlage > 0 ? t.keineVorlageCount(tally.keineVorlage) : "");
}

/** The report a reviewer reads on a terminal. */
export function textReport(results: readonly FileCheck[], profile: Profile, lang: Lang): string {
  const out: string[] = [];
  const tally = emptyTally();
  for (const r of results) {
    out.push(...textLines(r, profile, lang));
    tallyOf(tally, r);
  }
  const summary = textSummary(tally, lang);
  if (summary !== undefined) out.push(summary);
  return out.join("\n");
}

/** A report written file by file as the results come, in order: each `write` one piece of it, as `Io.out` takes it (a line break follows each). */
export interface ReportStream {
  add(r: FileCheck): void;
  /** A result's piece made elsewhere by `reportPiece` (in the thread that checked the file), with what the stream counts of it. */
  addPiece(r: Tallied, piece: string): void;
  end(): void;
}

/**
 * One result's piece of the text or JSON report, as `reportStream` writes it: made where the
 * file was checked, so that a checking thread sends this text, not the whole result.
 */
export function reportPiece(format: "text" | "json", r: FileCheck, profile: Profile, lang: Lang): string {
  return format === "text" ? textLines(r, profile, lang).join("\n") : jsonText(jsonEntry(r, profile, lang)).replace(/\n/gu, "\n    ");
}

/**
 * The text or JSON report of `total` results, written as each result is added: the same
 * text, byte for byte, as `textReport` or `jsonReport` of all of them followed by a line
 * break, but nothing of a result is kept once its piece is written (a folder of thousands
 * of Vorlagen is not held in memory to be printed at its end).
 */
export function reportStream(format: "text" | "json", total: number, profile: Profile, lang: Lang, write: (piece: string) => void): ReportStream {
  const tally = emptyTally();
  if (format === "text") {
    const addPiece = (r: Tallied, piece: string): void => {
      tallyOf(tally, r);
      write(piece);
    };
    return {
      add: (r) => addPiece(r, reportPiece(format, r, profile, lang)),
      addPiece,
      end() {
        const summary = textSummary(tally, lang);
        if (summary !== undefined) write(summary);
        else if (tally.files === 0) write("");
      },
    };
  }
  // JSON.stringify(value, null, 2) of { files: [e1, e2] }: each entry as stringified alone, its lines indented by four spaces.
  if (total === 0) return { add: () => undefined, addPiece: () => undefined, end: () => write(jsonText({ files: [] })) };
  write(`{\n  "files": [`);
  const addPiece = (_r: Tallied, entry: string): void => {
    tally.files++;
    write(`    ${entry}${tally.files < total ? "," : ""}`);
  };
  return {
    add: (r) => addPiece(r, reportPiece(format, r, profile, lang)),
    addPiece,
    end() {
      write(`  ]\n}`);
    },
  };
}
