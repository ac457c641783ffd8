import type { IdSource } from "../core/model/ids";
import { randomIds } from "../core/model/ids";
import type { Profile } from "../core/profile/profile";
import { DocxDocument, UnchangeableDocumentError, type StructureOutcome } from "../document/docx/docx-document";

/** What `beschluss recognize` made of a document: the new bytes and what happened to the body. */
export interface RecognizeResult {
  readonly bytes: Uint8Array;
  readonly outcome: StructureOutcome;
  /** Numbers changed by --renumber (0 when not asked, or when the structure could not be wrapped). */
  readonly renumbered: number;
  /** Typed references made links by --references (0 when not asked). */
  readonly linked: number;
}

/**
 * The `recognize` command without files: structure the body (all or nothing, never twice),
 * link typed references when asked (--references), renumber when asked and only through our number controls, then write the metadata read
 * back from the result. The property tests run exactly this. A document that must not be
 * changed (signed, protected, newer metadata) throws `UnchangeableDocumentError`, untouched.
 */
export function recognizeDocx(input: Uint8Array, profile: Profile, options: { readonly renumber?: boolean; readonly references?: boolean; readonly ids?: IdSource; readonly ignoreProtection?: boolean } = {}): RecognizeResult {
  const ids = options.ids ?? randomIds;
  const doc = DocxDocument.open(input, { edit: true });
  // A signed or protected document, or one with a newer major version's metadata, stays as it is.
  const why = doc.unchangeable({ ...(options.ignoreProtection ? { ignoreProtection: true } : {}) });
  if (why) throw new UnchangeableDocumentError(why);
  const outcome = doc.structure(profile, ids);
  const ours = outcome.wrapped || outcome.refusal === "already-structured";
  // References become links only when asked: never by themselves (issue 24).
  const linked = options.references && ours ? doc.linkReferences(profile, ids) : 0;
  const renumbered = options.renumber && ours ? doc.renumber(profile, ids) : 0;
  doc.writeMetadata(doc.read(profile, ids).vorlage, profile);
  return { bytes: doc.save(), outcome, renumbered, linked };
}
