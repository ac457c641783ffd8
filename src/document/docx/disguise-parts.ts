import { styleLooks, type StyleLooks } from "../ooxml/style-looks";
import { palette, type Palette } from "../ooxml/theme-palette";
import { text } from "./package-parts";
import { relatedPartName } from "./related-part";

const related = (parts: ReadonlyMap<string, Uint8Array>, mainPart: string, type: string, fallback?: string): string | undefined => {
  const name = relatedPartName(parts, mainPart, type, fallback);
  return name === undefined ? undefined : text(parts, name);
};

/**
 * The theme's colours and the styles' looks of a package, for the check of text nobody sees:
 * the theme, the settings' colour mapping and the styles through the main part's relationships.
 */
export function disguiseContext(parts: ReadonlyMap<string, Uint8Array>, mainPart: string): { readonly looks: StyleLooks; readonly colours: Palette } {
  const colours = palette(related(parts, mainPart, "theme"), related(parts, mainPart, "settings"));
  return { looks: styleLooks(related(parts, mainPart, "styles", "word/styles.xml"), colours), colours };
}
