import type { Verweis } from "../../core/model/vorlage";
import { referenceCore } from "../../core/references/detect-references";
import { formatTag } from "../tags";
import { esc, inlineSdt, runs } from "./ooxml";

/**
 * How a reference between clauses lives in WordprocessingML, for both adapters:
 *
 * - the target's number control (`bv:nr:<id>`) holds a bookmark `BV_<id>` around the part of
 *   the number a reference repeats („2.1“ of „2.1“, „3“ of „3.“, „b“ of „b)“);
 * - the reference is an inline control `bv:verweis:<target id>` around a REF field to that
 *   bookmark, whose cached result is the number as it is now. Word updates the field by
 *   itself (F9, printing); the add-in rewrites the result whenever numbers change, so every
 *   reader that does not evaluate fields (LibreOffice, our own reader, recognize) sees the
 *   current number too.
 *
 * Bookmark names follow Word's rules: at most 40 characters, a letter first, then letters,
 * digits and underscores (ids are [a-z0-9-] up to 32, so `BV_` + id with `_` for `-` fits and
 * stays one-to-one: ids never hold `_`).
 */
export const BOOKMARK_PREFIX = "BV_";

export function bookmarkName(id: string): string {
  return `${BOOKMARK_PREFIX}${id.replace(/-/g, "_")}`;
}

/** Whether a bookmark name is one of ours, and the target id it names. */
export function bookmarkTarget(name: string): string | undefined {
  return name.startsWith(BOOKMARK_PREFIX) && /^[a-z0-9_]{1,32}$/.test(name.slice(BOOKMARK_PREFIX.length)) ? name.slice(BOOKMARK_PREFIX.length).replace(/_/g, "-") : undefined;
}

/** Word's rule for a bookmark name (it refuses others): ≤ 40 characters, a letter first, letters, digits, underscores. */
export const isWordBookmarkName = (name: string): boolean => /^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(name);

/** The field code of a reference to the target's number; `\h` makes it a link in Word. */
export const refInstruction = (ziel: string): string => ` REF ${bookmarkName(ziel)} \\h `;

/** The REF field with `shown` as its cached result. */
export function refField(ziel: string, shown: string, rPr = ""): string {
  return `<w:fldSimple w:instr="${esc(refInstruction(ziel))}"><w:r>${rPr}<w:t xml:space="preserve">${esc(shown)}</w:t></w:r></w:fldSimple>`;
}

/** A reference as the document holds it: our control around the REF field. */
export function verweisSdt(ziel: string, shown: string): string {
  return inlineSdt(formatTag({ kind: "verweis", id: ziel }), "Verweis", refField(ziel, shown));
}

/** A number split where a reference's bookmark goes: „(“ before, „b“ the core, „)“ after. */
export function splitNumber(number: string): { readonly before: string; readonly core: string; readonly after: string } {
  const core = referenceCore(number.trim());
  const at = number.indexOf(core);
  if (core === "" || at < 0) return { before: "", core: number, after: "" };
  return { before: number.slice(0, at), core, after: number.slice(at + core.length) };
}

/** A user text's lines with where each starts: Word has no carriage return inside a paragraph, so CR and CRLF end one, as LF does. */
function linesWithOffsets(text: string): { readonly text: string; readonly start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /\r\n?|\n/g;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: text.slice(from, m.index), start: from });
    from = m.index + m[0].length;
  }
  out.push({ text: text.slice(from), start: from });
  return out;
}

/**
 * The runs of each line of a clause's (or sub-point's) text, its references as `verweisSdt`
 * in place. Without references this is exactly `runs(line)` per line.
 */
export function textRunsWithReferences(text: string, verweise: readonly Verweis[] | undefined): string[] {
  const lines = linesWithOffsets(text);
  const sorted = [...(verweise ?? [])].sort((a, b) => a.start - b.start);
  return lines.map((line) => {
    const end = line.start + line.text.length;
    const inLine = sorted.filter((r) => r.start >= line.start && r.end <= end && r.end > r.start);
    if (inLine.length === 0) return runs(line.text);
    let out = "";
    let from = line.start;
    for (const r of inLine) {
      if (r.start < from) continue;
      out += runs(text.slice(from, r.start)) + verweisSdt(r.ziel, text.slice(r.start, r.end));
      from = r.end;
    }
    return out + runs(text.slice(from, end));
  });
}
