import { makeStyles, tokens } from "@fluentui/react-components";
import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import type { BodyParagraph } from "../document/ooxml/read-body";
import { commentIdsOf, type MarginComment } from "./comments";
import { fitScale, listNumber, pageBlocks, type PageBlock } from "./page-blocks";

/** A4 at 96 px per inch, with Word's default margins of 2.5 cm: the page a Vorlage is printed on. */
export const PAGE = { width: 794, height: 1123, marginX: 94, marginY: 94, gap: 24 } as const;
const CONTENT_HEIGHT = PAGE.height - 2 * PAGE.marginY;
const PARAGRAPH_GAP = 8;
const HEADING_GAP = 16;
const isHeading = (p: BodyParagraph) => !p.blocks.some((b) => b.kind === "ziffer") && p.blocks.some((b) => b.kind === "abschnitt");
/** The room the comments take right of the page: their offset from the text area and their width. */
const NOTES_ROOM = 260;

const useStyles = makeStyles({
  // The page scaled to the room it has (fitScale): `fit` takes the scaled size in the layout, `frame` is drawn at A4 and scaled.
  fit: { position: "relative", flexShrink: 0 },
  frame: { position: "absolute", top: 0, left: 0, width: `${PAGE.width}px`, transformOrigin: "0 0" },
  sheet: {
    position: "absolute",
    left: 0,
    width: `${PAGE.width}px`,
    height: `${PAGE.height}px`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow16,
  },
  pageNumber: { position: "absolute", bottom: "40px", width: "100%", textAlign: "center", color: tokens.colorNeutralForeground3, fontSize: "12px" },
  flow: {
    position: "relative",
    width: `${PAGE.width}px`,
    boxSizing: "border-box",
    padding: `${PAGE.marginY}px ${PAGE.marginX}px`,
    color: tokens.colorNeutralForeground1,
    fontFamily: "Arial, sans-serif",
    fontSize: "14.7px", // 11 pt
    lineHeight: 1.4,
  },
  // Spacing by padding, not margins: padding does not collapse, so a paragraph's measured height is all the room it takes.
  // Lines break at spaces and hyphens, as Word's do (Word hyphenates only where a document asks for it); a word longer than the line still breaks.
  p: { margin: 0, paddingBottom: `${PARAGRAPH_GAP}px`, whiteSpace: "pre-wrap", minHeight: "1em", position: "relative", overflowWrap: "break-word" },
  // A paragraph of a Word or LibreOffice list: its number hangs in front of the text, as the list's tab sets it.
  listed: { paddingLeft: "40px", textIndent: "-40px" },
  listNumber: { display: "inline-block", minWidth: "40px", textIndent: 0 },
  block: { position: "relative", paddingBottom: `${PARAGRAPH_GAP}px` },
  table: { width: "100%", borderCollapse: "collapse", tableLayout: "auto" },
  cell: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: "2px 6px", verticalAlign: "top", textAlign: "left", fontWeight: "normal" },
  cellParagraph: { paddingBottom: 0 },
  clause: { paddingLeft: "40px", textIndent: "-40px" },
  // „BV Unterpunkt“ indents twice as far as „BV Ziffer“ (1134 against 567 twips), with the same hanging letter.
  subpoint: { paddingLeft: "80px", textIndent: "-40px" },
  heading: { fontWeight: "bold", paddingTop: `${HEADING_GAP}px` },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "2px" },
  number: { fontWeight: "bold" },
  // An empty field's prompt, grey as Word shows a content control's placeholder.
  placeholder: { color: tokens.colorNeutralForeground4 },
  notes: { position: "absolute", top: 0, left: `calc(100% + ${PAGE.marginX + 16}px)`, width: `${NOTES_ROOM - 30}px`, display: "flex", flexDirection: "column", gap: "4px", textIndent: 0 },
  note: {
    margin: 0,
    padding: "6px 8px",
    fontSize: "12px",
    lineHeight: 1.35,
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderLeft: `3px solid ${tokens.colorPaletteYellowBorder2}`,
    borderRadius: tokens.borderRadiusSmall,
    whiteSpace: "pre-wrap",
    fontWeight: "normal",
  },
  author: { display: "block", fontWeight: "bold" },
});

export interface DocumentViewProps {
  readonly paragraphs: readonly BodyParagraph[];
  readonly selected: string | undefined;
  readonly label: string;
  /** The document's comments by id; shown in the right margin beside the paragraph they start in. */
  readonly comments?: ReadonlyMap<string, MarginComment>;
  readonly commentsLabel?: string;
  readonly pageLabel?: (n: number) => string;
  /** A click into a paragraph puts the preview's cursor into its innermost block (a section, clause or sub-point), as a click into Word's page does. */
  readonly onPick?: (id: string) => void;
}

/** The innermost section, clause or sub-point around a paragraph. */
const pickable = (p: BodyParagraph): string | undefined =>
  [...p.blocks].reverse().flatMap((b) => (b.kind === "abschnitt" || b.kind === "ziffer" || b.kind === "unterpunkt" ? [b.id] : []))[0];

/**
 * A live rendering of the .docx the preview works on, as it would print: A4 pages with
 * margins, a paragraph that does not fit moves to the next page, comments in the margin.
 * Numbers are the ones the document shows: our number controls' text, and the list numbers
 * Word and LibreOffice print from numbering.xml (`listLabel`, derived by the engine for
 * recognition too); tables as tables. The whole is scaled down to the room it has, so that
 * the window never scrolls sideways.
 */
export function DocumentView({ paragraphs, selected, label, comments, commentsLabel, pageLabel, onPick }: DocumentViewProps) {
  const styles = useStyles();
  const refs = useRef<(HTMLElement | null)[]>([]);
  const fitRef = useRef<HTMLDivElement | null>(null);
  const [layout, setLayout] = useState<{ readonly pushes: readonly number[]; readonly pages: number }>({ pushes: [], pages: 1 });
  const [room, setRoom] = useState(0);
  const blocks = pageBlocks(paragraphs);
  const notesOf = (p: BodyParagraph): MarginComment[] => (comments ? commentIdsOf(p).flatMap((id) => comments.get(id) ?? []) : []);
  const natural = PAGE.width + NOTES_ROOM;
  const scale = fitScale(room, natural);

  // The room beside the pane (or below it, where the window is narrow): the page is scaled to it.
  useLayoutEffect(() => {
    const el = fitRef.current?.parentElement;
    if (!el) return;
    const measure = () => {
      const style = getComputedStyle(el);
      setRoom(el.clientWidth - parseFloat(style.paddingLeft || "0") - parseFloat(style.paddingRight || "0"));
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const watch = new ResizeObserver(measure);
    watch.observe(el);
    return () => watch.disconnect();
  }, []);

  // Paginate: measure each block (its height does not depend on where it stands) and push the first
  // block that would cross the bottom margin to the top of the next page. Heights are read unscaled.
  useLayoutEffect(() => {
    const pushes: number[] = [];
    let y = 0;
    let pages = 1;
    for (let i = 0; i < blocks.length; i++) {
      const el = refs.current[i];
      // Fractional heights: offsetHeight rounds, and rounding errors would add up over a page.
      const h = (el?.getBoundingClientRect().height ?? 0) / scale;
      let push = 0;
      if (y > 0 && y + h > CONTENT_HEIGHT) {
        push = CONTENT_HEIGHT - y + 2 * PAGE.marginY + PAGE.gap;
        pages++;
        y = 0;
      }
      pushes.push(push);
      y += h;
      while (y > CONTENT_HEIGHT) {
        // A block longer than a page runs on over the break.
        y -= CONTENT_HEIGHT;
        pages++;
      }
    }
    setLayout((old) => (old.pages === pages && old.pushes.length === pushes.length && old.pushes.every((p, i) => p === pushes[i]) ? old : { pushes, pages }));
    // The blocks follow from the paragraphs; a new scale gives the same unscaled heights.
  }, [paragraphs, scale]);

  const paragraph = (i: number, inCell: boolean, withNotes: boolean): ReactNode => {
    const p = paragraphs[i] as BodyParagraph;
    const subpoint = p.blocks.some((b) => b.kind === "unterpunkt");
    const clause = !subpoint && p.blocks.some((b) => b.kind === "ziffer");
    const heading = isHeading(p);
    const listed = listNumber(p);
    const isSelected = selected !== undefined && p.blocks.some((b) => "id" in b && b.id === selected);
    const cls = [styles.p, clause ? styles.clause : "", subpoint ? styles.subpoint : "", listed?.tab && !clause && !subpoint ? styles.listed : "", heading ? styles.heading : "", inCell ? styles.cellParagraph : "", isSelected ? styles.selected : ""].join(" ");
    const notes = withNotes ? notesOf(p) : [];
    return (
      <p key={i} className={cls} onClick={onPick && pickable(p) ? () => onPick(pickable(p) as string) : undefined}>
        {listed ? (
          <span className={listed.tab ? styles.listNumber : undefined} data-list-label={listed.text}>
            {listed.text}
          </span>
        ) : null}
        {p.segments.map((s, j) =>
          s.tag?.kind === "nr" ? (
            <span key={j} className={styles.number} data-number={s.text}>{s.text}</span>
          ) : (
            <span key={j} className={s.placeholder ? styles.placeholder : undefined}>{s.text.replace(/\v/g, "\n")}</span>
          ),
        )}
        {notesBox(notes)}
      </p>
    );
  };
  const notesBox = (notes: readonly MarginComment[]): ReactNode =>
    notes.length > 0 ? (
      <span className={styles.notes} role="note" aria-label={commentsLabel} data-testid="margin-comments">
        {notes.map((n) => (
          <span key={n.id} className={styles.note}>
            <span className={styles.author}>{n.author}</span>
            {n.text}
          </span>
        ))}
      </span>
    ) : null;
  const block = (b: PageBlock, i: number): ReactNode => {
    const push = layout.pushes[i] ?? 0;
    const style = push > 0 ? { marginTop: `${push}px` } : undefined;
    const ref = (el: HTMLElement | null) => void (refs.current[i] = el);
    if (b.kind === "paragraph") {
      return (
        <div key={`p${b.index}`} ref={ref} style={style}>
          {paragraph(b.index, false, true)}
        </div>
      );
    }
    // A table's comments stand beside the table, in the margin, as a paragraph's beside the paragraph.
    const notes = b.rows.flat(2).flatMap((j) => notesOf(paragraphs[j] as BodyParagraph));
    return (
      <div key={`t${b.rows[0]?.[0]?.[0] ?? i}`} ref={ref} style={style} className={styles.block} data-testid="table">
        <table className={styles.table}>
          <tbody>
            {b.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c} className={styles.cell}>
                    {cell.map((j) => paragraph(j, true, false))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {notesBox(notes)}
      </div>
    );
  };

  const height = layout.pages * (PAGE.height + PAGE.gap) - PAGE.gap;
  return (
    <div ref={fitRef} className={styles.fit} style={{ width: `${natural * scale}px`, height: `${height * scale}px` }}>
      <section className={styles.frame} style={{ height: `${height}px`, transform: scale < 1 ? `scale(${scale})` : undefined }} aria-label={label} data-testid="document" data-pages={layout.pages} data-scale={scale}>
        {Array.from({ length: layout.pages }, (_, i) => (
          <div key={i} className={styles.sheet} style={{ top: `${i * (PAGE.height + PAGE.gap)}px` }} data-testid="page" aria-hidden="true">
            {pageLabel ? <span className={styles.pageNumber}>{pageLabel(i + 1)}</span> : null}
          </div>
        ))}
        <div className={styles.flow} lang="de">
          {blocks.map(block)}
        </div>
      </section>
    </div>
  );
}
