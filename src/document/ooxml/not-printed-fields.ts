import type { NotPrinted } from "../../core/metadata/not-printed";
import type { Header, Vorlage } from "../../core/model/vorlage";
import { readDate, readList, readSitzungsart } from "../field-values";

/**
 * Field values the pane sets by name („header.vorlagenart“ → „Sitzungsvorlage“) for fields
 * the house style does not print: they have no control in the body (their value lives in
 * the metadata part), so both adapters split them off, apply them to the model with this,
 * and write the metadata part. The text is read back as read-structure reads a control's.
 */
export function isNotPrintedField(name: string, np: NotPrinted): boolean {
  if (name.startsWith("header.")) return (np.header as readonly string[]).includes(name.slice("header.".length));
  return np.zustaendigkeit && (name === "zustaendigkeit.federfuehrend" || name === "zustaendigkeit.beteiligt");
}

/** `v` with the not-printed fields of `values` set (names that `isNotPrintedField` accepts; others are left out). */
export function withNotPrintedFields(v: Vorlage, values: Readonly<Record<string, string>>, np: NotPrinted): Vorlage {
  let header: Header = v.header;
  let zustaendigkeit = v.zustaendigkeit;
  for (const [name, raw] of Object.entries(values)) {
    if (!isNotPrintedField(name, np)) continue;
    const text = raw.trim();
    if (name === "zustaendigkeit.federfuehrend") zustaendigkeit = { ...zustaendigkeit, federfuehrend: text };
    else if (name === "zustaendigkeit.beteiligt") zustaendigkeit = { ...zustaendigkeit, beteiligt: readList(text) };
    else {
      const key = name.slice("header.".length) as keyof Header;
      const value = key === "sitzungsart" ? readSitzungsart(text) : key === "sitzungsdatum" ? readDate(text) : text;
      header = { ...header, [key]: value };
    }
  }
  return { ...v, header, zustaendigkeit };
}
