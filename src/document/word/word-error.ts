/**
 * Office's errors in words a user understands. The Word adapter translates the codes it
 * knows and keeps the original as `cause`; the pane shows `reason` through its message
 * catalogue. Unknown errors are not swallowed: they stay errors, with reason "general".
 */
export type WordErrorReason = "busy" | "not-allowed" | "stale" | "unsupported" | "too-large" | "would-lose-content" | "general";

export class WordError extends Error {
  constructor(
    readonly reason: WordErrorReason,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(`Word refused the operation (${code}).`, options);
    this.name = "WordError";
  }
}

const REASONS: Readonly<Record<string, WordErrorReason>> = {
  GeneralException: "general",
  NotAllowed: "not-allowed",
  AccessDenied: "not-allowed",
  InvalidObjectPath: "stale",
  ItemNotFound: "stale",
  ApiNotFound: "unsupported",
  RequestPayloadSizeLimitExceeded: "too-large",
  ResponsePayloadSizeLimitExceeded: "too-large",
  ActivityLimitReached: "busy",
  RequestAborted: "busy",
};

/** Whether `error` is an OfficeExtension.Error: a string `code` and a `debugInfo`. */
export function isOfficeError(error: unknown): error is { readonly code: string; readonly debugInfo: object } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && typeof (error as { debugInfo?: unknown }).debugInfo === "object";
}

/** Turns an OfficeExtension.Error into a WordError; other errors pass through. */
export function translateOfficeError(error: unknown): unknown {
  if (!isOfficeError(error)) return error;
  return new WordError(REASONS[error.code] ?? "general", error.code, { cause: error });
}
