import type { TextRange } from "./anchors";

/**
 * One paragraph as the document adapter hands it to the recogniser: its text, the list
 * number Word shows before it (from numbering.xml, not part of the text), and where it stands
 * when it is in a table. A plain string is a paragraph without either.
 */
export interface ParagraphInput {
  readonly text: string;
  /** The list label with its separator, e.g. "1.1\t" or "a)\t". */
  readonly label?: string;
  readonly cell?: { readonly table: number; readonly row: number; readonly col: number };
  /** The paragraph mark is a tracked deletion: Word shows the paragraph joined to the next one. */
  readonly markDeleted?: boolean;
}

/**
 * What the recogniser reads: a line is one paragraph, or a whole table row (cells joined by
 * tabs, so that „Haushaltsjahr | 2025“ reads like „Haushaltsjahr 2025“), or a paragraph whose
 * deleted mark joins it to the next. Text is what Word shows: soft hyphens vanish, no-break
 * spaces are spaces, non-breaking hyphens are hyphens.
 */
export interface Line {
  readonly text: string;
  /** The paragraphs (indices into the input) this line is made of. */
  readonly paras: readonly number[];
  /** Where each paragraph's text starts in `text`. */
  readonly starts: readonly number[];
  /** Characters at the start of `text` that are no paragraph's text (a list label). */
  readonly prefix: number;
  /** The list label Word shows, when any. */
  readonly label?: string;
  /** The cells, when the line is a table row. */
  readonly cells?: readonly string[];
  /** The table the row is in (the adapter's table number), when the line is a table row. */
  readonly table?: number;
  /** False when showing the text removed characters, so that offsets no longer fit the paragraph. */
  readonly exact: boolean;
  /** Per paragraph of the line, where decomposed umlauts were composed: each offset of its text here → its offset in the paragraph. */
  readonly rawAt?: readonly (readonly number[] | undefined)[];
}

/** What Word shows for characters that print differently from how they are stored; umlauts typed decomposed („u“ + combining diaeresis) composed. */
export function shownText(text: string): string {
  return composed(printedChars(text)).text;
}

/** Soft hyphens vanish, no-break spaces are spaces, non-breaking hyphens are hyphens. */
function printedChars(text: string): string {
  return text.replace(/\u00ad/gu, "").replace(/[\u00a0\u202f\u2007]/gu, " ").replace(/\u2011/gu, "-");
}

/**
 * „Begru\u0308ndung“ (u and a combining diaeresis, as macOS and some converters store umlauts) looks
 * like „Begründung“ and must read like it: composed, as every heading and label is written. `rawAt`
 * maps each offset in the composed text to the offset in the given one (undefined where nothing was
 * composed), so that a number found there is still wrapped where it stands.
 */
function composed(text: string): { readonly text: string; readonly rawAt?: readonly number[] } {
  if (!/[\u0300-\u036f]/u.test(text)) return { text };
  let out = "";
  const rawAt: number[] = [];
  // A base character with the combining marks after it composes on its own: cluster by cluster.
  for (const m of text.matchAll(/[^\u0300-\u036f][\u0300-\u036f]*|[\u0300-\u036f]+/gu)) {
    const piece = m[0].normalize("NFC");
    for (let i = 0; i < piece.length; i++) rawAt.push(i < m[0].length ? (m.index as number) + i : (m.index as number) + m[0].length - 1);
    out += piece;
  }
  rawAt.push(text.length);
  return { text: out, rawAt };
}

/** A paragraph's text as Word shows it, whether its offsets are the stored text's, and where they are not only composed, the map back. */
function shown(text: string): { readonly text: string; readonly exact: boolean; readonly rawAt?: readonly number[] } {
  const printed = printedChars(text);
  const c = composed(printed);
  return { text: c.text, exact: printed.length === text.length, ...(c.rawAt ? { rawAt: c.rawAt } : {}) };
}

export function toLines(input: readonly (string | ParagraphInput)[]): { lines: Line[]; deleted: number[] } {
  const paras = input.map((p) => (typeof p === "string" ? { text: p } : p));
  const lines: Line[] = [];
  const deleted: number[] = [];
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i] as ParagraphInput;
    if (p.cell) {
      // A table row: every paragraph of the row, cell by cell.
      const { table, row } = p.cell;
      const members: number[] = [];
      while (i < paras.length && paras[i]?.cell?.table === table && paras[i]?.cell?.row === row) members.push(i++);
      i--;
      // A table of one cell is a frame around paragraphs (a boxed Beschlussvorschlag): they read as paragraphs.
      const frame = members.every((m) => paras[m]?.cell?.col === 0) && paras[(members[0] as number) - 1]?.cell?.table !== table && paras[i + 1]?.cell?.table !== table;
      if (frame) {
        for (const m of members) {
          const q = paras[m] as ParagraphInput;
          const one = shown(q.text);
          lines.push({ text: (q.label ?? "") + one.text, paras: [m], starts: [q.label?.length ?? 0], prefix: q.label?.length ?? 0, ...(q.label ? { label: q.label } : {}), exact: one.exact, ...(one.rawAt ? { rawAt: [one.rawAt] } : {}) });
        }
        continue;
      }
      const cells: string[] = [];
      const starts: number[] = [];
      let text = "";
      let col = -1;
      let exact = true;
      const rawAt: (readonly number[] | undefined)[] = [];
      for (const m of members) {
        const q = paras[m] as ParagraphInput;
        const one = shown(q.text);
        exact &&= one.exact;
        rawAt.push(one.rawAt);
        if (q.cell?.col !== col) {
          if (col !== -1) text += "\t";
          col = q.cell?.col ?? col;
          cells.push(one.text.trim());
        } else {
          text += " ";
          cells[cells.length - 1] = `${cells[cells.length - 1] ?? ""} ${one.text.trim()}`.trim();
        }
        starts.push(text.length);
        text += one.text;
      }
      lines.push({ text, paras: members, starts, prefix: 0, cells, table, exact, ...(rawAt.some((r) => r) ? { rawAt } : {}) });
      continue;
    }
    if (p.markDeleted && p.text === "") {
      deleted.push(i);
      continue;
    }
    const members = [i];
    const first = shown(p.text);
    let text = first.text;
    let exact = first.exact;
    const rawAt: (readonly number[] | undefined)[] = [first.rawAt];
    const starts = [0];
    // Word shows a paragraph whose mark was deleted as the start of the next one.
    while (paras[members[members.length - 1] as number]?.markDeleted && members[members.length - 1] as number + 1 < paras.length && !paras[(members[members.length - 1] as number) + 1]?.cell) {
      const next = (members[members.length - 1] as number) + 1;
      starts.push(text.length);
      const more = shown((paras[next] as ParagraphInput).text);
      exact &&= more.exact;
      rawAt.push(more.rawAt);
      text += more.text;
      members.push(next);
    }
    i = members[members.length - 1] as number;
    const label = paras[members[members.length - 1] as number]?.label ?? p.label;
    const prefix = label?.length ?? 0;
    lines.push({ text: (label ?? "") + text, paras: members, starts: starts.map((s) => s + prefix), prefix, ...(label ? { label } : {}), exact, ...(rawAt.some((r) => r) ? { rawAt } : {}) });
  }
  return { lines, deleted };
}

/**
 * A header field is one line: a soft line break in it (Word's w:br, read as \v, or \n from a
 * field control) only wraps the title on the page, and reads as a space.
 */
export function oneLine(value: string): string {
  return value.replace(/[\v\n]/gu, " ");
}

/** A range in a line's text as a range in one of its paragraphs; undefined where it is not in a paragraph's own text. */
export function toParagraphRange(line: Line, start: number, end: number): TextRange | undefined {
  if (!line.exact || start < line.prefix) return undefined;
  for (let k = line.paras.length - 1; k >= 0; k--) {
    const s = line.starts[k] as number;
    if (start >= s) {
      const next = line.starts[k + 1] ?? Number.POSITIVE_INFINITY;
      if (end > next) return undefined;
      // Where decomposed umlauts were composed, the offsets in the paragraph's own text.
      const at = line.rawAt?.[k];
      return { paragraph: line.paras[k] as number, start: at ? (at[start - s] as number) : start - s, end: at ? (at[end - s] as number) : end - s };
    }
  }
  return undefined;
}
