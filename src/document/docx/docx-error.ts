/**
 * Why a file cannot be read as a .docx. Each reason is one line a reviewer understands;
 * the CLI prints it and exits 2. Thrown for corrupt or hostile input, never for an
 * incomplete Vorlage (that is a finding).
 */
export type DocxErrorReason =
  | "not-a-zip"
  | "no-main-part"
  | "too-large"
  | "zip-bomb"
  | "unsafe-entry"
  | "malformed-xml"
  | "doctype";

export class DocxError extends Error {
  constructor(
    readonly reason: DocxErrorReason,
    message: string,
  ) {
    super(message);
    this.name = "DocxError";
  }
}
