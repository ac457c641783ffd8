import type { Vorlage } from "../core/model/vorlage";
import type { Profile } from "../core/profile/profile";
import { dezernatLabel } from "../core/profile/dezernat-label";
import { SEVERITY_ORDER, type Finding } from "../core/validation/finding";
import { CLI_MESSAGES, showPath } from "../i18n/cli-messages";
import { findingPlace } from "../i18n/finding-place";
import { formatFinding, type Lang } from "../i18n/format-finding";
import { amountForReader } from "../i18n/reader-formats";
import type { FileCheck } from "./check-file";
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
      clauses: s.clauses.map((c) => ({ number: c.writtenNumber ?? "", text: c.text })),
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

export function jsonReport(results: readonly FileCheck[], profile: Profile, lang: Lang): string {
  return jsonText(
    {
      files: results.map((r) =>
        r.readable
          ? {
              file: r.file,
              readable: true,
              structured: r.structured,
              recovered: r.recovered,
              complete: r.complete,
              keineVorlage: r.keineVorlage,
              findings: r.findings.map((f) => ({ code: f.code, severity: f.severity, message: formatFinding(f, lang, profile), location: f.location })),
              vorlage: vorlageSummary(r.vorlage),
            }
          : { file: r.file, readable: false, error: r.error, structured: false, complete: false, keineVorlage: false, findings: [], vorlage: null },
      ),
    },
  );
}

const count = (findings: readonly Finding[], s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;

/** The report a reviewer reads on a terminal. */
export function textReport(results: readonly FileCheck[], profile: Profile, lang: Lang): string {
  const t = CLI_MESSAGES[lang];
  const out: string[] = [];
  for (const r of results) {
    if (!r.readable) {
      out.push(`${showPath(r.file)}: ${t.unreadable} – ${r.error}`);
      continue;
    }
    const v = r.vorlage;
    if (r.keineVorlage) {
      // Only the reason: what a Vorlage would lack is no error of a letter or a Niederschrift.
      out.push(`${showPath(r.file)}: ${t.keineVorlage}`);
      for (const fd of r.findings) out.push(`  ${formatFinding(fd, lang, profile)}`);
      continue;
    }
    const state = r.complete ? t.complete : t.incomplete;
    out.push(`${showPath(r.file)}: ${state} (${t.counts(count(r.findings, "error"), count(r.findings, "warning"), count(r.findings, "info"))})`);
    out.push(`  ${r.structured ? t.structured : r.recovered ? t.recovered : t.recognized}`);
    const head = [v.header.vorlagenNr && `Vorlagen-Nr. ${v.header.vorlagenNr}`, v.header.beschlussNr && `Beschluss-Nr. ${v.header.beschlussNr}`].filter(Boolean).join(" · ");
    if (head) out.push(`  ${head}`);
    if (v.header.betreff) out.push(`  ${showPath(v.header.betreff)}`);
    for (const s of v.sections) {
      const phrase = profile.sectionKinds.find((k) => k.kind === s.kind)?.phrase ?? s.kind;
      out.push(`  ${s.writtenNumber ?? "–"} ${phrase}: ${s.clauses.map((c) => c.writtenNumber ?? "–").join(", ")}`);
    }
    const f = v.finanzierung;
    out.push(
      f && f.auswirkungen
        ? `  ${t.finanzierung((f.betragCent !== undefined ? amountForReader(f.betragCent, lang, profile.houseStyle.money) : "?"), f.turnus, f.quellen.map((q) => ({ dezernat: dezernatLabel(q.stelle.dezernat, profile), ...(q.anteil !== undefined ? { anteil: q.anteil } : {}), ...(q.betragCent !== undefined ? { betrag: amountForReader(q.betragCent, lang, profile.houseStyle.money) } : {}) })))}`
        : `  ${t.noFinanzierung}`,
    );
    const sorted = [...r.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    for (const fd of sorted) {
      const where = findingPlace(fd.location, v, lang, profile);
      out.push(`  ${t.severity[fd.severity].padEnd(8)} ${formatFinding(fd, lang, profile)}${where ? `  [${where}]` : ""}`);
    }
  }
  const readable = results.filter((r) => r.readable);
  if (results.length > 1) {
    const none = readable.filter((r) => r.readable && r.keineVorlage).length;
    out.push(t.summary(results.length, readable.filter((r) => r.readable && r.complete).length, readable.filter((r) => r.readable && !r.complete && !r.keineVorlage).length, results.length - readable.length) + (none > 0 ? t.keineVorlageCount(none) : ""));
  }
  return out.join("\n");
}
