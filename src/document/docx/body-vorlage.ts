import type { IdSource } from "../../core/model/ids";
import type { Vorlage } from "../../core/model/vorlage";
import type { Profile } from "../../core/profile/profile";
import { recognize } from "../../core/recognize/recognize";
import { paragraphText, type BodyParagraph } from "./read-body";
import type { StructureRead } from "./read-structure";

/**
 * The Vorlage a body holds: from our controls (plus what was typed by hand between them),
 * or recognised from the text of a plain document. Shared by both adapters.
 */
export function bodyVorlage(paragraphs: readonly BodyParagraph[], structure: StructureRead, profile: Profile, ids: IdSource): Vorlage {
  if (!structure.structured) return recognize(paragraphs.map(paragraphText), profile, ids).vorlage;
  const vorlage = structure.vorlage;
  const header = Object.values(vorlage.header).every((x) => x !== "" && x !== undefined) && vorlage.zustaendigkeit.federfuehrend !== "";
  if (header && vorlage.verteiler.length > 0 && vorlage.zeichnungen.length > 0 && vorlage.bezuege.length > 0) return vorlage;
  // Text typed by hand between our blocks (a Verteiler, a signature, a header line that
  // `recognize` could not wrap, such as the Gremium or the Vorlagenart) still counts; a
  // field our controls hold always wins.
  const loose = recognize(paragraphs.filter((p) => p.blocks.length === 0).map(paragraphText), profile, ids).vorlage;
  const filled = Object.fromEntries(Object.entries(vorlage.header).map(([k, x]) => [k, x === "" || x === undefined ? (loose.header as unknown as Record<string, unknown>)[k] : x]));
  return {
    ...vorlage,
    header: filled as unknown as Vorlage["header"],
    zustaendigkeit:
      vorlage.zustaendigkeit.federfuehrend === "" && vorlage.zustaendigkeit.beteiligt.length === 0 ? loose.zustaendigkeit : vorlage.zustaendigkeit,
    verteiler: vorlage.verteiler.length > 0 ? vorlage.verteiler : loose.verteiler,
    zeichnungen: vorlage.zeichnungen.length > 0 ? vorlage.zeichnungen : loose.zeichnungen,
    bezuege: vorlage.bezuege.length > 0 ? vorlage.bezuege : loose.bezuege,
  };
}

