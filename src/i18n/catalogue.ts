import type { FindingParams } from "../core/validation/finding";

/** Formatting helpers a message may use, so that amounts and dates follow the house style. */
export interface MessageFormat {
  readonly euro: (euros: number) => string;
  readonly date: (iso: string) => string;
  readonly field: (name: string) => string;
  /** A profile-declared block's label in this language. */
  readonly block: (id: string) => string;
  readonly blockField: (block: string, field: string) => string;
}

export type FindingMessage = (params: FindingParams, format: MessageFormat) => string;

/**
 * A message catalogue: every user-visible text of one language. Components and the CLI
 * take their words from here, never from literals, so that German and English stay
 * complete and in step (a test checks every finding code has a message in both).
 */
export interface Catalogue {
  readonly lang: "de" | "en";
  readonly findings: Readonly<Record<string, FindingMessage>>;
  readonly fields: Readonly<Record<string, string>>;
  readonly severity: Readonly<Record<"error" | "warning" | "info", string>>;
  readonly sectionKinds: Readonly<Record<string, string>>;
}
