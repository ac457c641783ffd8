import type { EntryList, EntryPart, FieldChange, FieldValue } from "../core/diff/field-diff";
import type { Bitte, Sitzungsart } from "../core/model/vorlage";
import type { Label, Profile } from "../core/profile/profile";
import { CATALOGUES, type Lang } from "./format-finding";

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
  /** A Deckungsquelle by its place (kept for callers that name only those). */
  readonly entry: (n: number) => string;
  /** An entry of any compared list by its place: „Verteiler 2“, „Zeichnung 1“. */
  /** The Abschnitt of a Ziffer whose number several Abschnitte have: „Abschnitt 2“, „Abschnitt II.“. */
  readonly abschnitt: (number: string) => string;
  readonly entries: Readonly<Record<EntryList, (n: number) => string>>;
  readonly parts: Readonly<Record<EntryPart, string>>;
  /** A profile's block and its field: „Klimaprüfung – Auswirkung“. */
  readonly blockField: (block: string, field: string) => string;
  /** A text value quoted as the language quotes: „…“ in German, "…" in English. */
  readonly quote: (text: string) => string;
  readonly sitzungsart: Readonly<Record<Sitzungsart, string>>;
  readonly bitte: Readonly<Record<Bitte, string>>;
  readonly yes: string;
  readonly no: string;
  readonly turnus: Readonly<Record<"einmalig" | "jaehrlich", string>>;
  readonly equal: string;
  /** The content is the same; only errors or warnings differ (the findings are not the documents' content). */
  readonly equalButFindings: string;
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
    abschnitt: (n) => `Abschnitt ${n}`,
    entries: {
      "finanzierung.quellen": (n) => `Deckungsquelle ${n}`,
      sections: (n) => `Abschnitt ${n}`,
      bezuege: (n) => `Bezug ${n}`,
      beratungsfolge: (n) => `Beratungsfolge ${n}`,
      verteiler: (n) => `Verteiler ${n}`,
      zeichnungen: (n) => `Zeichnung ${n}`,
    },
    parts: {
      dezernat: "Dezernat",
      produkt: "Produkt",
      kostenstelle: "Kostenstelle",
      sachkonto: "Sachkonto",
      anteil: "Anteil",
      betrag: "Betrag",
      gremium: "Gremium",
      datum: "Datum",
      bp: "Beschlusspunkt",
      vermerk: "Vermerk",
      rolle: "Rolle",
      entscheidend: "entscheidend",
      empfaenger: "Empfänger",
      bitte: "Bitte",
      zeichnung: "unter Zeichnung",
      ort: "Ort",
      zusatz: "Zusatz",
      name: "Name",
      absender: "Absender",
      absenderNummer: "Nummer des Absenders",
      kind: "Art",
      nummer: "Nummer",
    },
    blockField: (block, field) => `${block} – ${field}`,
    quote: (text) => `„${text}“`,
    sitzungsart: { oeffentlich: "öffentlich", nichtoeffentlich: "nichtöffentlich" },
    bitte: { kenntnisnahme: "um Kenntnisnahme", veranlassung: "um weitere Veranlassung" },
    yes: "ja",
    no: "nein",
    turnus: { einmalig: "einmalig", jaehrlich: "jährlich" },
    equal: "Ergebnis: Die Fassungen sind inhaltlich gleich.",
    equalButFindings: "Ergebnis: Die Fassungen sind inhaltlich gleich; nur die Prüfergebnisse unterscheiden sich.",
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
    abschnitt: (n) => `section ${n}`,
    entries: {
      "finanzierung.quellen": (n) => `Funding source ${n}`,
      sections: (n) => `Section ${n}`,
      bezuege: (n) => `Earlier decision ${n}`,
      beratungsfolge: (n) => `Consultation ${n}`,
      verteiler: (n) => `Distribution list entry ${n}`,
      zeichnungen: (n) => `Signature ${n}`,
    },
    parts: {
      dezernat: "department",
      produkt: "product",
      kostenstelle: "cost centre",
      sachkonto: "account",
      anteil: "share",
      betrag: "amount",
      gremium: "body",
      datum: "date",
      bp: "decision point (BP)",
      vermerk: "note",
      rolle: "role",
      entscheidend: "deciding",
      empfaenger: "recipient",
      bitte: "request",
      zeichnung: "under signature",
      ort: "place",
      zusatz: "addition",
      name: "name",
      absender: "sender",
      absenderNummer: "sender's number",
      kind: "kind",
      nummer: "number",
    },
    blockField: (block, field) => `${block} – ${field}`,
    quote: (text) => `"${text}"`,
    sitzungsart: { oeffentlich: "public", nichtoeffentlich: "non-public" },
    bitte: { kenntnisnahme: "for information", veranlassung: "for further action" },
    yes: "yes",
    no: "no",
    turnus: { einmalig: "one-off", jaehrlich: "yearly" },
    equal: "Result: the versions are the same.",
    equalButFindings: "Result: the versions have the same content; only the check results differ.",
    different: "Result: the versions differ.",
    matchedBy: (i, t, s) => `Clauses paired: ${i} by content-control id, ${t} by the same text, ${s} by similar text`,
    needsTwoFiles: "please name two files: beschluss diff OLD.docx NEW.docx",
  },
};

const label = (l: Label | undefined, fallback: string, lang: Lang): string => (l === undefined ? fallback : lang === "en" ? (l.en ?? l.de) : l.de);

/**
 * The label a reader knows for a changed field: „Betreff“, „Deckungsquelle 2 – Produkt“,
 * „Verteiler 1 – Empfänger“, a profile block's own label. Shared by the CLI and the desk.
 */
export function diffFieldLabel(c: FieldChange, lang: Lang, profile: Profile): string {
  const t = DIFF_MESSAGES[lang];
  if (c.field === "bloecke" && c.block !== undefined && c.key !== undefined) {
    const decl = profile.blocks.find((b) => b.id === c.block);
    return t.blockField(label(decl?.label, c.block, lang), label(decl?.fields.find((f) => f.id === c.key)?.label, c.key, lang));
  }
  if (c.entry !== undefined && c.part !== undefined) {
    const entry = (t.entries as Readonly<Record<string, (n: number) => string>>)[c.field] ?? t.entry;
    return `${entry(c.entry)} – ${t.parts[c.part]}`;
  }
  return CATALOGUES[lang].fields[c.field] ?? c.field;
}

/**
 * The word for a value of a closed set (Sitzungsart, Bitte, Turnus, section kind, a choice of
 * a profile's block), never the model's code („nichtoeffentlich“); `undefined` for any other
 * field or an unknown code.
 */
export function diffCodeWord(c: FieldChange, v: FieldValue, lang: Lang, profile: Profile): string | undefined {
  if (typeof v !== "string") return undefined;
  if (c.field === "bloecke") {
    const choice = profile.blocks.find((b) => b.id === c.block)?.fields.find((f) => f.id === c.key)?.choices?.find((ch) => ch.value === v);
    return choice ? label(choice.label, v, lang) : undefined;
  }
  const t = DIFF_MESSAGES[lang];
  const pick = (words: Readonly<Record<string, string>>): string | undefined => (Object.prototype.hasOwnProperty.call(words, v) ? words[v] : undefined);
  if (c.field === "header.sitzungsart") return pick(t.sitzungsart);
  if (c.field === "finanzierung.turnus" || c.type === "turnus") return pick(t.turnus);
  if (c.field === "verteiler" && c.part === "bitte") return pick(t.bitte);
  if (c.field === "sections" && c.part === "kind") return pick(CATALOGUES[lang].sectionKinds);
  return undefined;
}
