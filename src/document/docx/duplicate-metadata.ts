import type { Finding } from "../../core/validation/finding";
import { findMetadataParts } from "./package-parts";

/**
 * Our metadata part more than once in one file: a stale copy behind the real one, as a
 * document-management system or a merge of two versions leaves it. Only the first is read and
 * written (the Word add-in reads the first too); the others may hold other values, which a
 * reviewer or another program could take for the document's. The finding names all of them and
 * the one that counts.
 */
export function duplicateMetadataFindings(parts: ReadonlyMap<string, Uint8Array>): Finding[] {
  const ours = findMetadataParts(parts);
  if (ours.length < 2) return [];
  const [counts, ...others] = ours as [string, ...string[]];
  return [{ code: "metadata-duplicate", severity: "warning", location: { type: "document" }, params: { gilt: counts, weitere: others.join(", "), anzahl: String(ours.length) } }];
}
