import { styleLooks, type StyleLooks } from "../ooxml/style-looks";
import { palette, type Palette } from "../ooxml/theme-palette";
import { relationships, relsOf, resolveTarget, text } from "./package-parts";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/** The part the main part relates to by a relationship type, as Word finds it (never by a default name). */
function related(parts: ReadonlyMap<string, Uint8Array>, mainPart: string, type: string): string | undefined {
  const rels = relsOf(mainPart);
  const rel = relationships(parts, rels).find((r) => r.type === REL + type && !r.external);
  return rel === undefined ? undefined : text(parts, resolveTarget(rels, rel.target));
}

/**
 * The theme's colours and the styles' looks of a package, for the check of text nobody sees:
 * the theme and the settings' colour mapping through the main part's relationships, the
 * styles where the rest of the reading takes them (word/styles.xml).
 */
export function disguiseContext(parts: ReadonlyMap<string, Uint8Array>, mainPart: string): { readonly looks: StyleLooks; readonly colours: Palette } {
  const colours = palette(related(parts, mainPart, "theme"), related(parts, mainPart, "settings"));
  return { looks: styleLooks(text(parts, "word/styles.xml"), colours), colours };
}
