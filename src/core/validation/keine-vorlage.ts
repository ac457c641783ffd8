import type { Finding } from "./finding";

/** The code recognition gives a document that fits no part of a Vorlage (a letter, a Niederschrift, a contract). */
export const KEINE_VORLAGE_CODE = "recognize-keine-vorlage";

/**
 * Whether a document is no Vorlage at all, and why: the finding that says so, else undefined.
 * Such a document is reported as „keine Vorlage erkannt“ with its reason and nothing else —
 * the Pflichtangaben a Vorlage lacks are no errors of a letter, and a reviewer would only
 * wade through them — and it is counted apart from complete and incomplete Vorlagen.
 */
export function keineVorlage(findings: readonly Finding[]): Finding | undefined {
  return findings.find((f) => f.code === KEINE_VORLAGE_CODE);
}
