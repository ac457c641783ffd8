import type { Finding } from "../../core/validation/finding";

/** Findings about text that is there but formatted so that nobody sees it. */
export const DISGUISED_TEXT_FINDING_CODES = {
  /**
   * Text in white type on a white page (no shading or highlight behind it) or in type of 1 point
   * or less: Word prints it and it belongs to the decision, but a reader of the page does not see
   * it. Not hidden text (that is no text of the Vorlage): this is, and so it is named.
   */
  "text-unsichtbar": "warning",
} as const;

const WHITE = new Set(["ffffff", "white"]);
/** Half-points: 2 is 1 point. */
const TINY = 2;
const TOKEN = /<w:(tc|p|r|pPr|rPr|tcPr|txbxContent|shd|color|sz|highlight|background)\b([^>]*?)(\/?)>|<\/w:(tc|p|r|pPr|rPr|tcPr|txbxContent)>|<w:t\b[^>]*?>([^<]*)<\/w:t>/gu;
const attr = (attrs: string, name: string): string | undefined => new RegExp(`\\bw:${name}="([^"]*)"`, "u").exec(attrs)?.[1];
const coloured = (fill: string | undefined): boolean => fill !== undefined && !["auto", "ffffff", "white", "none", ""].includes(fill.toLowerCase());

/**
 * The texts of the main part's runs in white type with nothing coloured behind them (run,
 * paragraph or table cell shading, highlight, a coloured page background), or in type of at most
 * 1 point. Only direct formatting is looked at; text boxes are left out (their fill is a shape's).
 * One pass with a pattern; a part that names neither white nor such a size is not looked through.
 */
export function disguisedTexts(xml: string): string[] {
  if (!/<w:(?:color w:val="(?:FFFFFF|ffffff|white)"|sz w:val="[012]")/u.test(xml)) return [];
  const background = /<w:background\b[^>]*?\bw:color="([^"]*)"/u.exec(xml)?.[1];
  if (coloured(background)) return [];
  const out: string[] = [];
  const cells: boolean[] = [];
  const paragraphs: boolean[] = [];
  let inTcPr = false;
  let inPPr = false;
  let inRPr = false;
  let boxes = 0;
  let run: { white: boolean; tiny: boolean; behind: boolean } | undefined;
  for (const m of xml.matchAll(TOKEN)) {
    const [, open, attrs = "", selfClosing, close, text] = m;
    if (open !== undefined) {
      if (open === "tc" && !selfClosing) cells.push(false);
      else if (open === "p" && !selfClosing) paragraphs.push(false);
      else if (open === "r" && !selfClosing) run = { white: false, tiny: false, behind: false };
      else if (open === "tcPr" && !selfClosing) inTcPr = true;
      else if (open === "pPr" && !selfClosing) inPPr = true;
      else if (open === "rPr" && !selfClosing) inRPr = true;
      else if (open === "txbxContent" && !selfClosing) boxes++;
      else if (open === "shd" || open === "highlight") {
        const on = open === "shd" ? coloured(attr(attrs, "fill")) : coloured(attr(attrs, "val"));
        if (!on) continue;
        if (inRPr && !inPPr && run) run.behind = true;
        else if (inPPr && !inRPr && paragraphs.length > 0) paragraphs[paragraphs.length - 1] = true;
        else if (inTcPr && cells.length > 0) cells[cells.length - 1] = true;
      } else if (open === "color" && inRPr && !inPPr && run) run.white = WHITE.has((attr(attrs, "val") ?? "").toLowerCase());
      else if (open === "sz" && inRPr && !inPPr && run) {
        const size = Number(attr(attrs, "val"));
        run.tiny = Number.isFinite(size) && size <= TINY;
      }
    } else if (close !== undefined) {
      if (close === "tc") cells.pop();
      else if (close === "p") paragraphs.pop();
      else if (close === "r") run = undefined;
      else if (close === "tcPr") inTcPr = false;
      else if (close === "pPr") inPPr = false;
      else if (close === "rPr") inRPr = false;
      else if (close === "txbxContent") boxes--;
    } else if (text !== undefined && run && boxes === 0 && text.trim() !== "") {
      const shaded = run.behind || paragraphs.some(Boolean) || cells.some(Boolean);
      if (run.tiny || (run.white && !shaded)) out.push(text);
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
