import type { Finding } from "../validation/finding";
import type { ReportRow } from "./report-row";

/**
 * A kind of open error, as reviewers count them: one per finding code, except that a missing
 * required field or block is a kind of its own per field ("Vorlagen-Nr. fehlt" in 7 Vorlagen
 * says more than "Pflichtangabe fehlt" 19 times).
 */
export interface ErrorKind {
  /** `code` or `code:field`; stable, for keys and tests. */
  readonly kind: string;
  readonly code: string;
  /** A finding of this kind, so that a message catalogue can word the kind. */
  readonly example: Finding;
  /** How many error findings of this kind. */
  readonly count: number;
  /** In how many Vorlagen. */
  readonly documents: number;
}

/** The money of one federführendes Dezernat, kept apart by Turnus: one-off and yearly sums do not add up. */
export interface DezernatMoney {
  /** The profile's Dezernat id; '' for Vorlagen that name none. */
  readonly dezernat: string;
  readonly einmaligCent: number;
  readonly jaehrlichCent: number;
  /** Amounts whose Turnus the Vorlage does not state. */
  readonly ohneTurnusCent: number;
  readonly vorlagen: number;
}

export interface ReportSummary {
  readonly total: number;
  readonly complete: number;
  readonly incomplete: number;
  readonly unreadable: number;
  /** Most frequent first. */
  readonly errorsByKind: readonly ErrorKind[];
  /** Largest total first. */
  readonly moneyByDezernat: readonly DezernatMoney[];
}

/** The kind a finding counts under. */
export function errorKindOf(f: Finding): string {
  if (f.code === "field-missing" && f.location.type === "field") return `${f.code}:${f.location.field}`;
  if (f.code === "block-missing" && f.location.type === "block") return `${f.code}:${f.location.block}`;
  return f.code;
}

/** The summary above the table: counts by status, the open errors by kind, the money by Dezernat. */
export function summarize(items: readonly { readonly row: ReportRow; readonly findings: readonly Finding[] }[]): ReportSummary {
  let complete = 0;
  let incomplete = 0;
  let unreadable = 0;
  const kinds = new Map<string, { code: string; example: Finding; count: number; documents: number }>();
  const money = new Map<string, { einmaligCent: number; jaehrlichCent: number; ohneTurnusCent: number; vorlagen: number }>();
  for (const { row, findings } of items) {
    if (row.status === "complete") complete++;
    else if (row.status === "incomplete") incomplete++;
    else unreadable++;
    const seen = new Set<string>();
    for (const f of findings) {
      if (f.severity !== "error") continue;
      const kind = errorKindOf(f);
      const k = kinds.get(kind) ?? { code: f.code, example: f, count: 0, documents: 0 };
      k.count++;
      if (!seen.has(kind)) {
        k.documents++;
        seen.add(kind);
      }
      kinds.set(kind, k);
    }
    if (row.betragCent !== undefined) {
      const m = money.get(row.federfuehrung) ?? { einmaligCent: 0, jaehrlichCent: 0, ohneTurnusCent: 0, vorlagen: 0 };
      if (row.turnus === "einmalig") m.einmaligCent += row.betragCent;
      else if (row.turnus === "jaehrlich") m.jaehrlichCent += row.betragCent;
      else m.ohneTurnusCent += row.betragCent;
      m.vorlagen++;
      money.set(row.federfuehrung, m);
    }
  }
  const total = (m: DezernatMoney) => m.einmaligCent + m.jaehrlichCent + m.ohneTurnusCent;
  return {
    total: items.length,
    complete,
    incomplete,
    unreadable,
    errorsByKind: [...kinds.entries()].map(([kind, k]) => ({ kind, ...k })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
    moneyByDezernat: [...money.entries()].map(([dezernat, m]) => ({ dezernat, ...m })).sort((a, b) => total(b) - total(a) || a.dezernat.localeCompare(b.dezernat)),
  };
}
