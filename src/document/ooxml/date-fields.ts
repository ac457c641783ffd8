import type { Vorlage } from "../../core/model/vorlage";
import type { Finding } from "../../core/validation/finding";
import { findDates } from "../../core/german/dates";

/** Findings about Word fields that put the date of the day into the text. */
export const DATE_FIELD_FINDING_CODES = {
  /**
   * A DATE, TIME, PRINTDATE or SAVEDATE field: Word shows the date the file is opened, printed or
   * saved, not the date the Vorlage was signed or decided. Its cached result is no fixed date of an
   * official record (a DATE field in a clause reads otherwise each day it is opened); it is never
   * taken as a date of the Vorlage (Sitzungsdatum, Bezug, Beratungsfolge, Zeichnung).
   */
  "datum-feld": "warning",
  /** A formula field (=…): what it shows is its cached result, and updating it may show another figure. */
  "rechenfeld": "warning",
} as const;

/** One finding per formula field: its formula and what it shows now. */
export function formulaFieldFindings(fields: readonly DateField[]): Finding[] {
  return fields.map((f) => ({ code: "rechenfeld", severity: "warning", location: { type: "document" }, params: { formel: f.field, angezeigt: f.shown, ...(f.unclosed ? { offen: "ja" } : {}) } }));
}

/** A field whose result Word puts in afresh: the field's name and what its cached result shows now. */
export interface DateField {
  readonly field: string;
  readonly shown: string;
  /**
   * The field has no end: a complex field whose `end` (and perhaps its separator) is missing in its
   * paragraph, or a `w:fldSimple` with no result at all. What Word shows there is not certain.
   */
  readonly unclosed?: true;
}

/** A field with w:fldLock on is never updated: its result is as fixed as typed text. */
const locked = (attrs: string): boolean => {
  const val = /\bw:fldLock="([^"]*)"/u.exec(attrs)?.[1];
  return val !== undefined && val !== "0" && val !== "false" && val !== "off";
};
const VOLATILE = /^\s*(DATE|TIME|PRINTDATE|SAVEDATE)(?![\w])/iu;
const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescape = (t: string): string =>
  t.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/giu, (m, hex?: string, dec?: string, name?: string) =>
    hex !== undefined ? String.fromCodePoint(parseInt(hex, 16)) : dec !== undefined ? String.fromCodePoint(Number(dec)) : (ENTITIES[name ?? ""] ?? m),
  );

/**
 * The date fields of a part's XML, in order: complex fields (fldChar begin, instrText, separate,
 * the result's w:t, end; nested ones too) and simple ones (w:fldSimple w:instr); a locked one
 * (w:fldLock, as LibreOffice writes a date it inserted as fixed) is never updated and is left out. One pass over the
 * text with a pattern; a part without any field instruction is not looked through at all. A date field still open
 * where its paragraph ends (its end, or separator and end, missing) is one too, `unclosed`, with the result its
 * paragraph shows: no text after the paragraph is taken as its result. So is an empty `<w:fldSimple/>`.
 */
export function dateFields(xml: string): DateField[] {
  if (!xml.includes("instr") || !/DATE|TIME/iu.test(xml)) return [];
  return scanFields(xml, (code) => VOLATILE.exec(code)?.[1]?.toUpperCase());
}

/**
 * The formula fields („{ =12000*2 }“) of a part's XML, each with its formula as `field`: Word shows
 * the cached result until the field is updated (F9, or printing with fields updated first), and
 * then what the formula computes, which the cached result need not be.
 */
export function formulaFields(xml: string): DateField[] {
  if (!xml.includes("instr") || !xml.includes("=")) return [];
  return scanFields(xml, (code) => (/^\s*=/u.test(code) ? code.trim().replace(/\s*\\#.*$/u, "") : undefined));
}

/** The fields whose instruction `pick` names (the name it gives, else none), with their results as shown. */
function scanFields(xml: string, pick: (code: string) => string | undefined): DateField[] {
  const out: DateField[] = [];
  /** `paragraph`: the paragraph (counted by its end) in which the field began. */
  type Open = { code: string; result: boolean; shown: string; locked: boolean; paragraph: number };
  let paragraph = 0;
  const stack: Open[] = [];
  const token = /<w:fldChar\b([^>]*?)w:fldCharType="(begin|separate|end)"([^>]*)>|<w:instrText\b[^>]*?(?:\/>|>([^<]*)<\/w:instrText>)|<w:t\b[^>]*?(?:\/>|>([^<]*)<\/w:t>)|<w:fldSimple\b[^>]*?\sw:instr="([^"]*)"[^>]*?(\/)?>|<\/w:fldSimple>|<\/w:p>/gu;
  const simple: Open[] = [];
  for (const m of xml.matchAll(token)) {
    const [all, before = "", charType, after = "", instr, text, simpleInstr, selfClosing] = m;
    const top = stack[stack.length - 1];
    if (charType === "begin") stack.push({ code: "", result: false, shown: "", locked: locked(before + after), paragraph });
    else if (charType === "separate") {
      if (top) top.result = true;
    } else if (charType === "end") {
      const done = stack.pop();
      const name = done && pick(unescape(done.code));
      if (done && name && !done.locked) out.push({ field: name, shown: done.shown.trim() });
    } else if (instr !== undefined) {
      if (top && !top.result) top.code += instr;
    } else if (text !== undefined) {
      const t = unescape(text);
      for (const f of stack) if (f.result) f.shown += t;
      for (const f of simple) f.shown += t;
    } else if (simpleInstr !== undefined) {
      if (selfClosing === undefined) simple.push({ code: unescape(simpleInstr), result: true, shown: "", locked: locked(all), paragraph });
      else {
        // No result at all: Word puts one in when it updates the field.
        const name = pick(unescape(simpleInstr));
        if (name && !locked(all)) out.push({ field: name, shown: "", unclosed: true });
      }
    } else if (all === "</w:p>") {
      // A field of the kind asked for that is still open at the end of the paragraph it began in has lost its end: it
      // ends here. Only the fields begun in this paragraph are looked at (they are the top of the stack): linear.
      for (let k = stack.length - 1; k >= 0 && (stack[k] as Open).paragraph === paragraph; k--) {
        const open = stack[k] as Open;
        const name = pick(unescape(open.code));
        if (!name) continue;
        stack.splice(k, 1);
        if (!open.locked) out.push({ field: name, shown: open.shown.trim(), unclosed: true });
      }
      paragraph++;
    } else if (all === "</w:fldSimple>") {
      const done = simple.pop();
      const name = done && pick(done.code);
      if (done && name && !done.locked) out.push({ field: name, shown: done.shown.trim() });
    }
  }
  return out;
}

/**
 * The Vorlage without the dates such fields show, and one finding per field: the Sitzungsdatum, the
 * dates of the Bezüge, the Beratungsfolge and the Zeichnungen that a field shows get no date (none
 * is a fixed date of the record), so the finding's „wird nicht als Datum übernommen“ is true of
 * each. Which date a field gave is told by the date its result shows: the text the reader gave
 * recognition holds the result, not the field.
 */
export function withoutFieldDates(vorlage: Vorlage, fields: readonly DateField[]): { readonly vorlage: Vorlage; readonly findings: readonly Finding[] } {
  if (fields.length === 0) return { vorlage, findings: [] };
  const shownDates = new Set(fields.flatMap((f) => findDates(f.shown).map((d) => d.start)));
  const findings: Finding[] = fields.map((f) => ({ code: "datum-feld", severity: "warning", location: { type: "document" }, params: { feld: f.field, angezeigt: f.shown, ...(f.unclosed ? { offen: "ja" } : {}) } }));
  const shown = (datum: string): boolean => shownDates.has(datum);
  const taken =
    shown(vorlage.header.sitzungsdatum) || [...vorlage.zeichnungen, ...vorlage.bezuege, ...vorlage.beratungsfolge].some((d) => shown(d.datum));
  if (!taken) return { vorlage, findings };
  const undated = <T extends { readonly datum: string }>(items: readonly T[]): readonly T[] =>
    items.some((d) => shown(d.datum)) ? items.map((d) => (shown(d.datum) ? { ...d, datum: "" } : d)) : items;
  return {
    vorlage: {
      ...vorlage,
      header: shown(vorlage.header.sitzungsdatum) ? { ...vorlage.header, sitzungsdatum: "" } : vorlage.header,
      zeichnungen: undated(vorlage.zeichnungen),
      bezuege: undated(vorlage.bezuege),
      beratungsfolge: undated(vorlage.beratungsfolge),
    },
    findings,
  };
}
