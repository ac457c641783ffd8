import type { Finding } from "../../core/validation/finding";
import { styleLooks, tinySize, type StyleLooks } from "./style-looks";
import { alike, HIGHLIGHT, palette, type Palette } from "./theme-palette";

/** Findings about text that is there but formatted so that nobody sees it. */
export const DISGUISED_TEXT_FINDING_CODES = {
  /**
   * Text in white type on a white page (no shading or highlight behind it) or in type of 1 point
   * or less: Word prints it and it belongs to the decision, but a reader of the page does not see
   * it. Not hidden text (that is no text of the Vorlage): this is, and so it is named.
   */
  "text-unsichtbar": "warning",
} as const;

const TOKEN = /<w:(tbl|tc|p|r|pPr|rPr|tcPr|tblPr|txbxContent|rPrChange|pPrChange|shd|color|sz|highlight|background|pStyle|rStyle|tblStyle|vanish|specVanish)\b([^>]*?)(\/?)>|<\/w:(tbl|tc|p|r|pPr|rPr|tcPr|tblPr|txbxContent|rPrChange|pPrChange)>|<w:t\b[^>]*?>([^<]*)<\/w:t>/gu;
const attr = (attrs: string, name: string): string | undefined => new RegExp(`\\bw:${name}="([^"]*)"`, "u").exec(attrs)?.[1];
const highlighted = (val: string | undefined): boolean => val !== undefined && !["none", "white", ""].includes(val.toLowerCase());

/** Whether a main part may hold type made white or tiny by its own formatting (a value that could be one), or something behind type that could hide it; cheap, for skipping the pass. */
export const MAY_DISGUISE = /<w:color\b[^>]*?\b(?:w:val="(?:(?:[Ff][89A-Fa-f]){3}|white)"|w:themeColor=")|<w:sz\b[^>]*?\bw:val="(?:[012]"|[\d.]+(?:pt|pc|pi|in|mm|cm)")|<w:(?:highlight|shd)\b/u;

/** Whether a `w:background` gives the page a colour (automatic, white or nearly white is none). */
function pageColoured(attrs: string, colours: Palette): boolean {
  const themed = attr(attrs, "themeColor");
  const color = attr(attrs, "color");
  if ((themed === undefined || themed === "none") && (color === undefined || color === "auto")) return false;
  return !colours.whiteType(attrs.replace(/\bw:color=/u, "w:val="));
}

/**
 * The texts of the main part's runs in white type with nothing coloured behind them (run,
 * paragraph or table cell shading, highlight, a coloured page background), or in type of at most
 * 1 point: by the run's own formatting or, where it says nothing, by its styles, the table's
 * style and the document defaults (`looks`), in colours of the document's theme (`colours`).
 * Text boxes are left out (their fill is a shape's); so is formatting a tracked change replaced.
 * One pass with a pattern.
 */
export function disguisedTexts(xml: string, looks: StyleLooks = styleLooks(undefined, palette(undefined, undefined)), colours: Palette = palette(undefined, undefined)): string[] {
  if (!looks.any && !MAY_DISGUISE.test(xml)) return [];
  const background = /<w:background\b([^>]*?)\/?>/u.exec(xml)?.[1];
  if (background !== undefined && pageColoured(background, colours)) return [];
  const out: string[] = [];
  const cells: boolean[] = [];
  const cellFills: (readonly number[] | undefined)[] = [];
  const paragraphs: { behind: boolean; style?: string; fill?: readonly number[] }[] = [];
  const tables: (string | undefined)[] = [];
  let inTcPr = false;
  let inPPr = false;
  let inRPr = false;
  let inTblPr = false;
  let changed = 0;
  let boxes = 0;
  let run: { white?: boolean; tiny?: boolean; behind: boolean; style?: string; vanish?: boolean; colour?: readonly number[]; fill?: readonly number[]; highlight?: readonly number[] } | undefined;
  for (const m of xml.matchAll(TOKEN)) {
    const [, open, attrs = "", selfClosing, close, text] = m;
    if (open !== undefined) {
      if (changed > 0 && !selfClosing && (open === "rPrChange" || open === "pPrChange")) changed++;
      else if (changed > 0) continue;
      else if (open === "rPrChange" || open === "pPrChange") {
        if (!selfClosing) changed++;
      } else if (open === "tbl" && !selfClosing) tables.push(undefined);
      else if (open === "tc" && !selfClosing) {
        cells.push(false);
        cellFills.push(undefined);
      }
      else if (open === "p" && !selfClosing) paragraphs.push({ behind: false });
      else if (open === "r" && !selfClosing) run = { behind: false };
      else if (open === "tcPr" && !selfClosing) inTcPr = true;
      else if (open === "tblPr" && !selfClosing) inTblPr = true;
      else if (open === "pPr" && !selfClosing) inPPr = true;
      else if (open === "rPr" && !selfClosing) inRPr = true;
      else if (open === "txbxContent" && !selfClosing) boxes++;
      else if (open === "tblStyle" && inTblPr && tables.length > 0) tables[tables.length - 1] = attr(attrs, "val");
      else if (open === "pStyle" && inPPr && !inRPr && paragraphs.length > 0) (paragraphs[paragraphs.length - 1] as { style?: string }).style = attr(attrs, "val");
      else if (open === "rStyle" && inRPr && !inPPr && run) run.style = attr(attrs, "val");
      else if ((open === "vanish" || open === "specVanish") && inRPr && !inPPr && run) run.vanish = !["0", "false", "off"].includes(attr(attrs, "val") ?? "");
      else if (open === "shd" || open === "highlight") {
        const fill = open === "shd" ? colours.fillColour(attrs) : HIGHLIGHT[attr(attrs, "val") ?? ""];
        if (fill !== undefined && inRPr && !inPPr && run) run[open === "shd" ? "fill" : "highlight"] = fill;
        else if (fill !== undefined && inPPr && !inRPr && paragraphs.length > 0) (paragraphs[paragraphs.length - 1] as { fill?: readonly number[] }).fill = fill;
        else if (fill !== undefined && inTcPr && cellFills.length > 0) cellFills[cellFills.length - 1] = fill;
        const on = open === "shd" ? colours.filled(attrs) : highlighted(attr(attrs, "val"));
        if (!on) continue;
        if (inRPr && !inPPr && run) run.behind = true;
        else if (inPPr && !inRPr && paragraphs.length > 0) (paragraphs[paragraphs.length - 1] as { behind: boolean }).behind = true;
        else if (inTcPr && cells.length > 0) cells[cells.length - 1] = true;
      } else if (open === "color" && inRPr && !inPPr && run) {
        run.white = colours.whiteType(attrs);
        run.colour = colours.typeColour(attrs);
      }
      else if (open === "sz" && inRPr && !inPPr && run) {
        const tiny = tinySize(attr(attrs, "val"));
        if (tiny !== undefined) run.tiny = tiny;
      }
    } else if (close !== undefined) {
      if (changed > 0) {
        if (close === "rPrChange" || close === "pPrChange") changed--;
        continue;
      }
      if (close === "tbl") tables.pop();
      else if (close === "tc") {
        cells.pop();
        cellFills.pop();
      }
      else if (close === "p") paragraphs.pop();
      else if (close === "r") run = undefined;
      else if (close === "tcPr") inTcPr = false;
      else if (close === "tblPr") inTblPr = false;
      else if (close === "pPr") inPPr = false;
      else if (close === "rPr") inRPr = false;
      else if (close === "txbxContent") boxes--;
    } else if (text !== undefined && run && boxes === 0 && text.trim() !== "") {
      const paragraph = paragraphs[paragraphs.length - 1];
      const styled = looks.look(tables[tables.length - 1], paragraph?.style, run.style);
      const shaded = run.behind || paragraphs.some((p) => p.behind) || cells.some(Boolean) || styled.behind;
      // A run hidden by its own w:vanish is no text of the Vorlage (the reading leaves it out); one hidden by the table's style is read, so named.
      if (run.vanish ?? styled.hidden) continue;
      // Type in the colour of what is right behind it (black on a black highlight, red on red shading) does not show either.
      const behind = run.highlight ?? run.fill ?? paragraph?.fill ?? [...cellFills].reverse().find((f) => f !== undefined);
      const camouflaged = run.colour !== undefined && behind !== undefined && alike(run.colour, behind);
      if ((run.tiny ?? styled.tiny) || ((run.white ?? styled.white) && !shaded) || camouflaged || (run.vanish === undefined && styled.hiddenByTable)) out.push(text);
    }
  }
  return out;
}

/** One finding for the main part's disguised texts: how many places, and the first one's text. */
export function disguisedTextFindings(texts: readonly string[]): Finding[] {
  if (texts.length === 0) return [];
  const first = (texts[0] as string).trim();
  const beispiel = first.length > 60 ? `${first.slice(0, 60)}…` : first;
  return [{ code: "text-unsichtbar", severity: "warning", location: { type: "document" }, params: { anzahl: String(texts.length), beispiel } }];
}
