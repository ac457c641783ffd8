import type { Beratung, Bezug, Finanzierung, Header, Vorlage, VerteilerEintrag, Zeichnung } from "./vorlage";

/**
 * The settable fields of a Vorlage and their value types. `setField` operations, the
 * task pane's form and validation locations all name fields by these keys, so a field is
 * spelled one way everywhere.
 */
export type FieldValues = {
  readonly [K in keyof Header as `header.${K}`]: Header[K];
} & {
  readonly "zustaendigkeit.federfuehrend": string;
  readonly "zustaendigkeit.beteiligt": readonly string[];
  readonly finanzierung: Finanzierung | undefined;
  readonly bezuege: readonly Bezug[];
  readonly beratungsfolge: readonly Beratung[];
  readonly verteiler: readonly VerteilerEintrag[];
  readonly zeichnungen: readonly Zeichnung[];
};

export type FieldName = keyof FieldValues;

export const HEADER_FIELDS: readonly (keyof Header)[] = [
  "gremium",
  "sitzungsart",
  "sitzungsdatum",
  "tagesordnung",
  "tagesordnungspunkt",
  "vorlagenNr",
  "betreff",
  "beschlussNr",
  "vorlagenart",
];

export const FIELD_NAMES: readonly FieldName[] = [
  ...HEADER_FIELDS.map((k) => `header.${k}` as FieldName),
  "zustaendigkeit.federfuehrend",
  "zustaendigkeit.beteiligt",
  "finanzierung",
  "bezuege",
  "beratungsfolge",
  "verteiler",
  "zeichnungen",
];

export function getField<K extends FieldName>(v: Vorlage, field: K): FieldValues[K] {
  if (field.startsWith("header.")) {
    return v.header[field.slice("header.".length) as keyof Header] as FieldValues[K];
  }
  switch (field) {
    case "zustaendigkeit.federfuehrend":
      return v.zustaendigkeit.federfuehrend as FieldValues[K];
    case "zustaendigkeit.beteiligt":
      return v.zustaendigkeit.beteiligt as FieldValues[K];
    default:
      return v[field as "finanzierung" | "bezuege" | "beratungsfolge" | "verteiler" | "zeichnungen"] as FieldValues[K];
  }
}

export function withField<K extends FieldName>(v: Vorlage, field: K, value: FieldValues[K]): Vorlage {
  if (field.startsWith("header.")) {
    return { ...v, header: { ...v.header, [field.slice("header.".length)]: value } };
  }
  switch (field) {
    case "zustaendigkeit.federfuehrend":
      return { ...v, zustaendigkeit: { ...v.zustaendigkeit, federfuehrend: value as string } };
    case "zustaendigkeit.beteiligt":
      return { ...v, zustaendigkeit: { ...v.zustaendigkeit, beteiligt: value as readonly string[] } };
    default:
      return { ...v, [field]: value };
  }
}
