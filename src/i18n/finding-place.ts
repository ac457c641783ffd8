import type { Clause, Vorlage } from "../core/model/vorlage";
import { normalizeNumber } from "../core/numbering/derive-numbers";
import type { Profile } from "../core/profile/profile";
import type { FindingLocation } from "../core/validation/finding";
import { CATALOGUES, type Lang } from "./format-finding";

const WORDS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  de: { quellen: "Deckungsquelle", bezuege: "Bezug", verteiler: "Verteiler", zeichnungen: "Zeichnung", beratungsfolge: "Beratung", section: "Abschnitt", clause: "Ziffer" },
  en: { quellen: "funding source", bezuege: "reference", verteiler: "recipient", zeichnungen: "signature", beratungsfolge: "consultation", section: "section", clause: "clause" },
};

/** How many characters of a clause's words name a clause that prints no number. */
const SHOWN = 40;

/** The first words of a clause, cut at a word boundary: „Die Verwaltung wird beauftragt, ein Konzept …“. */
function firstWords(text: string, lang: Lang): string {
  const line = text.split("\n")[0]?.trim() ?? "";
  const [open, close] = lang === "de" ? ["„", "“"] : ['"', '"'];
  if (line.length <= SHOWN) return `${open}${line}${close}`;
  const cut = line.slice(0, SHOWN + 1);
  const space = cut.lastIndexOf(" ");
  return `${open}${(space > 0 ? cut.slice(0, space) : cut.slice(0, SHOWN)).trimEnd()} …${close}`;
}

/**
 * Where a finding is, in words a reader finds in the printout: „Ziffer 2.2“, „Abschnitt II.,
 * Ziffer 1.“ where two sections print the same clause number, the first words of a clause that
 * prints no number, a profile block by its printed label, „Deckungsquelle 1“. Never an
 * internal id: the reader has only the paper. Empty for the document as a whole.
 */
export function findingPlace(l: FindingLocation, v: Vorlage, lang: Lang, profile: Profile): string {
  const words = WORDS[lang];
  const label = (x: { readonly de: string; readonly en?: string } | undefined, fallback: string) => (x === undefined ? fallback : lang === "en" ? (x.en ?? x.de) : x.de);
  switch (l.type) {
    case "document":
      return "";
    case "field":
      return CATALOGUES[lang].fields[l.field] ?? l.field;
    case "section": {
      const i = v.sections.findIndex((s) => s.id === l.id);
      return `${words["section"]} ${v.sections[i]?.writtenNumber ?? i + 1}`;
    }
    case "clause": {
      const at = v.sections.findIndex((s) => s.clauses.some((c) => c.id === l.id));
      const c = v.sections[at]?.clauses.find((x) => x.id === l.id) as Clause | undefined;
      if (c === undefined) return words["clause"] as string;
      if (c.writtenNumber === undefined) return `${words["clause"]} ${firstWords(c.text, lang)}`;
      const printed = normalizeNumber(c.writtenNumber);
      const repeated = v.sections.some((s, k) => k !== at && s.clauses.some((x) => x.writtenNumber !== undefined && normalizeNumber(x.writtenNumber) === printed));
      const where = `${words["clause"]} ${c.writtenNumber}`;
      return repeated ? `${words["section"]} ${v.sections[at]?.writtenNumber ?? at + 1}, ${where}` : where;
    }
    case "block": {
      const block = profile.blocks.find((b) => b.id === l.block);
      const name = label(block?.label, l.block);
      if (l.field === undefined) return name;
      return `${name}, ${label(block?.fields.find((f) => f.id === l.field)?.label, l.field)}`;
    }
    case "entry": {
      const list = l.list === "quellen" ? (v.finanzierung?.quellen ?? []) : v[l.list];
      return `${words[l.list]} ${list.findIndex((e) => e.id === l.id) + 1}`;
    }
  }
}
