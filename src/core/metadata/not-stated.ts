import type { Vorlage } from "../model/vorlage";
import type { Finding } from "../validation/finding";

/**
 * Values recognition put into the model that the document does not state: a Gremium inferred
 * from the profile's rules (`recognize-gremium-inferred`), an amount the document gives only
 * approximately and recognition took over (`recognize-uncertain` with `uebernommen`). They
 * help the person checking the document, and the findings say so; but what travels as a
 * record — custom properties for a DMS column, the JSON and OParl exports, a letterhead made
 * from that JSON — would state them as fact. So there they are left out: neither format has
 * a place to say „inferred“, and a records office reads a value in a column as stated.
 */
export type UnstatedField = "header.gremium" | "finanzierung.betrag";

/** The fields `findings` (of reading the document) mark as inferred or taken with doubt. */
export function unstatedFields(findings: readonly Finding[]): ReadonlySet<UnstatedField> {
  const out = new Set<UnstatedField>();
  for (const f of findings) {
    if (f.code === "recognize-gremium-inferred") out.add("header.gremium");
    if (f.code === "recognize-uncertain" && f.params["uebernommen"] === "ja" && String(f.params["field"] ?? "").startsWith("finanzierung.betrag")) out.add("finanzierung.betrag");
  }
  return out;
}

/** `v` without the values the document does not state (see above); `v` itself when there are none. */
export function withoutUnstated(v: Vorlage, findings: readonly Finding[]): Vorlage {
  const unstated = unstatedFields(findings);
  if (unstated.size === 0) return v;
  const header = unstated.has("header.gremium") ? { ...v.header, gremium: "" } : v.header;
  let finanzierung = v.finanzierung;
  if (finanzierung && unstated.has("finanzierung.betrag")) {
    const { betragCent: _betrag, ...rest } = finanzierung;
    finanzierung = rest;
  }
  return { ...v, header, finanzierung };
}

/** How a value the document does not state came into the model: inferred by a rule, or taken although written only approximately. */
export type Herkunft = "erschlossen" | "unsicher";
/** The fields an export marks with their `Herkunft`. */
export type MarkedField = UnstatedField | "zustaendigkeit.federfuehrend";

/**
 * The marks the JSON export carries beside the values (tryout7 F8: one reading for every output, the values check shows):
 * a Gremium inferred by the profile's rules or a Federführung from the number's office code is „erschlossen“, an amount
 * taken over from an approximate one „unsicher“. Empty where every value is stated.
 */
export function herkunftOf(findings: readonly Finding[]): Readonly<Partial<Record<MarkedField, Herkunft>>> {
  const out: Partial<Record<MarkedField, Herkunft>> = {};
  const unstated = unstatedFields(findings);
  if (unstated.has("header.gremium")) out["header.gremium"] = "erschlossen";
  if (findings.some((f) => f.code === "recognize-federfuehrung-inferred")) out["zustaendigkeit.federfuehrend"] = "erschlossen";
  if (unstated.has("finanzierung.betrag")) out["finanzierung.betrag"] = "unsicher";
  return out;
}

/** `v` without the values `herkunft` marks: what reading a JSON export back (`new --from`) may print as stated. */
export function withoutMarked(v: Vorlage, herkunft: Readonly<Partial<Record<MarkedField, Herkunft>>>): Vorlage {
  const header = herkunft["header.gremium"] !== undefined ? { ...v.header, gremium: "" } : v.header;
  const zustaendigkeit = herkunft["zustaendigkeit.federfuehrend"] !== undefined ? { ...v.zustaendigkeit, federfuehrend: "" } : v.zustaendigkeit;
  let finanzierung = v.finanzierung;
  if (finanzierung && herkunft["finanzierung.betrag"] !== undefined) {
    const { betragCent: _betrag, ...rest } = finanzierung;
    finanzierung = rest;
  }
  return { ...v, header, zustaendigkeit, finanzierung };
}

