/**
 * Named errors of the domain core. Expected problems in a document are findings, not
 * errors; these are thrown for programming mistakes and corrupt input, so that a caller
 * can tell them apart by class and a user sees a message that says what was wrong.
 */
export class CoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A value outside what the model allows (a negative share, a non-integer amount of cents). */
export class InvalidValueError extends CoreError {}

/** A section kind that neither the model nor the profile knows. */
export class UnknownSectionKindError extends CoreError {
  constructor(readonly kind: string, known: readonly string[]) {
    super(`Unknown section kind "${kind}": the profile declares ${known.map((k) => `"${k}"`).join(", ")}.`);
  }
}

/** What a JSON Schema keyword refused, as the validator states it (keyword and its params), so that a catalogue can say it in German. */
export interface SchemaProblem {
  readonly kind: "schema";
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * Why a Vorlage JSON is refused (`new --from`): the schema, or a reference between clauses
 * (since 1.3) that cannot be true of the Vorlage it stands in. The message is made in the
 * user's language from this value (src/i18n/schema-problems.ts).
 */
export type VorlageJsonProblem =
  | SchemaProblem
  | { readonly kind: "verweis-ziel-unbekannt"; readonly ziel: string }
  | { readonly kind: "verweis-ausserhalb"; readonly start: number; readonly end: number; readonly length: number }
  | { readonly kind: "verweis-ueberlappend" }
  | { readonly kind: "verweis-keine-nummer"; readonly shows: string };

/**
 * Why a profile is refused, as a value: the message the user reads is made from it in their
 * language (src/i18n/schema-problems.ts), never from the English `message` of the error.
 */
export type ProfileProblem =
  | SchemaProblem
  | { readonly kind: "unknown-field"; readonly field: string }
  | { readonly kind: "unknown-variant"; readonly field: string; readonly variant: string }
  | { readonly kind: "not-a-pattern" }
  | { readonly kind: "example-does-not-match"; readonly example: string }
  | { readonly kind: "duplicate"; readonly what: "dezernat" | "section-kind"; readonly value: string }
  | { readonly kind: "unknown-reference"; readonly what: "dezernat" | "section-kind" | "field"; readonly value: string }
  | { readonly kind: "no-beschluss-kind" }
  | { readonly kind: "not-an-address"; readonly text: string };

/** A profile that fails its schema; `path` points at the first wrong field (JSON Pointer). */
export class InvalidProfileError extends CoreError {
  constructor(readonly path: string, detail: string, readonly problem?: ProfileProblem) {
    super(`Invalid municipality profile at ${path || "/"}: ${detail}`);
  }
}

/** An operation that cannot be applied to this Vorlage (target missing, stale `before`). */
export class OperationError extends CoreError {}
