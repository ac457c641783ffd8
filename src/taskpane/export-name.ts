import type { Vorlage } from "../core/model/vorlage";

/** The name the pane gives the files it hands out (JSON, XML, OParl, the .docx) and the Paper's main File: the Vorlagen-Nr., else a general one. */
export function exportBaseName(vorlage: Vorlage | undefined): string {
  return vorlage?.header.vorlagenNr || "beschlussvorlage";
}
