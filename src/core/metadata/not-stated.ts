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
