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

/**
 * The bookmark a field code shows when it is a REF field („ REF BV_b1 \h “, „REF "Ziel" \* MERGEFORMAT“),
 * else undefined. Word's field names are case-insensitive.
 */
export function refFieldBookmark(instruction: string): string | undefined {
  const m = /^\s*REF\s+(?:"([^"]+)"|([^\s\\"]+))/i.exec(instruction);
  return m?.[1] ?? m?.[2];
}

/** Findings about the document's REF fields, read with the body (`DocxDocument.read`). */
export const REFERENCE_FIELD_FINDING_CODES = {
  /** A REF field whose bookmark the document does not hold: Word prints „Fehler! Verweisquelle konnte nicht gefunden werden.“ there, LibreOffice „Error: Reference source not found“. */
  "verweis-textmarke-fehlt": "error",
} as const;

/** A REF field whose bookmark is missing: the bookmark's name and the result the field shows now. */
export interface BrokenRefField {
  readonly textmarke: string;
  readonly anzeige: string;
  /** The words before the field in its paragraph (at most the last 40 characters), so that a reader finds the place. */
  readonly davor: string;
}

/** The last words of a paragraph's text before a field, cut at a word where it is long. */
export function wordsBefore(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= 40) return t;
  const tail = t.slice(-40);
  const space = tail.indexOf(" ");
  return `…${space >= 0 && space < tail.length - 1 ? tail.slice(space) : tail}`;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescapeXml = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => XML_ENTITIES[e] ?? String.fromCodePoint(e.startsWith("#x") ? parseInt(e.slice(2), 16) : Number(e.slice(1))));

/**
 * The REF fields in a WordprocessingML part (its XML text, read without building a tree, so
 * that `check` on a folder stays fast) whose bookmark the part does not hold. Field codes split
 * over several `w:instrText` are joined; a part without any field code is not scanned at all.
 */
export function brokenRefFields(xml: string): BrokenRefField[] {
  // No field code at all (w:instr, w:instrText): nothing to scan; most Vorlagen have none in the body.
  if (!xml.includes("instr")) return [];
  const bookmarks = new Set<string>();
  const refs: BrokenRefField[] = [];
  type Open = { code: string; inCode: boolean; shown: string; davor: string };
  const complex: Open[] = [];
  let simple: { code: string; shown: string; davor: string } | undefined;
  let paragraph = "";
  const re = /<(\/?)(?:[\w.-]+:)?(fldSimple|instrText|fldChar|bookmarkStart|t|tab|p)\b([^>]*?)(\/?)>(?:([^<]*)<\/(?:[\w.-]+:)?(?:instrText|t)>)?/g;
  const attr = (attrs: string, name: string): string | undefined => {
    const m = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
    return m ? unescapeXml(m[1] ?? m[2] ?? "") : undefined;
  };
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const [, closing, name, attrs = "", selfClosing, inner] = m;
    if (name === "p") {
      if (!closing) paragraph = "";
    } else if (name === "tab") {
      if (!closing) paragraph += " ";
    } else if (name === "bookmarkStart" && !closing) {
      const n = attr(attrs, "name");
      if (n !== undefined) bookmarks.add(n);
    } else if (name === "fldSimple") {
      if (closing) {
        if (simple) refs.push({ textmarke: simple.code, anzeige: simple.shown, davor: wordsBefore(simple.davor) });
        simple = undefined;
      } else {
        const target = refFieldBookmark(attr(attrs, "instr") ?? "");
        if (target !== undefined && selfClosing) refs.push({ textmarke: target, anzeige: "", davor: wordsBefore(paragraph) });
        else if (target !== undefined) simple = { code: target, shown: "", davor: paragraph };
      }
    } else if (name === "fldChar" && !closing) {
      const type = attr(attrs, "fldCharType");
      if (type === "begin") complex.push({ code: "", inCode: true, shown: "", davor: paragraph });
      else if (type === "separate") {
        const top = complex[complex.length - 1];
        if (top) top.inCode = false;
      } else if (type === "end") {
        const top = complex.pop();
        const target = top ? refFieldBookmark(top.code) : undefined;
        if (top && target !== undefined) refs.push({ textmarke: target, anzeige: top.shown, davor: wordsBefore(top.davor) });
      }
    } else if (name === "instrText" && !closing && inner !== undefined) {
      const top = complex[complex.length - 1];
      if (top?.inCode) top.code += unescapeXml(inner);
    } else if (name === "t" && !closing && inner !== undefined) {
      const top = complex[complex.length - 1];
      const shown = unescapeXml(inner);
      if (top && !top.inCode) top.shown += shown;
      else if (simple) simple.shown += shown;
      if (!top?.inCode) paragraph += shown;
    }
  }
  return refs.filter((r) => !bookmarks.has(r.textmarke));
}
