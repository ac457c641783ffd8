/**
 * Why a file cannot be read as a .docx. Each reason is one line a reviewer understands;
 * the CLI prints it (in German, or English with --lang en, from `params`) and exits 2.
 * Thrown for corrupt or hostile input, never for an incomplete Vorlage (that is a finding).
 */
export type DocxErrorReason =
  | "not-a-zip"
  | "damaged-zip"
  | "no-main-part"
  | "too-large"
  | "zip-bomb"
  | "unsafe-entry"
  | "malformed-xml"
  | "doctype"
  | "too-deep"
  | "too-many-elements"
  | "encoding"
  | "strict-ooxml";

/** What a message needs besides the reason: the part, a limit, the detail a parser gave. */
export interface DocxErrorParams {
  readonly part?: string;
  readonly limit?: number;
  readonly size?: number;
  readonly ratio?: number;
  readonly detail?: string;
}

export class DocxError extends Error {
  constructor(
    readonly reason: DocxErrorReason,
    message: string,
    readonly params: DocxErrorParams = {},
  ) {
    super(message);
    this.name = "DocxError";
  }
}
