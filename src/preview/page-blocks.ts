import type { BodyParagraph } from "../document/ooxml/read-body";

/**
 * What the preview's page lays out, one block at a time: a paragraph, or a table with its rows and cells. The
 * body reader hands out a table's paragraphs cell by cell (`BodyParagraph.cell`), as recognition reads them; the
 * page shows them as the table Word prints, not as one paragraph per cell (tryout 3, item 9). A table inside a
 * cell is read as a table of its own, and shows after the cell's paragraphs that came before it.
 */
export type PageBlock =
  | { readonly kind: "paragraph"; readonly index: number }
  /** Rows of cells, each cell the indices of its paragraphs, in the order read. */
  | { readonly kind: "table"; readonly rows: readonly (readonly (readonly number[])[])[] };

/** The paragraphs grouped into blocks: consecutive paragraphs of one table make one table block. */
export function pageBlocks(paragraphs: readonly BodyParagraph[]): PageBlock[] {
  const blocks: PageBlock[] = [];
  let table: { id: number; rows: number[][][] } | undefined;
  const close = () => {
    if (table) blocks.push({ kind: "table", rows: table.rows.filter((r) => r !== undefined).map((r) => r.filter((c) => c !== undefined)) });
    table = undefined;
  };
  paragraphs.forEach((p, index) => {
    const cell = p.cell;
    if (cell === undefined) {
      close();
      blocks.push({ kind: "paragraph", index });
      return;
    }
    if (table?.id !== cell.table) {
      close();
      table = { id: cell.table, rows: [] };
    }
    const row = (table.rows[cell.row] ??= []);
    (row[cell.col] ??= []).push(index);
  });
  close();
  return blocks;
}

/**
 * How far the page is scaled down to fit the room beside (or below) the pane: never up, never below a tenth. The
 * A4 page and its comment margin keep their proportions, as Word's „Zoom: Seitenbreite“ does, so that the window
 * never scrolls sideways (tryout 3, item 9: at 1280 px the comments were cut off).
 */
export function fitScale(room: number, natural: number): number {
  if (!(room > 0) || !(natural > 0)) return 1;
  return Math.max(0.1, Math.min(1, room / natural));
}

/** The list number as Word prints it before the text, and whether a tab follows it (then it takes a hanging indent). */
export function listNumber(p: BodyParagraph): { readonly text: string; readonly tab: boolean } | undefined {
  const label = p.listLabel;
  if (label === undefined || label === "") return undefined;
  const tab = label.endsWith("\t");
  return { text: tab ? label.slice(0, -1) : label, tab };
}
