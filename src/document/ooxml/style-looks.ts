import { attrOf, type Palette } from "./theme-palette";

/**
 * What the styles part makes of a run's colour and size where the run says nothing itself:
 * white or 1-point type can come from a character style, a paragraph style (also through
 * `w:basedOn`), the table's style, the default paragraph style or the document defaults
 * (`w:docDefaults/w:rPrDefault`), and a colour behind the text from a paragraph style's or the
 * table style's shading. Word's order is followed: the run's own formatting, its character
 * style, its paragraph style, the table style, the default paragraph style, the document
 * defaults. A table style's conditional formats (`w:tblStylePr`, header row, banding) are not
 * looked at: they apply to some cells only, and a header in white on a coloured band is common.
 */
export interface StyleLooks {
  /** Some style or the document defaults make type white or tiny: else runs need their own formatting to be so. */
  readonly any: boolean;
  /** Whether type is white, tiny, or has a colour behind it, by the styles alone (the run's own formatting is applied by the caller). */
  look(table: string | undefined, paragraph: string | undefined, character: string | undefined): StyleLook;
}

export interface StyleLook {
  readonly white: boolean;
  readonly tiny: boolean;
  readonly behind: boolean;
  /**
   * The table's style hides the text (`w:vanish`) and neither the character nor the paragraph
   * style shows it again. The reading of the body does not know table styles and reads such
   * text; it is named with the rest that nobody sees.
   */
  readonly hiddenByTable: boolean;
  /** A style or the document defaults hide the text: the reading leaves it out, it is no text of the Vorlage. */
  readonly hidden: boolean;
}

/** Half-points: 2 is 1 point. */
export const TINY = 2;
const UNIT_HALF_POINTS: Readonly<Record<string, number>> = { pt: 2, pc: 24, pi: 24, in: 144, mm: 144 / 25.4, cm: 1440 / 25.4 };

/** Whether a `w:sz` value (half-points, or a measure such as „1pt“) is at most 1 point; undefined when it is no size. */
export function tinySize(val: string | undefined): boolean | undefined {
  const m = val === undefined ? null : /^(-?\d+(?:\.\d+)?)(pt|pc|pi|in|mm|cm)?$/u.exec(val.trim());
  if (!m) return undefined;
  const halfPoints = Number(m[1]) * (m[2] === undefined ? 1 : (UNIT_HALF_POINTS[m[2]] as number));
  return Number.isFinite(halfPoints) ? halfPoints <= TINY : undefined;
}

interface Own {
  vanish?: boolean;
  white?: boolean;
  tiny?: boolean;
  behind?: boolean;
}

/** The formatting of an `w:rPr` body that decides visibility: colour, size, shading or highlight. */
function ownOfRunProps(rPr: string, palette: Palette, into: Own): void {
  const color = /<w:color\b([^>]*?)\/?>/u.exec(rPr)?.[1];
  if (color !== undefined) into.white = palette.whiteType(color);
  const sz = /<w:sz\b([^>]*?)\/?>/u.exec(rPr)?.[1];
  const tiny = sz === undefined ? undefined : tinySize(attrOf(sz, "val"));
  if (tiny !== undefined) into.tiny = tiny;
  const vanish = /<w:(?:vanish|specVanish)\b([^>]*?)\/?>/u.exec(rPr)?.[1];
  if (vanish !== undefined) into.vanish = !/\bw:val="(?:0|false|off)"/u.test(vanish);
  const shd = /<w:shd\b([^>]*?)\/?>/u.exec(rPr)?.[1];
  const highlight = /<w:highlight\b([^>]*?)\/?>/u.exec(rPr)?.[1];
  const hv = highlight === undefined ? undefined : (attrOf(highlight, "val") ?? "").toLowerCase();
  if ((shd !== undefined && palette.filled(shd)) || (hv !== undefined && hv !== "none" && hv !== "white" && hv !== "")) into.behind = true;
}

const NONE: StyleLooks = { any: false, look: () => ({ white: false, tiny: false, behind: false, hiddenByTable: false, hidden: false }) };

/** The looks of a styles part, read once with a few patterns (none when the part is missing). */
export function styleLooks(stylesXml: string | undefined, palette: Palette): StyleLooks {
  if (stylesXml === undefined) return NONE;
  const own = new Map<string, Own>();
  const basedOn = new Map<string, string>();
  let defaultParagraph: string | undefined;
  const defaults: Own = {};
  const rPrDefault = /<w:rPrDefault\b[^>]*>([\s\S]*?)<\/w:rPrDefault>/u.exec(stylesXml)?.[1];
  if (rPrDefault !== undefined) ownOfRunProps(rPrDefault, palette, defaults);
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*?)(?<!\/)>((?:(?!<w:style\b)[\s\S])*?)<\/w:style>/gu)) {
    const attrs = m[1] ?? "";
    const id = attrOf(attrs, "styleId");
    if (id === undefined) continue;
    const body = (m[2] ?? "").replace(/<w:(tblStylePr|rPrChange|pPrChange|tcPrChange)\b(?:(?!<w:\1\b)[\s\S])*?<\/w:\1>/gu, "");
    const mine: Own = {};
    const rPr = /<w:rPr\b[^>]*>([\s\S]*?)<\/w:rPr>/u.exec(body)?.[1];
    if (rPr !== undefined) ownOfRunProps(rPr, palette, mine);
    for (const box of body.matchAll(/<w:(?:pPr|tcPr)\b[^>]*>((?:(?!<w:(?:pPr|tcPr)\b)[\s\S])*?)<\/w:(?:pPr|tcPr)>/gu)) {
      const shd = /<w:shd\b([^>]*?)\/?>/u.exec(box[1] ?? "")?.[1];
      if (shd !== undefined && palette.filled(shd)) mine.behind = true;
    }
    own.set(id, mine);
    const base = /<w:basedOn\b[^>]*?\bw:val="([^"]*)"/u.exec(body)?.[1];
    if (base !== undefined) basedOn.set(id, base);
    if (attrOf(attrs, "type") === "paragraph" && ["1", "true", "on"].includes(attrOf(attrs, "default") ?? "")) defaultParagraph ??= id;
  }
  const tableStyles = new Set<string>();
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*?)(?<!\/)>/gu)) if (attrOf(m[1] ?? "", "type") === "table") tableStyles.add(attrOf(m[1] ?? "", "styleId") ?? "");
  const any = defaults.white === true || defaults.tiny === true || [...own].some(([id, o]) => o.white === true || o.tiny === true || (o.vanish === true && tableStyles.has(id)));
  if (!any) return NONE;
  // The patterns above never look past the next opening tag of their kind: a part with many unclosed ones is read in linear time.
  // Each style's answer for a property is its nearest own setting up its w:basedOn chain (a loop ends the walk); walked without recursion, each decided once.
  const resolved = new Map<string, Own>();
  const resolve = (id: string | undefined): Own => {
    if (id === undefined) return {};
    const known = resolved.get(id);
    if (known !== undefined) return known;
    const out: Own = {};
    const seen = new Set<string>();
    for (let cur: string | undefined = id; cur !== undefined && !seen.has(cur); cur = basedOn.get(cur)) {
      seen.add(cur);
      const o = own.get(cur);
      if (o === undefined) continue;
      out.vanish ??= o.vanish;
      out.white ??= o.white;
      out.tiny ??= o.tiny;
      out.behind ??= o.behind;
    }
    resolved.set(id, out);
    return out;
  };
  return {
    any,
    look(table, paragraph, character) {
      const chain = [resolve(character), paragraph === defaultParagraph ? {} : resolve(paragraph), resolve(table), resolve(defaultParagraph), defaults];
      const first = (k: keyof Own): boolean => chain.find((o) => o[k] !== undefined)?.[k] ?? false;
      const shown = [chain[0], chain[1]].some((o) => o?.vanish !== undefined);
      return { white: first("white"), tiny: first("tiny"), behind: chain.some((o) => o.behind === true), hiddenByTable: !shown && chain[2]?.vanish === true, hidden: [chain[0], chain[1], chain[3], chain[4]].find((o) => o?.vanish !== undefined)?.vanish === true };
    },
  };
}
