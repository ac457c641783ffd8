import type { Deckungsquelle, Vorlage } from "../model/vorlage";

/** How a value is shown: the renderer formats money, dates and shares in the house style. */
export type FieldValueType = "text" | "date" | "money" | "share" | "flag" | "number" | "turnus" | "list";

export type FieldValue = string | number | boolean | null;

/** The parts of a Deckungsquelle, compared one by one. */
export type QuellePart = "dezernat" | "produkt" | "kostenstelle" | "sachkonto" | "anteil" | "betrag";

/**
 * One field that differs. `field` is the catalogue's field name ("header.betreff",
 * "finanzierung.betrag", "finanzierung.quellen"); for a Deckungsquelle `entry` (1-based)
 * and `part` say which one and what of it. `null` means "not stated" in that version.
 */
export interface FieldChange {
  readonly field: string;
  readonly entry?: number;
  readonly part?: QuellePart;
  readonly type: FieldValueType;
  readonly old: FieldValue;
  readonly new: FieldValue;
}

const HEADER_FIELDS = ["vorlagenNr", "betreff", "vorlagenart", "gremium", "sitzungsart", "sitzungsdatum", "tagesordnung", "tagesordnungspunkt", "beschlussNr"] as const;

const QUELLE_PARTS: readonly { part: QuellePart; type: FieldValueType; get: (q: Deckungsquelle) => FieldValue }[] = [
  { part: "dezernat", type: "text", get: (q) => q.stelle.dezernat },
  { part: "produkt", type: "text", get: (q) => q.stelle.produkt },
  { part: "kostenstelle", type: "text", get: (q) => q.stelle.kostenstelle },
  { part: "sachkonto", type: "text", get: (q) => q.stelle.sachkonto ?? "" },
  { part: "anteil", type: "share", get: (q) => q.anteil ?? null },
  { part: "betrag", type: "money", get: (q) => q.betragCent ?? null },
];

/** Header, Zuständigkeit and Finanzierung compared field by field; Deckungsquellen by position. */
export function diffFields(a: Vorlage, b: Vorlage): readonly FieldChange[] {
  const out: FieldChange[] = [];
  const cmp = (field: string, type: FieldValueType, x: FieldValue, y: FieldValue, extra: Partial<FieldChange> = {}): void => {
    if (x !== y) out.push({ field, type, old: x, new: y, ...extra });
  };
  for (const f of HEADER_FIELDS) cmp(`header.${f}`, f === "sitzungsdatum" ? "date" : "text", a.header[f] ?? "", b.header[f] ?? "");
  cmp("zustaendigkeit.federfuehrend", "text", a.zustaendigkeit.federfuehrend, b.zustaendigkeit.federfuehrend);
  cmp("zustaendigkeit.beteiligt", "list", a.zustaendigkeit.beteiligt.join(", "), b.zustaendigkeit.beteiligt.join(", "));
  const fa = a.finanzierung;
  const fb = b.finanzierung;
  cmp("finanzierung", "flag", fa ? fa.auswirkungen : null, fb ? fb.auswirkungen : null);
  cmp("finanzierung.betrag", "money", fa?.betragCent ?? null, fb?.betragCent ?? null);
  cmp("finanzierung.turnus", "turnus", fa?.turnus ?? null, fb?.turnus ?? null);
  cmp("finanzierung.haushaltsjahr", "number", fa?.haushaltsjahr ?? null, fb?.haushaltsjahr ?? null);
  cmp("finanzierung.bewirtschaftung", "text", fa?.bewirtschaftung ?? "", fb?.bewirtschaftung ?? "");
  const qa = fa?.quellen ?? [];
  const qb = fb?.quellen ?? [];
  for (let i = 0; i < Math.max(qa.length, qb.length); i++) {
    const x = qa[i];
    const y = qb[i];
    for (const p of QUELLE_PARTS) {
      const ox = x ? p.get(x) : null;
      const oy = y ? p.get(y) : null;
      // A Deckungsquelle that is only on one side: show what it says, not empty parts.
      if ((x === undefined && (oy === "" || oy === null)) || (y === undefined && (ox === "" || ox === null))) continue;
      cmp("finanzierung.quellen", p.type, ox, oy, { entry: i + 1, part: p.part });
    }
  }
  return out;
}
