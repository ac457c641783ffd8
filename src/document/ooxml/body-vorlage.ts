import type { IdSource } from "../../core/model/ids";
import type { Vorlage } from "../../core/model/vorlage";
import type { Profile } from "../../core/profile/profile";
import { oneLine, shownText } from "../../core/recognize/lines";
import { recognize, type ParagraphInput, type Recognized } from "../../core/recognize/recognize";
import type { Finding } from "../../core/validation/finding";
import { paragraphText, type BodyParagraph } from "./read-body";
import type { StructureRead } from "./read-structure";
import { bezugKey, mergeEntries, verteilerKey, zeichnungKey } from "./merge-entries";
import { notPrinted, printsEverything, withNotPrintedOf, withStoredNotPrinted, type BodyHolds } from "../../core/metadata/not-printed";
import { renameZeichnungRefs } from "../../core/model/zeichnung-ids";
import type { PrintedForm } from "../../core/metadata/printed-form";
import { personalDataInLines } from "../../core/validation/rules/personal-data";
import { missingTargetsInText } from "../../core/references/references-in-text";

/** The paragraphs as the recogniser reads them: the text, the list number Word shows, the table cell. */
export function recognitionInput(paragraphs: readonly BodyParagraph[]): ParagraphInput[] {
  return paragraphs.map((p) => ({
    text: paragraphText(p),
    ...(p.listLabel !== undefined ? { label: p.listLabel } : {}),
    ...(p.cell ? { cell: p.cell } : {}),
    ...(p.markDeleted ? { markDeleted: true } : {}),
  }));
}

/** Recognition findings that concern a field the structured document took from its text. */
const about = (findings: readonly Finding[], field: string): Finding[] =>
  findings.filter((f) => f.location.type === "field" && (f.location.field === field || f.location.field.startsWith(`${field}.`)));

/**
 * The Vorlage a body holds: from our controls (plus what was typed by hand between them),
 * or recognised from the text of a plain document. Shared by both adapters. A document that
 * `recognize` structured in place has controls for sections, clauses and some header fields
 * only; everything else it showed (Finanzierung, Gremium, Sitzungsdatum, Zuständigkeit …)
 * is still read from its text, so that structuring never loses what was recognised.
 */
export function bodyRead(
  paragraphs: readonly BodyParagraph[],
  structure: StructureRead,
  profile: Profile,
  ids: IdSource,
  /**
   * The page header's paragraph texts (Kopfzeile): recognition reads a Vorlagen-Nr. and a Federführung the body lacks
   * from them. Asked for only where the body is recognised: a document with our controls never reads its header part.
   */
  pageHeaderOf: () => readonly string[] = () => [],
): {
  vorlage: Vorlage;
  findings: readonly Finding[];
  /** Structured in place: lists and sub-points were read from the text. */ inPlace: boolean;
  /** Recognised: the paragraphs that head the sections, in order. */ headings?: readonly number[];
  /** Recognised: what the document prints where we derive. */ printed?: PrintedForm;
  /** Recognised: where each paragraph went (a finding about a paragraph names its clause or part). */ recognized?: Pick<Recognized, "places" | "anchors">;
} {
  if (!structure.structured) {
    const r = recognize(recognitionInput(paragraphs), profile, ids, { pageHeader: pageHeaderOf() });
    const headings = new Map(r.anchors.sections.flatMap((s) => r.lines.filter((l) => l.paras.includes(s.heading)).map((l) => [s.id, l.text.trim()] as const)));
    return { vorlage: r.vorlage, findings: [...r.findings, ...personalDataInLines(r.lines, r.vorlage, profile), ...missingTargetsInText(r.lines, r.vorlage, profile)], inPlace: false, headings: r.anchors.sections.map((s) => s.heading), printed: { headings }, recognized: r };
  }
  const vorlage = structure.vorlage;
  const containers = structure.containers ?? new Set<string>();
  const inPlace = !containers.has("kopf");
  if (!inPlace && vorlage.verteiler.length > 0 && vorlage.zeichnungen.length > 0 && vorlage.bezuege.length > 0) return { vorlage, findings: [], inPlace };
  // Text typed by hand between our blocks (a Verteiler, a signature) still counts.
  const loose: Recognized = inPlace
    ? recognize(recognitionInput(paragraphs), profile, ids, { pageHeader: pageHeaderOf() })
    : recognize(recognitionInput(paragraphs.filter((p) => p.blocks.length === 0)), profile, ids);
  const findings: Finding[] = [];
  let header = vorlage.header;
  let sections = vorlage.sections;
  let zustaendigkeit = vorlage.zustaendigkeit;
  let finanzierung = vorlage.finanzierung;
  if (inPlace) {
    const fieldsShown = structure.fields ?? new Set<string>();
    const entries = Object.entries(header).map(([k, v]) => {
      if (fieldsShown.has(`header.${k}`)) return [k, v];
      const recognised = loose.vorlage.header[k as keyof Vorlage["header"]];
      if (recognised !== undefined && recognised !== "") findings.push(...about(loose.findings, `header.${k}`));
      return [k, recognised ?? v];
    });
    // What Word shows, as the recognition read it: no-break spaces as spaces, soft hyphens gone.
    // A soft line break in a one-line field reads as a space, as recognition read it.
    header = Object.fromEntries(entries.map(([k, v]) => [k, typeof v === "string" ? oneLine(shownText(v)) : v])) as unknown as Vorlage["header"];
    sections = sections.map((s) => ({
      ...s,
      clauses: s.clauses.map((c) => ({ ...c, text: shownText(c.text), ...(c.unterpunkte ? { unterpunkte: c.unterpunkte.map((u) => ({ ...u, text: shownText(u.text) })) } : {}) })),
    }));
    if (!containers.has("zustaendigkeit")) zustaendigkeit = loose.vorlage.zustaendigkeit;
    if (!containers.has("finanzierung") && finanzierung === undefined) {
      finanzierung = loose.vorlage.finanzierung;
      findings.push(...about(loose.findings, "finanzierung"));
    }
  }
  const l = loose.vorlage;
  const zeichnungen = inPlace ? mergeEntries(l.zeichnungen, vorlage.zeichnungen, zeichnungKey) : vorlage.zeichnungen.length > 0 ? vorlage.zeichnungen : l.zeichnungen;
  // The text's entries name the text's Zeichnungen; where a control's Zeichnung took one's place, they name that.
  const textVerteiler = renameZeichnungRefs(l.verteiler, l.zeichnungen, zeichnungen);
  findings.push(...personalDataInLines(loose.lines, { ...vorlage, header }, profile), ...missingTargetsInText(loose.lines, vorlage, profile));
  const verteiler = inPlace ? mergeEntries(textVerteiler, vorlage.verteiler, verteilerKey) : vorlage.verteiler.length > 0 ? vorlage.verteiler : textVerteiler;
  // A Verteiler the text shows but recognition could not read stays said so after `recognize` (fifth tryout: „Der
  // Verteiler ist leer“ took the place of „nicht erkannt“), as long as no entry was read or added since.
  if (verteiler.length === 0) findings.push(...about(loose.findings, "verteiler"));
  // A form of another built-in profile stays said after `recognize`, which stored the profile it was read with (other-profile-form.ts).
  findings.push(...loose.findings.filter((f) => f.code === "recognize-anderes-profil"));
  return {
    vorlage: {
      ...vorlage,
      header,
      sections,
      zustaendigkeit,
      finanzierung,
      beratungsfolge: vorlage.beratungsfolge.length > 0 || !inPlace ? vorlage.beratungsfolge : l.beratungsfolge,
      // Structured in place: the lists are the text's, entries added since in controls among them.
      verteiler,
      zeichnungen,
      bezuege: inPlace ? mergeEntries(l.bezuege, vorlage.bezuege, bezugKey) : vorlage.bezuege.length > 0 ? vorlage.bezuege : l.bezuege,
      // A profile's block is not wrapped in place (Karlsruhe's CO2-Relevanz): the text's, a block control's where there is one.
      bloecke: inPlace ? { ...l.bloecke, ...vorlage.bloecke } : vorlage.bloecke,
    },
    findings,
    inPlace,
  };
}

/** The Vorlage alone (the Word adapter's reading). */
export function bodyVorlage(paragraphs: readonly BodyParagraph[], structure: StructureRead, profile: Profile, ids: IdSource): Vorlage {
  return bodyRead(paragraphs, structure, profile, ids).vorlage;
}

/**
 * The Vorlage of a structured body with what the house style does not print taken from the
 * stored metadata part (src/core/metadata/not-printed.ts), where the body does not hold it.
 * A body of an earlier version still holds those values in hidden paragraphs of ours: they
 * win. A document structured in place shows recognised text: what that text prints (a
 * Finanzierung table, a Federführung line, a Beratungsfolge) is what is checked, also where a
 * colleague changed it since (tryout 7: a Betrag changed to 1.200 € in the printed table still
 * read 1.000 € from the part, and nothing said that the two differ); the part keeps only what
 * the text does not show (the pane writes such values into the part, never into that text), and
 * where it disagrees with the text the reader says so (`compareWithBody`). A plain document is
 * left as recognised (its metadata part, if any, is `recover`'s). Both adapters call this with
 * the part they read.
 */
export function withMetadataNotPrinted(vorlage: Vorlage, structure: StructureRead, stored: Vorlage | undefined, profile: Profile): Vorlage {
  if (stored === undefined || !structure.structured) return vorlage;
  // As bodyRead decides it: structured, but without our Kopf.
  const inPlace = !(structure.containers ?? new Set<string>()).has("kopf");
  const np = notPrinted(profile);
  if (printsEverything(np)) return vorlage;
  const holds = inPlace ? shownByText(vorlage) : { fields: structure.fields ?? new Set<string>(), containers: structure.containers ?? new Set<string>() };
  return withStoredNotPrinted(vorlage, stored, np, holds);
}

/**
 * What the text of a document structured in place shows of the values a house style does not
 * print: a field recognition read a value for, as if a control held it. A Finanzierung and a
 * Beratungsfolge read from the text are kept by `withStoredNotPrinted` as the body's.
 */
function shownByText(vorlage: Vorlage): BodyHolds {
  const fields = new Set<string>();
  for (const [k, v] of Object.entries(vorlage.header)) if (v !== undefined && v !== "") fields.add(`header.${k}`);
  if (vorlage.zustaendigkeit.federfuehrend !== "") fields.add("zustaendigkeit.federfuehrend");
  if (vorlage.zustaendigkeit.beteiligt.length > 0) fields.add("zustaendigkeit.beteiligt");
  return { fields, containers: new Set<string>() };
}

/**
 * A document recovered with our metadata part (a Vorlage we made, saved by another program
 * that dropped our controls): what the house style does not print is the part's. The text
 * cannot hold it, so recognition's reading of it (a Betrag from a clause's words, no
 * haushaltstechnische Umsetzung in a Wiesbaden text) is neither the value nor „missing“
 * (tryout 4: 1.500.000 € from a typed clause over the Finanzierung's 1.234.567,89 €, and a
 * false Fehler about III/20). Both adapters call this where they recover.
 */
export function withRecoveredNotPrinted(vorlage: Vorlage, stored: Vorlage, profile: Profile): Vorlage {
  const np = notPrinted(profile);
  return printsEverything(np) ? vorlage : withNotPrintedOf(vorlage, stored, np);
}

/** Whether reading this body needs the metadata part: a structured body whose house style leaves something unprinted. */
export function needsNotPrinted(structure: StructureRead, profile: Profile): boolean {
  return structure.structured && !printsEverything(notPrinted(profile));
}
