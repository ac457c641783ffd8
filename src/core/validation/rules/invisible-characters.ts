import type { Hit, Rule } from "../rule";

/**
 * Characters that print nothing but change what a reader sees or what a program reads: bidi
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069) turn „3. Die Stadt zahlt …“ around on
 * the screen, direction marks (U+200E, U+200F, U+061C) and zero-width characters (U+200B, U+2060,
 * U+FEFF) hide inside a number or an amount („1\u200B000.000 €“ is read as no amount, „\u200F1.“ as
 * no clause number). None belongs in a German Vorlage: where one stands, the text is not what it
 * looks like, and a reviewer must look at it. A warning per place, naming the characters by code.
 */
const CLASS = "[\\u200b\\u200e\\u200f\\u202a-\\u202e\\u2060\\u2066-\\u2069\\u061c\\ufeff]";
const ANY = new RegExp(CLASS, "u");
const EVERY = new RegExp(CLASS, "gu");

/** The code points found, as „U+200B“, in their order, each once. */
function found(text: string): string[] {
  return [...new Set(text.match(EVERY) ?? [])].map((c) => `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}`);
}

const HEADER_FIELDS = ["gremium", "tagesordnung", "tagesordnungspunkt", "vorlagenNr", "betreff", "beschlussNr"] as const;

export const invisibleCharacters: Rule = {
  id: "invisible-characters",
  codes: { "text-steuerzeichen": "warning" },
  check: ({ vorlage, clauses }) => {
    const hits: Hit[] = [];
    const add = (text: string, location: Hit["location"]): void => {
      // Most texts hold none: the cheap test first.
      if (!ANY.test(text)) return;
      hits.push({ code: "text-steuerzeichen", location, params: { zeichen: found(text).join(", ") } });
    };
    for (const f of HEADER_FIELDS) add(String(vorlage.header[f] ?? ""), { type: "field", field: `header.${f}` });
    for (const s of vorlage.sections) add(s.writtenNumber ?? "", { type: "section", id: s.id });
    for (const { clause } of clauses) {
      // Each piece tested first: the clause's texts are joined (a copy of them) only where one holds such a character.
      const holds = ANY.test(clause.text) || ANY.test(clause.writtenNumber ?? "") || (clause.unterpunkte ?? []).some((u) => ANY.test(u.text) || ANY.test(u.writtenNumber ?? ""));
      if (!holds) continue;
      add([clause.writtenNumber ?? "", clause.text, ...(clause.unterpunkte ?? []).flatMap((u) => [u.writtenNumber ?? "", u.text])].join(" "), { type: "clause", id: clause.id });
    }
    return hits;
  },
};
