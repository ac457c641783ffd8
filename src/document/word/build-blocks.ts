import type { Clause, Section, Unterpunkt } from "../../core/model/vorlage";
import type { Profile } from "../../core/profile/profile";
import { formatTag } from "../tags";
import { sectionTag } from "./block-lookup";
import { BLOCK_STYLES, styleFormat, type BlockStyle } from "./house-styles";
import { tagNumber } from "./number-write";
import { isOfficeError } from "./word-error";
import type { ChangeRead } from "./word-session";

/** 1 cm, the hanging indent of a clause under its number (as render-vorlage writes it: 567 twips). */
export const HANGING_PT = 28.35;
/** 2 cm, the left indent of a sub-point under its clause (the „BV Unterpunkt“ style: 1134 twips, hanging 567). */
export const UNTERPUNKT_LEFT_PT = 56.7;

/** Puts a paragraph in the house style of a block kind. */
export type Styler = (p: Word.Paragraph, kind: BlockStyle) => void;

/**
 * Puts paragraphs in the house style: the named paragraph style („BV Ziffer“ …, as the
 * .docx renderer writes it), so that a city restyles in Word without touching code.
 * A document without a style that `kinds` need gets it once, where Word can add styles
 * (Document.addStyle, WordApi 1.5), formatted as house-style-parts defines it, in a sync of
 * its own before the action's writes (only then, once per document): builds before the fix
 * for office-js #3728 refuse a style name with a space, and the names stay „BV …“. Where
 * Word refuses, or on WordApi 1.3/1.4, which can neither add a style nor apply a missing one
 * (setting Paragraph.style to an unknown name fails, office-js-docs #227), the paragraph
 * gets the style's indents directly.
 */
export async function styler(profile: Profile, context: Word.RequestContext, read: Pick<ChangeRead, "styles" | "canAddStyles">, kinds: readonly BlockStyle[]): Promise<Styler> {
  const missing = read.canAddStyles ? [...new Set(kinds)].filter((kind) => !read.styles.has(kind)) : [];
  if (missing.length > 0) {
    for (const kind of missing) {
      const style = context.document.addStyle(BLOCK_STYLES[kind].name, "Paragraph");
      const f = styleFormat(profile, kind);
      if (f.leftIndent !== undefined) style.paragraphFormat.leftIndent = f.leftIndent;
      if (f.firstLineIndent !== undefined) style.paragraphFormat.firstLineIndent = f.firstLineIndent;
      if (f.spaceBefore !== undefined) style.paragraphFormat.spaceBefore = f.spaceBefore;
      if (f.spaceAfter !== undefined) style.paragraphFormat.spaceAfter = f.spaceAfter;
      if (f.alignment !== undefined) style.paragraphFormat.alignment = f.alignment;
      if (f.keepWithNext !== undefined) style.paragraphFormat.keepWithNext = f.keepWithNext;
      if (f.bold !== undefined) style.font.bold = f.bold;
      if (f.outlineLevel !== undefined) style.paragraphFormat.outlineLevel = `OutlineLevel${f.outlineLevel + 1}` as Word.OutlineLevel;
    }
    try {
      await context.sync();
      for (const kind of missing) read.styles.add(kind);
    } catch (e) {
      // Word refused the style (office-js #3728): direct formatting instead. Anything but an Office error is a bug.
      if (!isOfficeError(e)) throw e;
    }
  }
  const style = (p: Word.Paragraph, kind: BlockStyle): void => {
    if (read.styles.has(kind)) {
      p.style = BLOCK_STYLES[kind].name;
      return;
    }
    p.leftIndent = kind === "unterpunkt" ? UNTERPUNKT_LEFT_PT : kind === "ziffer" ? HANGING_PT : 0;
    p.firstLineIndent = kind === "abschnitt" ? 0 : -HANGING_PT;
  };
  return style;
}

/** Builds a clause in paragraph `p` with Word's own API: number control (not locked, „How numbers live in Word“), tab, text; the paragraph wrapped as the clause. */
export function buildClause(p: Word.Paragraph, clause: Clause, numbers: ReadonlyMap<string, string>, style: Styler): void {
  const lines = clause.text.replace(/\r\n?/g, "\n").split("\n");
  style(p, "ziffer");
  tagNumber(p.insertText(numbers.get(clause.id) as string, "Start").insertContentControl(), clause.id);
  const control = p.insertContentControl();
  control.tag = formatTag({ kind: "ziffer", id: clause.id });
  control.title = "Ziffer";
  for (const line of lines.slice(1)) style(control.insertParagraph(line, "End"), "ziffer");
  // Its sub-points inside it (an undo of a deletion brings a clause back whole).
  for (const u of clause.unterpunkte ?? []) buildUnterpunkt(control.insertParagraph("\t" + (u.text.split(/\r\n?|\n/)[0] ?? ""), "End"), u, numbers.get(u.id) as string, style);
}

/** Builds a section in the new paragraph `heading`: number, phrase, its clauses, all wrapped as the section. */
export function buildSection(heading: Word.Paragraph, section: Section, numbers: ReadonlyMap<string, string>, style: Styler): void {
  style(heading, "abschnitt");
  tagNumber(heading.insertText(numbers.get(section.id) as string, "Start").insertContentControl(), section.id);
  heading.font.bold = true;
  const control = heading.insertContentControl();
  control.tag = sectionTag(section);
  control.title = "Abschnitt";
  for (const c of section.clauses) buildClause(control.insertParagraph("\t" + (c.text.split(/\r\n?|\n/)[0] ?? ""), "End"), c, numbers, style);
}

/**
 * Builds a sub-point in paragraph `p` with Word's own API: its letter (a control of its own),
 * tab, text; the paragraph wrapped as the sub-point; further lines as paragraphs inside it.
 */
export function buildUnterpunkt(p: Word.Paragraph, u: Unterpunkt, letter: string, style: Styler): void {
  const lines = u.text.replace(/\r\n?/g, "\n").split("\n");
  const indent = (para: Word.Paragraph): void => style(para, "unterpunkt");
  indent(p);
  tagNumber(p.insertText(letter, "Start").insertContentControl(), u.id);
  const control = p.insertContentControl();
  control.tag = formatTag({ kind: "unterpunkt", id: u.id });
  control.title = "Unterpunkt";
  for (const line of lines.slice(1)) indent(control.insertParagraph(line, "End"));
}

export function phrase(profile: Profile, section: Section): string {
  return " " + (profile.sectionKinds.find((k) => k.kind === section.kind)?.phrase ?? section.kind);
}

