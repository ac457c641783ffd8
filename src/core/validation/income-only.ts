import type { Finding } from "./finding";

/**
 * A Vorlage whose Finanzierung names only money coming in (recognition's `recognize-nur-ertraege`: „Mehrerträge von rund
 * 140.000 € jährlich“ of a fee statute) costs nothing, so recognition leaves its Finanzierung of cost empty. „Pflichtangabe
 * fehlt: Finanzierung“ would then be false: the Vorlage states its financial effect. That finding is left out; the
 * recognition finding says in words what was read, that no Deckungsquelle is needed, and what a Kämmerei still expects
 * (the income's Haushaltsjahr and Produkt), so that a cost left out is still seen (third tryout).
 */
export function withIncomeOnly(findings: readonly Finding[], readFindings: readonly Finding[]): Finding[] {
  if (!readFindings.some((f) => f.code === "recognize-nur-ertraege")) return [...findings];
  return findings.filter((f) => !(f.code === "field-missing" && f.location.type === "field" && f.location.field === "finanzierung"));
}
