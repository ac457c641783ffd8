import type { Lang } from "./format-finding";

/** The words of `beschluss diff` and of the „Vergleichen“ view, German first. */
export interface DiffMessages {
  readonly heading: (oldFile: string, newFile: string) => string;
  readonly clauseCounts: (changed: number, added: number, removed: number, moved: number, renumbered: number) => string;
  readonly clause: string;
  readonly added: string;
  readonly removed: string;
  readonly moved: string;
  readonly changed: string;
  readonly changedAndMoved: string;
  readonly renumbered: string;
  readonly fieldsHeading: string;
  readonly findingsHeading: string;
  readonly appeared: string;
  readonly went: string;
  readonly empty: string;
  readonly notStated: string;
  readonly entry: (n: number) => string;
  readonly parts: Readonly<Record<"dezernat" | "produkt" | "kostenstelle" | "sachkonto" | "anteil" | "betrag", string>>;
  readonly yes: string;
  readonly no: string;
  readonly turnus: Readonly<Record<"einmalig" | "jaehrlich", string>>;
  readonly equal: string;
  readonly different: string;
  readonly matchedBy: (id: number, text: number, similar: number) => string;
  readonly needsTwoFiles: string;
}

export const DIFF_MESSAGES: Readonly<Record<Lang, DiffMessages>> = {
  de: {
    heading: (a, b) => `Vergleich ${a} → ${b}`,
    clauseCounts: (c, a, r, m, n) => `Ziffern: ${c} geändert, ${a} hinzugefügt, ${r} entfernt, ${m} verschoben, ${n} nur neu nummeriert`,
    clause: "Ziffer",
    added: "hinzugefügt",
    removed: "entfernt",
    moved: "verschoben",
    changed: "geändert",
    changedAndMoved: "geändert und verschoben",
    renumbered: "Nur neu nummeriert (Text unverändert)",
    fieldsHeading: "Angaben",
    findingsHeading: "Prüfergebnisse",
    appeared: "neu",
    went: "entfallen",
    empty: "(leer)",
    notStated: "(keine Angabe)",
    entry: (n) => `Deckungsquelle ${n}`,
    parts: { dezernat: "Dezernat", produkt: "Produkt", kostenstelle: "Kostenstelle", sachkonto: "Sachkonto", anteil: "Anteil", betrag: "Betrag" },
    yes: "ja",
    no: "nein",
    turnus: { einmalig: "einmalig", jaehrlich: "jährlich" },
    equal: "Ergebnis: Die Fassungen sind inhaltlich gleich.",
    different: "Ergebnis: Die Fassungen unterscheiden sich.",
    matchedBy: (i, t, s) => `Zuordnung der Ziffern: ${i} über Steuerelement-Kennung, ${t} über gleichen Text, ${s} über ähnlichen Text`,
    needsTwoFiles: "bitte zwei Dateien angeben: beschluss diff ALT.docx NEU.docx",
  },
  en: {
    heading: (a, b) => `Comparison ${a} → ${b}`,
    clauseCounts: (c, a, r, m, n) => `Clauses: ${c} changed, ${a} added, ${r} removed, ${m} moved, ${n} only renumbered`,
    clause: "Clause",
    added: "added",
    removed: "removed",
    moved: "moved",
    changed: "changed",
    changedAndMoved: "changed and moved",
    renumbered: "Only renumbered (text unchanged)",
    fieldsHeading: "Fields",
    findingsHeading: "Findings",
    appeared: "new",
    went: "gone",
    empty: "(empty)",
    notStated: "(not stated)",
    entry: (n) => `Funding source ${n}`,
    parts: { dezernat: "department", produkt: "product", kostenstelle: "cost centre", sachkonto: "account", anteil: "share", betrag: "amount" },
    yes: "yes",
    no: "no",
    turnus: { einmalig: "one-off", jaehrlich: "yearly" },
    equal: "Result: the versions are the same.",
    different: "Result: the versions differ.",
    matchedBy: (i, t, s) => `Clauses paired: ${i} by content-control id, ${t} by the same text, ${s} by similar text`,
    needsTwoFiles: "please name two files: beschluss diff OLD.docx NEW.docx",
  },
};
