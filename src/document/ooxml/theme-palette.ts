/**
 * The colours a document's theme gives its theme colour names, as far as the check of text
 * nobody sees needs them: whether a `w:color` makes type white (or so nearly white that it does
 * not show on a white page), and whether a `w:shd` puts a colour behind the text. A run in
 * `w:color w:val="000000" w:themeColor="background1"` prints white: Word takes the theme colour
 * over `w:val`.
 */
export interface Palette {
  /** The colour of a `w:color` element's attributes is white or nearly white. */
  whiteType(attrs: string): boolean;
  /** A `w:shd` element's attributes put a colour (not white, not none) behind the text. */
  filled(attrs: string): boolean;
  /** The RGB channels of a `w:color` (undefined: automatic, which Word makes dark or light against what is behind). */
  typeColour(attrs: string): readonly number[] | undefined;
  /** The RGB channels a `w:shd` puts behind the text (undefined: none). */
  fillColour(attrs: string): readonly number[] | undefined;
}

/** The colours of `w:highlight` values (ECMA-376 §17.18.40). */
export const HIGHLIGHT: Readonly<Record<string, readonly number[]>> = {
  black: [0, 0, 0], blue: [0, 0, 255], cyan: [0, 255, 255], green: [0, 255, 0], magenta: [255, 0, 255], red: [255, 0, 0], yellow: [255, 255, 0], white: [255, 255, 255],
  darkBlue: [0, 0, 128], darkCyan: [0, 128, 128], darkGreen: [0, 128, 0], darkMagenta: [128, 0, 128], darkRed: [128, 0, 0], darkYellow: [128, 128, 0], darkGray: [128, 128, 128], lightGray: [192, 192, 192],
};

/** Type this close to what is behind it (each channel within 16 of 255) does not show. */
export const alike = (a: readonly number[], b: readonly number[]): boolean => a.every((c, i) => Math.abs(c - (b[i] as number)) <= 16);

/** The theme slots Word's default theme fills when a document has no theme part. */
const DEFAULT_SLOTS: Readonly<Record<string, string>> = { dk1: "000000", lt1: "FFFFFF", dk2: "44546A", lt2: "E7E6E6", accent1: "4472C4", accent2: "ED7D31", accent3: "A5A5A5", accent4: "FFC000", accent5: "5B9BD5", accent6: "70AD47", hlink: "0563C1", folHlink: "954F72" };
const SLOT_OF: Readonly<Record<string, string>> = { dark1: "dk1", light1: "lt1", dark2: "dk2", light2: "lt2", accent1: "accent1", accent2: "accent2", accent3: "accent3", accent4: "accent4", accent5: "accent5", accent6: "accent6", hyperlink: "hlink", followedHyperlink: "folHlink" };
/** The names that the settings' `w:clrSchemeMapping` maps to a slot name (defaults as Word's). */
const MAPPED: Readonly<Record<string, readonly [string, string]>> = { background1: ["bg1", "light1"], text1: ["t1", "dark1"], background2: ["bg2", "light2"], text2: ["t2", "dark2"] };
/** A channel at or above this (of 255) is as white as the page. */
const NEAR_WHITE = 0xf8;

export const attrOf = (attrs: string, name: string): string | undefined => new RegExp(`\\bw:${name}="([^"]*)"`, "u").exec(attrs)?.[1];

function slotsOf(themeXml: string | undefined): Record<string, string> {
  const slots: Record<string, string> = { ...DEFAULT_SLOTS };
  const scheme = themeXml === undefined ? undefined : /<a:clrScheme\b[^>]*>([\s\S]*?)<\/a:clrScheme>/u.exec(themeXml)?.[1];
  if (scheme === undefined) return slots;
  for (const m of scheme.matchAll(/<a:(dk1|lt1|dk2|lt2|accent[1-6]|hlink|folHlink)\b[^>]*>((?:(?!<a:\1\b)[\s\S])*?)<\/a:\1>/gu)) {
    const inner = m[2] ?? "";
    const srgb = /<a:srgbClr\b[^>]*?\bval="([0-9A-Fa-f]{6})"/u.exec(inner)?.[1];
    const sys = /<a:sysClr\b([^>]*)>|<a:sysClr\b([^>]*)\/>/u.exec(inner);
    const sysAttrs = sys?.[1] ?? sys?.[2] ?? "";
    const last = /\blastClr="([0-9A-Fa-f]{6})"/u.exec(sysAttrs)?.[1] ?? (/\bval="window"/u.test(sysAttrs) ? "FFFFFF" : sys ? "000000" : undefined);
    const value = srgb ?? last;
    if (value !== undefined) slots[m[1] as string] = value;
  }
  return slots;
}

function mappingOf(settingsXml: string | undefined): Record<string, string> {
  const attrs = settingsXml === undefined ? undefined : /<w:clrSchemeMapping\b([^>]*?)\/?>/u.exec(settingsXml)?.[1];
  const out: Record<string, string> = {};
  for (const [name, [attr, fallback]] of Object.entries(MAPPED)) out[name] = (attrs === undefined ? undefined : attrOf(attrs, attr)) ?? fallback;
  return out;
}

const channels = (hex: string): number[] => [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
const fraction = (hex: string | undefined): number | undefined => (hex !== undefined && /^[0-9A-Fa-f]{2}$/u.test(hex) ? parseInt(hex, 16) / 255 : undefined);

/** The RGB channels of a theme colour name with its tint (towards white) and shade (towards black), or undefined when the name is none or unknown. */
function themed(slots: Record<string, string>, mapping: Record<string, string>, name: string, tint: string | undefined, shade: string | undefined): number[] | undefined {
  const slot = SLOT_OF[mapping[name] ?? name];
  const hex = slot === undefined ? undefined : slots[slot];
  if (hex === undefined) return undefined;
  const t = fraction(tint);
  const s = fraction(shade);
  return channels(hex).map((c) => {
    const tinted = t === undefined ? c : 255 - (255 - c) * t;
    return s === undefined ? tinted : tinted * s;
  });
}

const nearWhite = (rgb: readonly number[]): boolean => rgb.every((c) => c >= NEAR_WHITE);
const hexRgb = (value: string | undefined): number[] | undefined => {
  if (value === undefined) return undefined;
  if (value.toLowerCase() === "white") return [255, 255, 255];
  return /^[0-9A-Fa-f]{6}$/u.test(value) ? channels(value) : undefined;
};

/** The palette of a theme part and the settings part's colour mapping (Word's default theme when there is none). */
export function palette(themeXml: string | undefined, settingsXml: string | undefined): Palette {
  const slots = slotsOf(themeXml);
  const mapping = mappingOf(settingsXml);
  const colour = (attrs: string, value: string, theme: string, tint: string, shade: string): number[] | undefined => {
    const name = attrOf(attrs, theme);
    if (name !== undefined && name !== "none") return themed(slots, mapping, name, attrOf(attrs, tint), attrOf(attrs, shade));
    return hexRgb(attrOf(attrs, value));
  };
  const typeColour = (attrs: string): number[] | undefined => colour(attrs, "val", "themeColor", "themeTint", "themeShade");
  const fillColour = (attrs: string): number[] | undefined => {
    // A solid pattern covers the fill with the pattern colour (automatic: black).
    if (attrOf(attrs, "val") === "solid") return colour(attrs, "color", "themeColor", "themeTint", "themeShade") ?? [0, 0, 0];
    if (attrOf(attrs, "val") === "nil") return undefined;
    return colour(attrs, "fill", "themeFill", "themeFillTint", "themeFillShade");
  };
  return {
    whiteType(attrs) {
      const rgb = typeColour(attrs);
      return rgb !== undefined && nearWhite(rgb);
    },
    filled(attrs) {
      const fill = fillColour(attrs);
      return fill !== undefined && !nearWhite(fill);
    },
    typeColour,
    fillColour,
  };
}
