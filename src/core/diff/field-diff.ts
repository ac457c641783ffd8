import type { Beratung, Bezug, Deckungsquelle, Section, VerteilerEintrag, Vorlage, Zeichnung } from "../model/vorlage";

/** How a value is shown: the renderer formats money, dates and shares in the house style. */
export type FieldValueType = "text" | "date" | "money" | "share" | "flag" | "number" | "turnus" | "list";

export type FieldValue = string | number | boolean | null;

/** The parts of a Deckungsquelle, compared one by one. */
export type QuellePart = "dezernat" | "produkt" | "kostenstelle" | "sachkonto" | "anteil" | "betrag";

/** The parts of the other lists' entries (Bezüge, Beratungsfolge, Verteiler, Zeichnungen, sections). */
export type EntryPart =
  | QuellePart
  | "gremium"
  | "datum"
  | "bp"
  | "vermerk"
  | "rolle"
  | "entscheidend"
  | "empfaenger"
  | "bitte"
  | "zeichnung"
  | "ort"
  | "zusatz"
  | "name"
  | "absender"
  | "absenderNummer"
  | "kind"
  | "nummer";

/** The lists whose entries are compared part by part, by position. */
export type EntryList = "finanzierung.quellen" | "bezuege" | "beratungsfolge" | "verteiler" | "zeichnungen" | "sections";

/**
 * One field that differs. `field` is the catalogue's field name ("header.betreff",
 * "finanzierung.betrag", "finanzierung.quellen", "verteiler", …); for an entry of a list
 * `entry` (1-based) and `part` say which one and what of it; for a profile's block
 * (`field` "bloecke") `block` and `key` name the block and its field. `null` means "not
 * stated" in that version. Values of closed sets (Sitzungsart, Bitte, Turnus, section
 * kind) are the model's codes: the renderer shows the words a reader knows.
 */
export interface FieldChange {
  readonly field: string;
  readonly entry?: number;
  readonly part?: EntryPart;
  readonly block?: string;
  readonly key?: string;
  readonly type: FieldValueType;
  readonly old: FieldValue;
  readonly new: FieldValue;
}

const HEADER_FIELDS = ["vorlagenNr", "betreff", "vorlagenart", "gremium", "sitzungsart", "sitzungsdatum", "tagesordnung", "tagesordnungspunkt", "beschlussNr"] as const;

interface PartSpec<T> {
  readonly part: EntryPart;
  readonly type: FieldValueType;
  readonly get: (entry: T, v: Vorlage) => FieldValue;
}

const QUELLE_PARTS: readonly PartSpec<Deckungsquelle>[] = [
  { part: "dezernat", type: "text", get: (q) => q.stelle.dezernat },
  { part: "produkt", type: "text", get: (q) => q.stelle.produkt },
  { part: "kostenstelle", type: "text", get: (q) => q.stelle.kostenstelle },
  { part: "sachkonto", type: "text", get: (q) => q.stelle.sachkonto ?? "" },
  { part: "anteil", type: "share", get: (q) => q.anteil ?? null },
  { part: "betrag", type: "money", get: (q) => q.betragCent ?? null },
];

const BEZUG_PARTS: readonly PartSpec<Bezug>[] = [
  { part: "gremium", type: "text", get: (b) => b.gremium },
  { part: "datum", type: "date", get: (b) => b.datum },
  { part: "bp", type: "text", get: (b) => b.bp },
  { part: "vermerk", type: "text", get: (b) => b.vermerk },
];

const BERATUNG_PARTS: readonly PartSpec<Beratung>[] = [
  { part: "gremium", type: "text", get: (b) => b.gremium },
  { part: "datum", type: "date", get: (b) => b.datum },
  { part: "rolle", type: "text", get: (b) => b.rolle },
  { part: "entscheidend", type: "flag", get: (b) => b.entscheidend },
];

/**
 * The Zeichnung an entry is sent under, as its place in the list (1-based), because ids of a
 * plain document are made up on every read; absent means the first. An id that names no
 * Zeichnung is shown as it is.
 */
function zeichnungOf(e: VerteilerEintrag, v: Vorlage): FieldValue {
  if (e.zeichnung === undefined) return v.zeichnungen.length > 0 ? 1 : null;
  const i = v.zeichnungen.findIndex((z) => z.id === e.zeichnung);
  return i >= 0 ? i + 1 : e.zeichnung;
}

const VERTEILER_PARTS: readonly PartSpec<VerteilerEintrag>[] = [
  { part: "empfaenger", type: "text", get: (e) => e.empfaenger },
  { part: "bitte", type: "text", get: (e) => e.bitte ?? null },
  { part: "zeichnung", type: "number", get: zeichnungOf },
];

const ZEICHNUNG_PARTS: readonly PartSpec<Zeichnung>[] = [
  { part: "ort", type: "text", get: (z) => z.ort },
  { part: "datum", type: "date", get: (z) => z.datum },
  { part: "zusatz", type: "text", get: (z) => z.zusatz },
  { part: "name", type: "text", get: (z) => z.name },
  { part: "absender", type: "text", get: (z) => z.absender ?? "" },
  { part: "absenderNummer", type: "text", get: (z) => z.absenderNummer ?? "" },
];

/** A section's own statements; its clauses are compared clause by clause. */
const SECTION_PARTS: readonly PartSpec<Section>[] = [
  { part: "kind", type: "text", get: (s) => s.kind },
  { part: "nummer", type: "text", get: (s) => s.writtenNumber ?? "" },
];

const blank = (x: FieldValue): boolean => x === "" || x === null;

/** Above this many cells the alignment of entries falls back to their places (hostile input). */
const MAX_ALIGN_CELLS = 1_000_000;

/**
 * Old and new entries side by side: the same entries (equal in every part) kept in order as
 * anchors (a longest common subsequence), the others paired by their place between two
 * anchors, the rest only on one side. So one entry put in at the top is one added entry, not
 * every entry below it changed.
 */
export function alignEntries(xs: readonly string[], ys: readonly string[]): readonly (readonly [number | undefined, number | undefined])[] {
  const n = xs.length;
  const m = ys.length;
  const anchors: [number, number][] = [];
  if (n * m <= MAX_ALIGN_CELLS) {
    const w = m + 1;
    const len = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        len[i * w + j] = xs[i] === ys[j] ? (len[(i + 1) * w + j + 1] as number) + 1 : Math.max(len[(i + 1) * w + j] as number, len[i * w + j + 1] as number);
      }
    }
    for (let i = 0, j = 0; i < n && j < m; ) {
      if (xs[i] === ys[j]) anchors.push([i++, j++]);
      else if ((len[(i + 1) * w + j] as number) >= (len[i * w + j + 1] as number)) i++;
      else j++;
    }
  }
  const out: (readonly [number | undefined, number | undefined])[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, aj] of [...anchors, [n, m] as [number, number]]) {
    while (i < ai && j < aj) out.push([i++, j++]);
    while (i < ai) out.push([i++, undefined]);
    while (j < aj) out.push([undefined, j++]);
    if (ai < n && aj < m) out.push([i++, j++]);
  }
  return out;
}

/**
 * Entries compared part by part, aligned by `alignEntries`; a change names the entry by its
 * place in the new version (in the old one when it was removed). An entry only on one side
 * shows what it says, not its empty parts; when it says nothing at all its first part still
 * shows, so that an added or removed entry is never missed.
 */
function diffEntries<T>(field: EntryList, xs: readonly T[], ys: readonly T[], parts: readonly PartSpec<T>[], a: Vorlage, b: Vorlage, out: FieldChange[]): void {
  const key = (e: T, v: Vorlage): string => JSON.stringify(parts.map((p) => p.get(e, v)));
  for (const [i, j] of alignEntries(
    xs.map((x) => key(x, a)),
    ys.map((y) => key(y, b)),
  )) {
    const x = i === undefined ? undefined : xs[i];
    const y = j === undefined ? undefined : ys[j];
    const entry = (j ?? i ?? 0) + 1;
    const before = out.length;
    for (const p of parts) {
      const ox = x === undefined ? null : p.get(x, a);
      const oy = y === undefined ? null : p.get(y, b);
      if ((x === undefined && blank(oy)) || (y === undefined && blank(ox))) continue;
      if (ox !== oy) out.push({ field, entry, part: p.part, type: p.type, old: ox, new: oy });
    }
    const first = parts[0];
    if (out.length === before && (x === undefined) !== (y === undefined) && first) {
      out.push({ field, entry, part: first.part, type: first.type, old: x === undefined ? null : first.get(x, a), new: y === undefined ? null : first.get(y, b) });
    }
  }
}

/** The profile's blocks, field by field; a field only in one version is "not stated" in the other. */
function diffBloecke(a: Vorlage, b: Vorlage, out: FieldChange[]): void {
  const blocks = [...new Set([...Object.keys(a.bloecke), ...Object.keys(b.bloecke)])];
  for (const block of blocks) {
    const fa = a.bloecke[block] ?? {};
    const fb = b.bloecke[block] ?? {};
    for (const key of [...new Set([...Object.keys(fa), ...Object.keys(fb)])]) {
      const x = fa[key] ?? null;
      const y = fb[key] ?? null;
      if (x !== y) out.push({ field: "bloecke", block, key, type: "text", old: x, new: y });
    }
  }
}

/**
 * Everything a Vorlage states besides its clauses, field by field: header, Zuständigkeit,
 * Finanzierung, sections, Bezüge, Beratungsfolge, Verteiler, Zeichnungen and the profile's
 * blocks; list entries by position. Two versions are „inhaltlich gleich“ only when this and
 * the clause comparison find nothing.
 */
export function diffFields(a: Vorlage, b: Vorlage): readonly FieldChange[] {
  const out: FieldChange[] = [];
  const cmp = (field: string, type: FieldValueType, x: FieldValue, y: FieldValue): void => {
    if (x !== y) out.push({ field, type, old: x, new: y });
  };
  for (const f of HEADER_FIELDS) cmp(`header.${f}`, f === "sitzungsdatum" ? "date" : "text", a.header[f] ?? "", b.header[f] ?? "");
  cmp("zustaendigkeit.federfuehrend", "text", a.zustaendigkeit.federfuehrend, b.zustaendigkeit.federfuehrend);
  // Compared as lists (an entry holding „, “ is not two entries), shown joined.
  if (JSON.stringify(a.zustaendigkeit.beteiligt) !== JSON.stringify(b.zustaendigkeit.beteiligt)) {
    out.push({ field: "zustaendigkeit.beteiligt", type: "list", old: a.zustaendigkeit.beteiligt.join(", "), new: b.zustaendigkeit.beteiligt.join(", ") });
  }
  const fa = a.finanzierung;
  const fb = b.finanzierung;
  cmp("finanzierung", "flag", fa ? fa.auswirkungen : null, fb ? fb.auswirkungen : null);
  cmp("finanzierung.betrag", "money", fa?.betragCent ?? null, fb?.betragCent ?? null);
  cmp("finanzierung.turnus", "turnus", fa?.turnus ?? null, fb?.turnus ?? null);
  cmp("finanzierung.haushaltsjahr", "number", fa?.haushaltsjahr ?? null, fb?.haushaltsjahr ?? null);
  cmp("finanzierung.bewirtschaftung", "text", fa?.bewirtschaftung ?? "", fb?.bewirtschaftung ?? "");
  diffEntries("finanzierung.quellen", fa?.quellen ?? [], fb?.quellen ?? [], QUELLE_PARTS, a, b, out);
  diffEntries("sections", a.sections, b.sections, SECTION_PARTS, a, b, out);
  diffEntries("bezuege", a.bezuege, b.bezuege, BEZUG_PARTS, a, b, out);
  diffEntries("beratungsfolge", a.beratungsfolge, b.beratungsfolge, BERATUNG_PARTS, a, b, out);
  diffEntries("verteiler", a.verteiler, b.verteiler, VERTEILER_PARTS, a, b, out);
  diffEntries("zeichnungen", a.zeichnungen, b.zeichnungen, ZEICHNUNG_PARTS, a, b, out);
  diffBloecke(a, b, out);
  return out;
}
