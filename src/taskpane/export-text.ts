import { toMetadataXml } from "../core/metadata/metadata-xml";
import { toOParlPaper } from "../core/metadata/oparl-paper";
import { toVorlageJson } from "../core/metadata/vorlage-json";
import type { Vorlage } from "../core/model/vorlage";
import type { Profile } from "../core/profile/profile";

/**
 * The metadata as a file to download: JSON, the XML part, or an OParl Paper. Loaded only
 * when the user exports (a dynamic import), so that the pane starts without the formats.
 * The Paper carries the document as its main File with the decided text, as `beschluss export`
 * does: a Ratsinformationssystem fed from the pane would otherwise get a Paper without its
 * Beschluss (tryout 4). The pane cannot hash the open document, so size and checksum are left
 * out; `fileName` is the name under which the pane hands out the .docx (the preview's download).
 */
export function exportText(vorlage: Vorlage, profile: Profile, format: "json" | "xml" | "oparl", now: string, fileName: string): string {
  if (format === "xml") return toMetadataXml(vorlage, profile);
  if (format === "json") return JSON.stringify(toVorlageJson(vorlage, profile), null, 2);
  return JSON.stringify(toOParlPaper(vorlage, profile, { created: now, modified: now, mainFile: { fileName } }), null, 2);
}
