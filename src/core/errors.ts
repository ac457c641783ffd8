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

/** A profile that fails its schema; `path` points at the first wrong field (JSON Pointer). */
export class InvalidProfileError extends CoreError {
  constructor(readonly path: string, detail: string) {
    super(`Invalid municipality profile at ${path || "/"}: ${detail}`);
  }
}

/** An operation that cannot be applied to this Vorlage (target missing, stale `before`). */
export class OperationError extends CoreError {}
