import { formatDate, isValidIsoDate } from "../core/german/dates";
import { dezernatLabel } from "../core/profile/dezernat-label";
import { profileOfId } from "../core/profile/document-profile";
import type { Profile } from "../core/profile/profile";
import type { ReportText } from "../core/report/report-text";
import { formatFinding, type Lang } from "./format-finding";
import { amountForReader } from "./reader-formats";
import { duplicateText, kindOf, REVIEW_WORDS } from "./review-words";

const two = (n: number): string => String(n).padStart(2, "0");

/** "12400,00": a number German Excel reads as a number (no thousands separator, no currency). */
const plainAmount = (cents: number, decimal: string): string => {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}${decimal}${two(abs % 100)}`;
};

/**
 * The words and formats of the reviewers' report, for the CLI's HTML and CSV files and for
 * the reviewers' page, in the profile's house style for money and dates.
 */
export function reportText(lang: Lang, profile: Profile): ReportText {
  const date = (iso: string): string => (isValidIsoDate(iso) ? (lang === "de" ? formatDate(iso, "numeric") : iso) : iso);
  // A row read with its own city's profile (ReportRow.profile) is worded in its terms.
  const of = (id: string | undefined): Profile => profileOfId(id, profile);
  const amount = (cents: number, p?: string): string => amountForReader(cents, lang, of(p).houseStyle.money);
  const finding = (f: Parameters<typeof formatFinding>[0], p?: string): string => formatFinding(f, lang, of(p));
  const kind = (f: Parameters<typeof formatFinding>[0], p?: string): string => kindOf(f, lang, of(p));
  const stamp = (iso: string): { d: string; t: string } => {
    const at = new Date(iso);
    const d = lang === "de" ? `${two(at.getDate())}.${two(at.getMonth() + 1)}.${at.getFullYear()}` : `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
    return { d, t: `${two(at.getHours())}:${two(at.getMinutes())}` };
  };
  if (lang === "en") {
    return {
      lang,
      title: "Review of the proposals",
      tableHeading: "Proposals",
      columns: { ...REVIEW_WORDS.en.columns, turnus: "One-off/yearly", reading: "Read as" },
      printedColumns: { ...REVIEW_WORDS.en.columns, ...REVIEW_WORDS.en.hyphenatedColumns, turnus: "One-off/\u200byearly", reading: "Read as" },
      status: REVIEW_WORDS.en.status,
      reading: { structured: "structured", recovered: "no content controls, stored metadata", recognized: "plain document", unreadable: "–" },
      turnus: REVIEW_WORDS.en.turnus,
      severity: { error: "Error", warning: "Warning", info: "Note" },
      summaryHeading: "Summary",
      counts: (c, i, u, n, old) => `${c} of ${n} ${n === 1 ? "proposal" : "proposals"} complete, ${i} incomplete, ${u} not readable${old > 0 ? `; ${REVIEW_WORDS.en.duplicate.superseded(old)}` : ""}.`,
      duplicate: (d) => duplicateText(d, "en"),
      openErrorsHeading: "Open errors by kind",
      openErrorsColumns: { kind: "Kind", count: "Errors", files: "Files", example: "Example" },
      noOpenErrors: "No open errors.",
      moneyHeading: "Amounts by lead department",
      moneyColumns: { dezernat: "Department", einmalig: "one-off", jaehrlich: "yearly", ohneTurnus: "not stated", total: "Total" },
      noMoney: "No proposal states an amount.",
      detailsHeading: "Findings per proposal",
      noFindings: "No findings.",
      generated: (iso) => {
        const s = stamp(iso);
        return `Generated on ${s.d} at ${s.t}`;
      },
      amountDoubt: REVIEW_WORDS.en.amountDoubt,
      amount,
      amountCell: (cents) => plainAmount(cents, "."),
      date,
      dezernat: (id, p) => (id === "" ? "none stated" : dezernatLabel(id, of(p), "\u00a0")),
      finding,
      kind,
    };
  }
  return {
    lang,
    title: "Prüfbericht der Beschlussvorlagen",
    tableHeading: "Vorlagen",
    columns: { ...REVIEW_WORDS.de.columns, turnus: "Turnus", reading: "Gelesen als" },
    printedColumns: { ...REVIEW_WORDS.de.columns, ...REVIEW_WORDS.de.hyphenatedColumns, turnus: "Turnus", reading: "Gelesen als" },
    status: REVIEW_WORDS.de.status,
    reading: { structured: "gegliedert", recovered: "ohne Steuerelemente, mit gespeicherten Metadaten", recognized: "einfaches Dokument", unreadable: "–" },
    turnus: REVIEW_WORDS.de.turnus,
    severity: { error: "Fehler", warning: "Warnung", info: "Hinweis" },
    summaryHeading: "Übersicht",
    counts: (c, i, u, n, old) => `${c} von ${n} ${n === 1 ? "Vorlage" : "Vorlagen"} vollständig, ${i} unvollständig, ${u} nicht lesbar${old > 0 ? `; ${REVIEW_WORDS.de.duplicate.superseded(old)}` : ""}.`,
    duplicate: (d) => duplicateText(d, "de"),
    openErrorsHeading: "Offene Fehler nach Art",
    openErrorsColumns: { kind: "Art", count: "Fehler", files: "Dateien", example: "Beispiel" },
    noOpenErrors: "Keine offenen Fehler.",
    moneyHeading: "Beträge nach federführendem Dezernat",
    moneyColumns: { dezernat: "Dezernat", einmalig: "einmalig", jaehrlich: "jährlich", ohneTurnus: "ohne Angabe", total: "Summe" },
    noMoney: "Keine Vorlage nennt einen Betrag.",
    detailsHeading: "Prüfergebnisse je Vorlage",
    noFindings: "Keine Beanstandungen.",
    generated: (iso) => {
      const s = stamp(iso);
      return `Erstellt am ${s.d} um ${s.t} Uhr`;
    },
    amountDoubt: REVIEW_WORDS.de.amountDoubt,
    amount,
    amountCell: (cents) => plainAmount(cents, ","),
    date,
    dezernat: (id, p) => (id === "" ? "ohne Angabe" : dezernatLabel(id, of(p), "\u00a0")),
    finding,
    kind,
  };
}
