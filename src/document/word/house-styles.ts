import type { Profile } from "../../core/profile/profile";
import { stylesXml } from "../ooxml/house-style-parts";
import { STYLE_IDS } from "../ooxml/ooxml";

/** The blocks the Word adapter builds with Word's API, and the named paragraph style of each. */
export const BLOCK_STYLES = {
  abschnitt: { id: STYLE_IDS.abschnitt, name: "BV Abschnitt" },
  ziffer: { id: STYLE_IDS.ziffer, name: "BV Ziffer" },
  unterpunkt: { id: STYLE_IDS.unterpunkt, name: "BV Unterpunkt" },
} as const;
export type BlockStyle = keyof typeof BLOCK_STYLES;

/** What a style sets, in Word's units (points), for `Style.paragraphFormat` and `Style.font` (WordApi 1.5). */
export interface StyleFormat {
  readonly leftIndent?: number;
  readonly firstLineIndent?: number;
  readonly spaceBefore?: number;
  readonly spaceAfter?: number;
  readonly alignment?: "Justified" | "Centered";
  readonly keepWithNext?: boolean;
  readonly bold?: boolean;
  /** w:outlineLvl (0 = level 1): a section heading is a real heading (accessibility-heading-style). */
  readonly outlineLevel?: number;
  /** Font size in points (w:sz, half-points in the file). */
  readonly size?: number;
  /** Font colour as "#RRGGBB" (w:color). */
  readonly color?: string;
}

/**
 * The format of a block style as the .docx renderer defines it (house-style-parts'
 * styles.xml): one definition, so that a style Word adds looks like the one a new
 * document carries.
 */
export function styleFormat(profile: Profile, kind: BlockStyle): StyleFormat {
  return styleFormatOf(profile, BLOCK_STYLES[kind].id);
}

/**
 * The format of the house style with id `styleId` as house-style-parts' styles.xml defines it: what an entry
 * built in a document without that style gets as direct formatting (issue 21, items 3 and 4), so that it
 * prints as the style would print it.
 */
export function styleFormatOf(profile: Profile, styleId: string): StyleFormat {
  const xml = stylesXml(profile);
  const style = new RegExp(`<w:style [^>]*w:styleId="${styleId}">([\\s\\S]*?)</w:style>`).exec(xml)?.[1] ?? "";
  const twips = (attr: string, element: string): number | undefined => {
    const v = new RegExp(`<w:${element}\\b[^>]*\\bw:${attr}="(\\d+)"`).exec(style)?.[1];
    return v === undefined ? undefined : Number(v) / 20;
  };
  const hanging = twips("hanging", "ind");
  const jc = /<w:jc w:val="(\w+)"/.exec(style)?.[1];
  const format: { -readonly [K in keyof StyleFormat]: StyleFormat[K] } = {};
  const left = twips("left", "ind");
  if (left !== undefined) format.leftIndent = left;
  if (hanging !== undefined) format.firstLineIndent = -hanging;
  const before = twips("before", "spacing");
  const after = twips("after", "spacing");
  if (before !== undefined) format.spaceBefore = before;
  if (after !== undefined) format.spaceAfter = after;
  if (jc === "both") format.alignment = "Justified";
  if (jc === "center") format.alignment = "Centered";
  if (/<w:keepNext\/>/.test(style)) format.keepWithNext = true;
  if (/<w:rPr>[\s\S]*<w:b\/>/.test(style)) format.bold = true;
  const outline = /<w:outlineLvl w:val="(\d)"/.exec(style)?.[1];
  if (outline !== undefined) format.outlineLevel = Number(outline);
  const size = /<w:rPr>[\s\S]*<w:sz w:val="(\d+)"/.exec(style)?.[1];
  if (size !== undefined) format.size = Number(size) / 2;
  const color = /<w:rPr>[\s\S]*<w:color w:val="([0-9A-Fa-f]{6})"/.exec(style)?.[1];
  if (color !== undefined) format.color = `#${color.toUpperCase()}`;
  return format;
}

/** The names of the styles in a styles part (what getOoxml hands over with the body). */
export function styleNames(stylesPart: string | undefined): ReadonlySet<string> {
  const names = new Set<string>();
  for (const m of (stylesPart ?? "").matchAll(/<w:style\b[\s\S]*?<w:name w:val="([^"]*)"/g)) names.add((m[1] as string).replace(/&amp;/g, "&"));
  return names;
}
