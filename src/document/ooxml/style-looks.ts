import { W_NS } from "./ooxml";
import { attrOf, type Palette } from "./theme-palette";
import { scanXml, type XmlAttributes } from "./xml-scanner";

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

/** The W-namespace attributes of an element as the palette reads them (`w:val="…" w:themeColor="…"`), whatever prefix the part binds. */
function wAttributes(a: XmlAttributes): string {
  let out = "";
  for (let k = 0; k < a.count; k++) {
    const name = a.nameAt(k);
    const colon = name.indexOf(":");
    if (colon < 0 || a.resolve(name.slice(0, colon)) !== W_NS) continue;
    out += ` w:${name.slice(colon + 1)}="${a.valueAt(k).replace(/"/gu, "&quot;")}"`;
  }
  return out;
}

/** The formatting in a `w:rPr` that decides visibility, one child element at a time: colour, size, hidden, shading or highlight. */
function ownOfRunProperty(local: string, attrs: string, palette: Palette, into: Own): void {
  if (local === "color") into.white = palette.whiteType(attrs);
  else if (local === "sz") {
    const tiny = tinySize(attrOf(attrs, "val"));
    if (tiny !== undefined) into.tiny = tiny;
  } else if (local === "vanish" || local === "specVanish") {
    // The first of them decides, as the pattern that read them before did.
    into.vanish ??= !/\bw:val="(?:0|false|off)"/u.test(attrs);
  } else if (local === "shd") {
    if (palette.filled(attrs)) into.behind = true;
  } else if (local === "highlight") {
    const hv = (attrOf(attrs, "val") ?? "").toLowerCase();
    if (hv !== "none" && hv !== "white" && hv !== "") into.behind = true;
  }
}

const NONE: StyleLooks = { any: false, look: () => ({ white: false, tiny: false, behind: false, hiddenByTable: false, hidden: false }) };

/** What a style's own formatting that tracked changes replaced, or that applies to some table cells only, is: not read. */
const NOT_READ = new Set(["tblStylePr", "rPrChange", "pPrChange", "tcPrChange"]);

/**
 * The looks of a styles part (none when the part is missing), read once with the streaming scanner: elements
 * by their namespace URI, whatever prefix the part binds to WordprocessingML (a part that binds it to „x:“
 * is as legal as one that binds „w:“), in one linear pass. Throws `DocxError` on a part that is not
 * well-formed, as every reader of the styles does.
 */
export function styleLooks(stylesXml: string | undefined, palette: Palette): StyleLooks {
  if (stylesXml === undefined) return NONE;
  const own = new Map<string, Own>();
  const basedOn = new Map<string, string>();
  const tableStyles = new Set<string>();
  let defaultParagraph: string | undefined;
  const defaults: Own = {};
  // The W names of the open elements ("" for another vocabulary's), and how deep inside something not read.
  const path: string[] = [];
  let skipped = 0;
  let style: { id: string | undefined; own: Own; rPrSeen: boolean } | undefined;
  let inRPr: Own | undefined;
  let defaultsRead = false;
  scanXml(stylesXml, "word/styles.xml", {
    open(uri, local, a) {
      const name = uri === W_NS ? local : "";
      path.push(name);
      const depth = path.length;
      if (skipped > 0 || (style !== undefined && NOT_READ.has(name))) {
        skipped++;
        return;
      }
      if (depth === 2 && name === "style") {
        const id = a.get(W_NS, "styleId");
        const type = a.get(W_NS, "type");
        if (type === "table" && id !== undefined) tableStyles.add(id);
        if (type === "paragraph" && id !== undefined && ["1", "true", "on"].includes(a.get(W_NS, "default") ?? "")) defaultParagraph ??= id;
        style = { id, own: {}, rPrSeen: false };
      } else if (style !== undefined && depth === 3 && name === "basedOn") {
        const base = a.get(W_NS, "val");
        if (base !== undefined && style.id !== undefined) basedOn.set(style.id, base);
      } else if (style !== undefined && depth === 3 && name === "rPr" && !style.rPrSeen) {
        // The style's own run properties: the first w:rPr it holds, as Word reads it.
        style.rPrSeen = true;
        inRPr = style.own;
      } else if (style !== undefined && depth === 4 && name === "shd" && (path[2] === "pPr" || path[2] === "tcPr")) {
        if (palette.filled(wAttributes(a))) style.own.behind = true;
      } else if (depth === 4 && name === "rPr" && path[1] === "docDefaults" && path[2] === "rPrDefault" && !defaultsRead) {
        defaultsRead = true;
        inRPr = defaults;
      } else if (inRPr !== undefined && path[depth - 2] === "rPr" && name !== "") ownOfRunProperty(name, wAttributes(a), palette, inRPr);
    },
    close() {
      const name = path.pop();
      if (skipped > 0) {
        skipped--;
        return;
      }
      if (name === "rPr") inRPr = undefined;
      if (path.length === 1 && name === "style" && style !== undefined) {
        // A style named twice: its last definition counts, as before.
        if (style.id !== undefined) own.set(style.id, style.own);
        style = undefined;
      }
    },
    text() {},
  });
  const any = defaults.white === true || defaults.tiny === true || [...own].some(([id, o]) => o.white === true || o.tiny === true || (o.vanish === true && tableStyles.has(id)));
  if (!any) return NONE;
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
