import type { Finding } from "./finding";
import { FINDING_CODES } from "./validate";

/**
 * A Betrag the document states but recognition could not read for certain („84.300 € … und … jährlich 21.000 €“,
 * „12.400 € netto (14.756 € brutto)“) is left out of the Vorlage and named as a doubt; the rule then saw no Betrag. Its
 * „… aber kein Betrag“ would be false: the finding says instead that the stated amount was not read for certain, with
 * the amounts, as a warning for the reviewer to check (third tryout). A Betrag taken with a remark („rund 140.000 €“)
 * raised no such error in the first place.
 */
export function withUncertainAmount(findings: readonly Finding[], readFindings: readonly Finding[]): Finding[] {
  const doubt = readFindings.find((f) => f.code === "recognize-uncertain" && f.params["field"] === "finanzierung.betrag" && f.params["uebernommen"] === undefined);
  if (doubt === undefined) return [...findings];
  const code = "finanzierung-betrag-unsicher";
  return findings.map((f) => (f.code === "finanzierung-betrag-missing" ? { code, severity: FINDING_CODES[code] ?? "warning", location: f.location, params: { auszug: doubt.params["auszug"] ?? "" } } : f));
}

/**
 * A Verteiler the document shows but recognition did not understand (recognize-uncertain on `verteiler`): „Der Verteiler
 * ist leer“ would be false; the finding says instead that it was not recognised, with its words (third tryout).
 */
export function withUnreadVerteiler(findings: readonly Finding[], readFindings: readonly Finding[]): Finding[] {
  const doubt = readFindings.find((f) => f.code === "recognize-uncertain" && f.params["field"] === "verteiler");
  if (doubt === undefined) return [...findings];
  const code = "verteiler-nicht-erkannt";
  return findings.map((f) => (f.code === "verteiler-missing" ? { code, severity: FINDING_CODES[code] ?? "error", location: f.location, params: { auszug: doubt.params["auszug"] ?? "" } } : f));
}
