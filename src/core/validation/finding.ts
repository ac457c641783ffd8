/**
 * A finding is an expected problem in a Vorlage, as a value: a stable `code` that tools
 * and catalogues key on, a severity that decides whether the Vorlage may be submitted,
 * where it is, and the parameters its message needs. The words live in the message
 * catalogues outside the core (`src/i18n`), in German and English.
 */

/** `error` blocks submission; `warning` should be looked at; `info` is a hint. */
export type Severity = "error" | "warning" | "info";

export type FindingLocation =
  | { readonly type: "document" }
  | { readonly type: "field"; readonly field: string }
  | { readonly type: "section"; readonly id: string }
  | { readonly type: "clause"; readonly id: string }
  | { readonly type: "block"; readonly block: string; readonly field?: string }
  | { readonly type: "entry"; readonly list: "bezuege" | "verteiler" | "zeichnungen" | "beratungsfolge" | "quellen"; readonly id: string };

export type FindingParams = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly location: FindingLocation;
  readonly params: FindingParams;
}

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** True when no finding blocks submission. */
export function isComplete(findings: readonly Finding[]): boolean {
  return !findings.some((f) => f.severity === "error");
}
