import { deriveNumbers } from "../../core/numbering/derive-numbers";
import type { Beratung, Bezug, Clause, Finanzierung, Section, VerteilerEintrag, Vorlage, Zeichnung } from "../../core/model/vorlage";
import type { BlockDecl, Profile } from "../../core/profile/profile";
import {
  showAmount,
  showBitte,
  showDate,
  showList,
  showSitzungsart,
  showShare,
  showTurnus,
  showYesNo,
} from "../field-values";
import { formatTag, type EntryKind } from "../tags";
import { blockSdt, inlineSdt, paragraph, runs } from "./ooxml";
import { assertWritable } from "./writable-text";

/**
 * A Vorlage as WordprocessingML body content: every block a content control tagged with
 * what it is, every field an inline control, every number its own control. The words
 * around the fields follow what German Vorlagen write, so that a program that drops the
 * controls (LibreOffice does) leaves a text our recogniser still reads.
 */
export interface RenderOptions {
  /** `derived`: numbers from order (a new document); `as-written`: keep what a document showed. */
  readonly numbers: "derived" | "as-written";
}

const field = (name: string, alias: string, value: string, bold = false): string =>
  inlineSdt(formatTag({ kind: "feld", name }), alias, runs(value, { bold }));
const text = (t: string, bold = false): string => runs(t, { bold });

function entry(kind: EntryKind, id: string, alias: string, paragraphs: readonly string[]): string {
  return blockSdt(formatTag({ kind, id }), alias, paragraphs.map((p) => paragraph(p)).join(""));
}

export function renderClause(c: Clause, number: string): string {
  // Word has no carriage return inside a paragraph: CR and CRLF end a paragraph, as LF does.
  const paragraphs = c.text.replace(/\r\n?/g, "\n").split("\n");
  const first = inlineSdt(formatTag({ kind: "nr", id: c.id }), "Nummer", runs(number)) + runs("\t") + runs(paragraphs[0] ?? "");
  return blockSdt(
    formatTag({ kind: "ziffer", id: c.id }),
    "Ziffer",
    [paragraph(first, { hanging: 567 }), ...paragraphs.slice(1).map((p) => paragraph(runs(p), { hanging: 567 }))].join(""),
  );
}

export function renderSection(s: Section, profile: Profile, numberOf: (node: Section | Clause) => string): string {
  const phrase = profile.sectionKinds.find((k) => k.kind === s.kind)?.phrase ?? s.kind;
  const heading = paragraph(inlineSdt(formatTag({ kind: "nr", id: s.id }), "Nummer", runs(numberOf(s), { bold: true })) + text(` ${phrase}`, true));
  return blockSdt(formatTag({ kind: "abschnitt", id: s.id, sectionKind: s.kind }), "Abschnitt", heading + s.clauses.map((c) => renderClause(c, numberOf(c))).join(""));
}

export function renderKopf(v: Vorlage, profile: Profile): string {
  const h = v.header;
  return blockSdt(
    formatTag({ kind: "kopf" }),
    "Kopf",
    [
      paragraph(
        text("Tagesordnung ") + field("header.tagesordnung", "Tagesordnung", h.tagesordnung) +
          text(" Punkt ") + field("header.tagesordnungspunkt", "Tagesordnungspunkt", h.tagesordnungspunkt) +
          text(" der ") + field("header.sitzungsart", "Sitzungsart", showSitzungsart(h.sitzungsart)) +
          text(" Sitzung am ") + field("header.sitzungsdatum", "Sitzungsdatum", showDate(h.sitzungsdatum, profile)),
      ),
      paragraph(text("Gremium: ") + field("header.gremium", "Gremium", h.gremium)),
      paragraph(text("Vorlagenart: ") + field("header.vorlagenart", "Vorlagenart", h.vorlagenart)),
      paragraph(text("Vorlagen-Nr. ") + field("header.vorlagenNr", "Vorlagen-Nr.", h.vorlagenNr)),
      paragraph(field("header.betreff", "Betreff", h.betreff, true)),
      paragraph(text("Beschluss Nr. ") + field("header.beschlussNr", "Beschluss-Nr.", h.beschlussNr)),
    ].join(""),
  );
}

export function renderZustaendigkeit(v: Vorlage, profile: Profile): string {
  return blockSdt(
    formatTag({ kind: "zustaendigkeit" }),
    "Zuständigkeit",
    paragraph(
      text(`Federführung: ${profile.dezernate.prefix} `) + field("zustaendigkeit.federfuehrend", "Federführendes Dezernat", v.zustaendigkeit.federfuehrend) +
        text("; beteiligt: ") + field("zustaendigkeit.beteiligt", "Beteiligte Dezernate", showList(v.zustaendigkeit.beteiligt)),
    ),
  );
}

export function renderFinanzierung(f: Finanzierung, profile: Profile): string {
  return blockSdt(
    formatTag({ kind: "finanzierung" }),
    "Finanzierung",
    paragraph(text("Finanzielle Auswirkungen: ") + field("finanzierung.auswirkungen", "Finanzielle Auswirkungen", showYesNo(f.auswirkungen))) +
      paragraph(
        text("Betrag: ") + field("finanzierung.betrag", "Betrag", showAmount(f.betragCent, profile)) + text(", ") +
          field("finanzierung.turnus", "Einmalig/jährlich", showTurnus(f.turnus)) + text(", Haushaltsjahr ") +
          field("finanzierung.haushaltsjahr", "Haushaltsjahr", f.haushaltsjahr === undefined ? "" : String(f.haushaltsjahr)),
      ) +
      f.quellen
        .map((q) =>
          entry("quelle", q.id, "Deckungsquelle", [
            text(`Deckung: ${profile.dezernate.prefix} `) + field("dezernat", "Dezernat", q.stelle.dezernat) +
              text(", Produkt ") + field("produkt", "Produkt", q.stelle.produkt) +
              text(", Kostenstelle ") + field("kostenstelle", "Kostenstelle", q.stelle.kostenstelle) +
              text(", Anteil ") + field("anteil", "Anteil", q.anteil !== undefined ? showShare(q.anteil) : showAmount(q.betragCent, profile)),
          ]),
        )
        .join("") +
      paragraph(text(`Haushaltstechnische Umsetzung durch ${profile.dezernate.prefix} `) + field("finanzierung.bewirtschaftung", "Haushaltstechnische Umsetzung", f.bewirtschaftung)),
  );
}

export const renderBezug = (b: Bezug, profile: Profile): string =>
  entry("bezug", b.id, "Bezug", [
    text("(") + field("vermerk", "Vermerk", b.vermerk) + text(" ") + field("gremium", "Gremium", b.gremium) + text(" ") +
      field("datum", "Datum", showDate(b.datum, profile)) + text(" BP ") + field("bp", "BP-Nummer", b.bp) + text(")"),
  ]);

export const renderBeratung = (r: Beratung, profile: Profile): string =>
  entry("beratung", r.id, "Beratung", [
    text("Beratung: ") + field("gremium", "Gremium", r.gremium) + text(" am ") + field("datum", "Datum", showDate(r.datum, profile)) +
      text(", ") + field("rolle", "Rolle", r.rolle) + field("entscheidend", "Entscheidend", r.entscheidend ? " (entscheidend)" : ""),
  ]);

export const renderVerteiler = (e: VerteilerEintrag, profile: Profile): string =>
  entry("verteiler", e.id, "Verteiler", [field("empfaenger", "Empfänger", e.empfaenger), field("bitte", "Bitte", showBitte(e.bitte, profile))]);

export const renderZeichnung = (z: Zeichnung, profile: Profile): string =>
  entry("zeichnung", z.id, "Zeichnung", [field("ort", "Ort", z.ort) + text(", ") + field("datum", "Datum", showDate(z.datum, profile)), field("zusatz", "Zusatz", z.zusatz), field("name", "Name", z.name)]);

export function renderBlock(decl: BlockDecl, values: Readonly<Record<string, string>>): string {
  return blockSdt(
    formatTag({ kind: "block", id: decl.id }),
    decl.label.de,
    paragraph(text(decl.label.de, true)) +
      decl.fields
        .map((fd) => {
          const value = values[fd.id] ?? "";
          const shown = fd.choices?.find((c) => c.value === value)?.label.de ?? value;
          return paragraph(text(`${fd.label.de}: `) + field(fd.id, fd.label.de, shown));
        })
        .join(""),
  );
}

export function renderBody(v: Vorlage, profile: Profile, options: RenderOptions = { numbers: "derived" }): string {
  assertWritable(v);
  const derived = deriveNumbers(v, profile.numbering).byId;
  const numberOf = (node: Section | Clause): string =>
    (options.numbers === "as-written" ? node.writtenNumber : undefined) ?? (derived.get(node.id) as string);
  return [
    renderKopf(v, profile),
    renderZustaendigkeit(v, profile),
    ...v.sections.map((s) => renderSection(s, profile, numberOf)),
    ...v.bezuege.map((b) => renderBezug(b, profile)),
    ...(v.finanzierung ? [renderFinanzierung(v.finanzierung, profile)] : []),
    ...v.beratungsfolge.map((r) => renderBeratung(r, profile)),
    ...profile.blocks.filter((d) => v.bloecke[d.id] !== undefined).map((d) => renderBlock(d, v.bloecke[d.id] as Record<string, string>)),
    ...v.verteiler.map((e) => renderVerteiler(e, profile)),
    ...v.zeichnungen.map((z) => renderZeichnung(z, profile)),
  ].join("");
}
