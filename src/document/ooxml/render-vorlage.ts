import { deriveNumbers, unterpunktNumber } from "../../core/numbering/derive-numbers";
import type { Beratung, Bezug, Clause, Finanzierung, Section, Unterpunkt, VerteilerEintrag, Vorlage, Zeichnung } from "../../core/model/vorlage";
import { notPrinted } from "../../core/metadata/not-printed";
import { layoutOf, parseTemplate, type KopfStil } from "../../core/profile/layout";
import type { BlockDecl, Profile } from "../../core/profile/profile";
import {
  showAmount,
  showBitte,
  showDate,
  showDezernate,
  showSitzungsart,
  showSitzungsartKurz,
  showSitzungsdatum,
  showShare,
  showTurnus,
} from "../field-values";
import { formatTag, type EntryKind } from "../tags";
import { blockSdt, inlineSdt, paragraph, placeholderSdt, runs, STYLE_IDS, type ParagraphOptions } from "./ooxml";
import { assertWritable } from "./writable-text";
import { textRunsWithReferences } from "./reference-fields";

/**
 * A Vorlage as WordprocessingML body content, in the profile's layout: every block a
 * content control tagged with what it is, every field an inline control (a grey prompt
 * while empty), every number its own control, every paragraph a named „BV …“ style. The
 * words around the fields follow what German Vorlagen write, so that a program that drops
 * the controls (LibreOffice does) leaves a text our recogniser still reads. What the house
 * style keeps but does not print (`layout.verborgen`) is not written into the body at all:
 * it lives in the metadata part (src/core/metadata/not-printed.ts), never as hidden text.
 */
export interface RenderOptions {
  /** `derived`: numbers from order (a new document); `as-written`: keep what a document showed. */
  readonly numbers: "derived" | "as-written";
}

/** The prompt an empty field shows: its name in angle quotes, as Word's grey placeholder. */
const prompt = (alias: string): string => `‹${alias}›`;

/** A field: its value, or a placeholder prompt when empty. `hidden` keeps it in the document unprinted (only the Bitte a Verteiler entry shares). */
function field(name: string, alias: string, value: string, options: { readonly bold?: boolean; readonly hidden?: boolean } = {}): string {
  const tag = formatTag({ kind: "feld", name });
  if (value === "") return placeholderSdt(tag, alias, prompt(alias), options.hidden ? { hidden: true } : {});
  return inlineSdt(tag, alias, runs(value, { ...(options.bold ? { bold: true } : {}), ...(options.hidden ? { hidden: true } : {}) }));
}
const text = (t: string, bold = false): string => runs(t, { bold });

function entry(kind: EntryKind, id: string, alias: string, content: string): string {
  return blockSdt(formatTag({ kind, id }), alias, content);
}

const numberRun = (id: string, number: string, bold = false): string =>
  inlineSdt(formatTag({ kind: "nr", id }), "Nummer", runs(number, { style: STYLE_IDS.nummer, bold }));

export function renderUnterpunkt(u: Unterpunkt, letter: string): string {
  const [first, ...rest] = textRunsWithReferences(u.text, u.verweise);
  return blockSdt(
    formatTag({ kind: "unterpunkt", id: u.id }),
    "Unterpunkt",
    [
      paragraph(numberRun(u.id, letter) + runs("\t") + (first ?? ""), { style: STYLE_IDS.unterpunkt }),
      ...rest.map((p) => paragraph(p, { style: STYLE_IDS.unterpunkt })),
    ].join(""),
  );
}

/** A clause with its sub-points; `letterOf` gives a sub-point's letter (derived „a)“, „b)“ … by default). */
export function renderClause(c: Clause, number: string, letterOf: (u: Unterpunkt, index: number) => string = (_u, i) => unterpunktNumber(i)): string {
  const [first, ...rest] = textRunsWithReferences(c.text, c.verweise);
  return blockSdt(
    formatTag({ kind: "ziffer", id: c.id }),
    "Ziffer",
    [
      paragraph(numberRun(c.id, number) + runs("\t") + (first ?? ""), { style: STYLE_IDS.ziffer }),
      ...rest.map((p) => paragraph(p, { style: STYLE_IDS.ziffer })),
      ...(c.unterpunkte ?? []).map((u, i) => renderUnterpunkt(u, letterOf(u, i))),
    ].join(""),
  );
}

export function renderSection(s: Section, profile: Profile, numberOf: (node: Section | Clause | Unterpunkt) => string): string {
  const phrase = profile.sectionKinds.find((k) => k.kind === s.kind)?.phrase ?? s.kind;
  const heading = paragraph(numberRun(s.id, numberOf(s), true) + text(` ${phrase}`, true), { style: STYLE_IDS.abschnitt });
  return blockSdt(
    formatTag({ kind: "abschnitt", id: s.id, sectionKind: s.kind }),
    "Abschnitt",
    heading + s.clauses.map((c) => renderClause(c, numberOf(c), (u) => numberOf(u))).join(""),
  );
}

const FIELD_ALIASES: Readonly<Record<string, string>> = {
  "header.gremium": "Gremium",
  "header.sitzungsart": "Sitzungsart",
  "header.sitzungsdatum": "Sitzungsdatum",
  "header.tagesordnung": "Tagesordnung",
  "header.tagesordnungspunkt": "Punkt",
  "header.vorlagenNr": "Vorlagen-Nr.",
  "header.betreff": "Betreff",
  "header.beschlussNr": "Beschluss-Nr.",
  "header.vorlagenart": "Vorlagenart",
  "zustaendigkeit.federfuehrend": "Federführendes Dezernat",
  "zustaendigkeit.beteiligt": "Beteiligte Dezernate",
};

/** What a header or Zuständigkeit field shows in the document. */
function shownValue(v: Vorlage, name: string, variant: string | undefined, profile: Profile): string {
  const h = v.header;
  switch (name) {
    case "header.sitzungsart":
      return variant === "kurz" ? showSitzungsartKurz(h.sitzungsart) : showSitzungsart(h.sitzungsart);
    case "header.sitzungsdatum":
      return showSitzungsdatum(h.sitzungsdatum, profile);
    case "zustaendigkeit.federfuehrend":
      return v.zustaendigkeit.federfuehrend;
    case "zustaendigkeit.beteiligt":
      return showDezernate(v.zustaendigkeit.beteiligt, profile);
    default:
      return h[name.slice("header.".length) as keyof typeof h] as string;
  }
}

/** A line of the layout: its words as text, its fields as controls. */
function templateLine(template: string, v: Vorlage, profile: Profile, bold = false): string {
  return parseTemplate(template)
    .map((piece) =>
      "field" in piece
        ? field(piece.field, FIELD_ALIASES[piece.field] ?? piece.field, shownValue(v, piece.field, piece.variant, profile), { bold })
        : text(piece.text, bold),
    )
    .join("");
}

const KOPF_STYLES: Readonly<Record<KopfStil, string>> = {
  briefkopf: STYLE_IDS.briefkopf,
  titel: STYLE_IDS.titel,
  kopf: STYLE_IDS.kopf,
  betreff: STYLE_IDS.betreff,
};

/** Labels of header fields that the layout's lines leave out: written as „Angaben“ lines, so the checks still see them. */
const ANGABEN_LABELS: readonly (readonly [string, string])[] = [
  ["header.gremium", "Gremium"],
  ["header.vorlagenart", "Vorlagenart"],
  ["header.sitzungsart", "Sitzungsart"],
  ["header.sitzungsdatum", "Sitzungsdatum"],
  ["header.tagesordnung", "Tagesordnung"],
  ["header.tagesordnungspunkt", "Tagesordnungspunkt"],
  ["header.vorlagenNr", "Vorlagen-Nr."],
  ["header.betreff", "Betreff"],
  ["header.beschlussNr", "Beschluss-Nr."],
];

/** The Kopf: the layout's lines, then „Angaben“ lines for the header fields they leave out, unless the house style does not print those (then they live in the metadata part only). */
export function renderKopf(v: Vorlage, profile: Profile): string {
  const layout = layoutOf(profile);
  const unprinted = new Set<string>(notPrinted(profile).header.map((k) => `header.${k}`));
  const shown = new Set(layout.kopf.flatMap((l) => parseTemplate(l.text).flatMap((p) => ("field" in p ? [p.field] : []))));
  const kopfLines = layout.kopf.map((line) =>
    paragraph(templateLine(line.text, v, profile, line.stil === "betreff"), { style: KOPF_STYLES[line.stil ?? "kopf"] }),
  );
  const angaben = ANGABEN_LABELS.filter(([name]) => !shown.has(name) && !unprinted.has(name)).map(([name, label]) =>
    paragraph(text(`${label}: `) + field(name, FIELD_ALIASES[name] ?? label, shownValue(v, name, undefined, profile)), { style: STYLE_IDS.angaben }),
  );
  return blockSdt(formatTag({ kind: "kopf" }), "Kopf", [...kopfLines, ...angaben].join(""));
}

/** The Zuständigkeit line; nothing where the house style does not print it (it lives in the metadata part). */
export function renderZustaendigkeit(v: Vorlage, profile: Profile): string {
  if (notPrinted(profile).zustaendigkeit) return "";
  return blockSdt(
    formatTag({ kind: "zustaendigkeit" }),
    "Zuständigkeit",
    paragraph(templateLine(layoutOf(profile).zustaendigkeit, v, profile), { style: STYLE_IDS.zustaendigkeit }),
  );
}

const dezernat = (id: string, profile: Profile): string => (id === "" ? "" : `${profile.dezernate.prefix} `);

function quelleText(q: Finanzierung["quellen"][number], profile: Profile): string {
  const share = q.anteil !== undefined ? showShare(q.anteil) : showAmount(q.betragCent, profile);
  return (
    field("anteil", "Anteil", share) + text(` aus dem Budget von ${dezernat(q.stelle.dezernat, profile)}`) + field("dezernat", "Dezernat", q.stelle.dezernat) +
    text(", Produkt ") + field("produkt", "Produkt", q.stelle.produkt) +
    text(", Kostenstelle ") + field("kostenstelle", "Kostenstelle", q.stelle.kostenstelle) +
    (q.stelle.sachkonto !== undefined && q.stelle.sachkonto !== "" ? text(", Sachkonto ") + field("sachkonto", "Sachkonto", q.stelle.sachkonto) : "")
  );
}

function finanzierungSaetze(f: Finanzierung, profile: Profile): string {
  const p = (content: string) => paragraph(content, { style: STYLE_IDS.finanzierung });
  if (!f.auswirkungen) return p(text("Finanzielle Auswirkungen: ") + field("finanzierung.auswirkungen", "Finanzielle Auswirkungen", "keine") + text("."));
  const jahrWort = f.turnus === "einmalig" ? " im Haushaltsjahr " : " ab dem Haushaltsjahr ";
  // „Die Kosten von …“ says that there are Auswirkungen: no hidden Ja beside it (read-structure infers it).
  const first = p(
    text("Die Kosten von ") + field("finanzierung.betrag", "Betrag", showAmount(f.betragCent, profile)) + text(" ") +
      field("finanzierung.turnus", "einmalig/jährlich", showTurnus(f.turnus)) + text(jahrWort) +
      field("finanzierung.haushaltsjahr", "Haushaltsjahr", f.haushaltsjahr === undefined ? "" : String(f.haushaltsjahr)) +
      text(f.quellen.length > 0 ? " werden wie folgt gedeckt:" : "."),
  );
  const quellen = f.quellen.map((q, i) =>
    entry("quelle", q.id, "Deckungsquelle", p(text("– ") + quelleText(q, profile) + text(i === f.quellen.length - 1 ? "." : ";"))),
  );
  const bewirtschaftung = p(
    text(`Die haushaltstechnische Umsetzung erfolgt durch ${profile.dezernate.prefix} `) + field("finanzierung.bewirtschaftung", "Haushaltstechnische Umsetzung", f.bewirtschaftung) + text("."),
  );
  return first + quellen.join("") + bewirtschaftung;
}

function cell(content: string, width: number): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraph(content, { style: STYLE_IDS.finanzierung })}</w:tc>`;
}
/** A row of the Finanzierung table; it never breaks across a page, so a Deckung stays whole on the printout. */
const row = (label: string, content: string): string => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(text(label, true), 3600)}${cell(content, 5472)}</w:tr>`;

function finanzierungTabelle(f: Finanzierung, profile: Profile): string {
  const rows = [
    // A marked header row (w:tblHeader), so that the table is a data table with headers (accessibility-table-header).
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${cell(text("Gegenstand", true), 3600)}${cell(text("Angabe", true), 5472)}</w:tr>`,
    row("Finanzielle Auswirkungen", field("finanzierung.auswirkungen", "Finanzielle Auswirkungen", f.auswirkungen ? "Ja" : "Nein")),
    ...(f.auswirkungen
      ? [
          row("Betrag", field("finanzierung.betrag", "Betrag", showAmount(f.betragCent, profile)) + text(" ") + field("finanzierung.turnus", "einmalig/jährlich", showTurnus(f.turnus))),
          row("Haushaltsjahr", field("finanzierung.haushaltsjahr", "Haushaltsjahr", f.haushaltsjahr === undefined ? "" : String(f.haushaltsjahr))),
          ...f.quellen.map((q) => entry("quelle", q.id, "Deckungsquelle", row("Deckung", quelleText(q, profile)))),
          row("Bewirtschaftung", text(`${profile.dezernate.prefix} `) + field("finanzierung.bewirtschaftung", "Haushaltstechnische Umsetzung", f.bewirtschaftung)),
        ]
      : []),
  ];
  const borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`).join("");
  return (
    paragraph(text("Finanzierung", true), { style: STYLE_IDS.finanzierung }) +
    `<w:tbl><w:tblPr><w:tblW w:w="9072" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="3600"/><w:gridCol w:w="5472"/></w:tblGrid>${rows.join("")}</w:tbl>` +
    paragraph("", { style: STYLE_IDS.finanzierung })
  );
}

/** The Finanzierung as sentences or as a table, as the profile's layout says; nothing where it does not print it (it lives in the metadata part). */
export function renderFinanzierung(f: Finanzierung, profile: Profile): string {
  if (notPrinted(profile).finanzierung) return "";
  const content = layoutOf(profile).finanzierung === "tabelle" ? finanzierungTabelle(f, profile) : finanzierungSaetze(f, profile);
  return blockSdt(formatTag({ kind: "finanzierung" }), "Finanzierung", content);
}

/** „(antragsgemäß Magistrat 27.02.2024 BP 0106)“: an unnumbered note below the Beschluss. */
export const renderBezug = (b: Bezug, profile: Profile): string =>
  entry(
    "bezug",
    b.id,
    "Bezug",
    paragraph(
      text("(") + (b.vermerk !== "" ? field("vermerk", "Vermerk", b.vermerk) + text(" ") : "") + field("gremium", "Gremium", b.gremium) + text(" ") +
        field("datum", "Datum", showDate(b.datum, profile)) + text(" BP ") + field("bp", "BP-Nummer", b.bp) + text(")"),
      { style: STYLE_IDS.bezug },
    ),
  );

/** A step of the Beratungsfolge among the Angaben; nothing where the house style does not print the Angaben (it lives in the metadata part). */
export const renderBeratung = (r: Beratung, profile: Profile): string =>
  notPrinted(profile).beratungsfolge
    ? ""
    : entry(
    "beratung",
    r.id,
    "Beratung",
    paragraph(
      text("Beratung: ") + field("gremium", "Gremium", r.gremium) + text(" am ") + field("datum", "Datum", showDate(r.datum, profile)) +
        text(", ") + field("rolle", "Rolle", r.rolle) + (r.entscheidend ? inlineSdt(formatTag({ kind: "feld", name: "entscheidend" }), "Entscheidend", runs(" (entscheidend)")) : ""),
      { style: STYLE_IDS.angaben },
    ),
  );

/**
 * A Verteiler entry: the recipient, then the Bitte. `bitteShown: false` when the next entry
 * asks the same („Dezernat II / Dezernat III / mit der Bitte um Kenntnisnahme“): the Bitte
 * stays in the document as hidden text, so that every entry keeps its own.
 */
export function renderVerteiler(e: VerteilerEintrag, profile: Profile, bitteShown = true): string {
  const p = (content: string, hidden = false) => paragraph(content, { style: STYLE_IDS.verteiler, ...(hidden ? { hidden: true } : {}) });
  return entry(
    "verteiler",
    e.id,
    "Verteiler",
    p(field("empfaenger", "Empfänger", e.empfaenger)) + p(field("bitte", "Bitte", showBitte(e.bitte, profile), bitteShown ? {} : { hidden: true }), !bitteShown),
  );
}

/** Entries in order, the Bitte written once under a run of entries that share it. */
function verteilerGroup(entries: readonly VerteilerEintrag[], profile: Profile): string {
  return entries.map((e, i) => renderVerteiler(e, profile, entries[i + 1]?.bitte === undefined || entries[i + 1]?.bitte !== e.bitte || e.bitte === undefined)).join("");
}

/**
 * The Absender's paragraph: its name and, after a line break, its internal number in the
 * house style's form („Der Magistrat“ / „-16 -“). No number, no break: the line is the name.
 */
function absenderParagraph(z: Zeichnung, profile: Profile): string {
  const nummer = z.absenderNummer ?? "";
  const withNummer =
    nummer === ""
      ? ""
      : runs("\v") +
        parseTemplate(layoutOf(profile).absenderNummer)
          .map((piece) => ("field" in piece ? field("absenderNummer", "Interne Nummer", nummer) : text(piece.text)))
          .join("");
  return paragraph(field("absender", "Absender", z.absender ?? "") + withNummer, { style: STYLE_IDS.absender, pageBreakBefore: true });
}

/**
 * A Zeichnung block. The deciding body's own (no Absender): its Verteiler, then place and
 * date, „im Auftrag“, room to sign, the name. An office that sends on („Der Magistrat“,
 * with its internal number „-16 -“) starts a new page under its name, dated above its
 * Verteiler, signed below it.
 */
export function renderZeichnung(z: Zeichnung, profile: Profile, verteiler: readonly VerteilerEintrag[] = []): string {
  const p = (content: string, options: ParagraphOptions = {}) => paragraph(content, { style: STYLE_IDS.zeichnung, ...options });
  const datum = p(field("ort", "Ort", z.ort) + text(", ") + field("datum", "Datum", showDate(z.datum, profile)), { spaceBefore: 480 });
  const zusatz = z.zusatz !== "" ? p(field("zusatz", "Zusatz", z.zusatz)) : "";
  const name = p(field("name", "Name", z.name), { spaceBefore: 720 });
  const absender = z.absender ?? "";
  const content =
    absender !== ""
      ? absenderParagraph(z, profile) +
        datum + zusatz + paragraph("", { style: STYLE_IDS.zeichnung }) + verteilerGroup(verteiler, profile) + name
      : verteilerGroup(verteiler, profile) + datum + zusatz + name;
  return entry("zeichnung", z.id, "Zeichnung", content);
}

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

/** Verteiler and Zeichnung blocks: each entry under the Zeichnung it names; entries naming none before the first. */
function verteilerUndZeichnungen(v: Vorlage, profile: Profile): string {
  const ids = new Set(v.zeichnungen.map((z) => z.id));
  const loose = v.verteiler.filter((e) => e.zeichnung === undefined || !ids.has(e.zeichnung));
  return (
    verteilerGroup(loose, profile) +
    v.zeichnungen.map((z) => renderZeichnung(z, profile, v.verteiler.filter((e) => e.zeichnung === z.id))).join("")
  );
}

export function renderBody(v: Vorlage, profile: Profile, options: RenderOptions = { numbers: "derived" }): string {
  assertWritable(v);
  const derived = deriveNumbers(v, profile.numbering).byId;
  const numberOf = (node: Section | Clause | Unterpunkt): string =>
    (options.numbers === "as-written" ? node.writtenNumber : undefined) ?? (derived.get(node.id) as string);
  return [
    renderKopf(v, profile),
    renderZustaendigkeit(v, profile),
    ...v.sections.map((s) => renderSection(s, profile, numberOf)),
    ...v.bezuege.map((b) => renderBezug(b, profile)),
    ...(v.finanzierung ? [renderFinanzierung(v.finanzierung, profile)] : []),
    ...v.beratungsfolge.map((r) => renderBeratung(r, profile)),
    ...profile.blocks.filter((d) => v.bloecke[d.id] !== undefined).map((d) => renderBlock(d, v.bloecke[d.id] as Record<string, string>)),
    verteilerUndZeichnungen(v, profile),
  ].join("");
}
