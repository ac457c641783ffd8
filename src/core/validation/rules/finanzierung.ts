import type { Deckungsquelle, Finanzierung } from "../../model/vorlage";
import type { Profile } from "../../profile/profile";
import { field, type Hit, type Rule } from "../rule";

const quelle = (q: Deckungsquelle) => ({ type: "entry", list: "quellen", id: q.id }) as const;

/** "III/20" → Dezernat III, Amt 20: both must exist, and the Amt must belong to that Dezernat. */
function bewirtschaftungKnown(text: string, profile: Profile): boolean {
  const [dezernat, amt, ...rest] = text.split("/").map((p) => p.trim());
  if (rest.length > 0 || dezernat === undefined || !profile.dezernate.list.some((d) => d.id === dezernat)) return false;
  return amt === undefined || profile.aemter.some((a) => a.code === amt && a.dezernat === dezernat);
}

function shareHits(f: Finanzierung): Hit[] {
  const hits: Hit[] = [];
  const quellen = f.quellen;
  for (const q of quellen) {
    if (q.anteil !== undefined && (!Number.isFinite(q.anteil) || q.anteil < 0 || q.anteil > 1)) {
      hits.push({ code: "finanzierung-anteil-invalid", location: quelle(q), params: { anteil: q.anteil } });
    }
    if (q.betragCent !== undefined && (!Number.isSafeInteger(q.betragCent) || q.betragCent < 0)) {
      hits.push({ code: "finanzierung-anteil-invalid", location: quelle(q), params: { anteil: q.betragCent / 100 } });
    }
    if (q.anteil === undefined && q.betragCent === undefined && quellen.length > 1) {
      hits.push({ code: "finanzierung-anteil-missing", location: quelle(q), params: { dezernat: q.stelle.dezernat, ...(q.stelle.dezernat === "" ? { produkt: q.stelle.produkt } : {}) } });
    }
  }
  if (hits.length > 0 || quellen.length === 0) return hits;
  if (quellen.length === 1 && quellen[0]?.anteil === undefined && quellen[0]?.betragCent === undefined) return hits;
  // Shares and amounts may be mixed; what they cover must be the whole Betrag.
  const allShares = quellen.every((q) => q.anteil !== undefined);
  if (allShares) {
    const sum = quellen.reduce((s, q) => s + (q.anteil as number), 0);
    if (Math.abs(sum - 1) > 1e-9) {
      hits.push({ code: "finanzierung-anteile-summe", location: field("finanzierung.quellen"), params: { prozent: Math.round(sum * 10000) / 100 } });
    }
    return hits;
  }
  if (f.betragCent === undefined) return hits;
  const covered = quellen.reduce((s, q) => s + (q.anteil !== undefined ? q.anteil * (f.betragCent as number) : (q.betragCent as number)), 0);
  if (Math.abs(covered - f.betragCent) >= 1) {
    const prozent = f.betragCent === 0 ? 0 : Math.round((covered / f.betragCent) * 10000) / 100;
    hits.push({ code: "finanzierung-anteile-summe", location: field("finanzierung.quellen"), params: { prozent } });
  }
  return hits;
}

/**
 * When a Vorlage has financial effects the Kämmerei needs the whole picture: how much,
 * once or every year, for which budget year, paid from which budgets in which shares,
 * and who books it.
 */
export const finanzierungRule: Rule = {
  id: "finanzierung",
  codes: {
    "finanzierung-betrag-missing": "error",
    // Said in place of the one above where recognition found a Betrag it could not read for certain (uncertain-amount.ts).
    "finanzierung-betrag-unsicher": "warning",
    "finanzierung-betrag-invalid": "error",
    "finanzierung-turnus-missing": "error",
    "finanzierung-haushaltsjahr-missing": "error",
    "finanzierung-haushaltsjahr-invalid": "error",
    "finanzierung-quelle-missing": "error",
    "finanzierung-quelle-dezernat-missing": "error",
    "finanzierung-quelle-dezernat-unknown": "error",
    "finanzierung-quelle-stelle-incomplete": "warning",
    "finanzierung-anteil-invalid": "error",
    "finanzierung-anteil-missing": "error",
    "finanzierung-anteile-summe": "error",
    "finanzierung-bewirtschaftung-missing": "error",
    "finanzierung-bewirtschaftung-unknown": "warning",
  },
  check: ({ vorlage, profile, dezernate }) => {
    const f = vorlage.finanzierung;
    if (!f || !f.auswirkungen) return [];
    const hits: Hit[] = [];
    if (f.betragCent === undefined) hits.push({ code: "finanzierung-betrag-missing", location: field("finanzierung.betrag") });
    else if (!Number.isSafeInteger(f.betragCent) || f.betragCent < 0) {
      hits.push({ code: "finanzierung-betrag-invalid", location: field("finanzierung.betrag"), params: { betrag: f.betragCent / 100 } });
    }
    if (f.turnus === undefined) hits.push({ code: "finanzierung-turnus-missing", location: field("finanzierung.turnus") });
    if (f.haushaltsjahr === undefined) hits.push({ code: "finanzierung-haushaltsjahr-missing", location: field("finanzierung.haushaltsjahr") });
    else if (!Number.isInteger(f.haushaltsjahr) || f.haushaltsjahr < 1990 || f.haushaltsjahr > 2100) {
      hits.push({ code: "finanzierung-haushaltsjahr-invalid", location: field("finanzierung.haushaltsjahr"), params: { jahr: f.haushaltsjahr } });
    }
    if (f.quellen.length === 0) hits.push({ code: "finanzierung-quelle-missing", location: field("finanzierung.quellen") });
    for (const q of f.quellen) {
      const d = q.stelle.dezernat.trim();
      const produkt = q.stelle.produkt.trim();
      // A Produkt is a budget of the Haushaltsplan: a source named by it („aus dem Produkt 1.11.01“) needs no Dezernat.
      if (d === "" && produkt === "") hits.push({ code: "finanzierung-quelle-dezernat-missing", location: quelle(q) });
      else if (d !== "" && !dezernate.has(d)) hits.push({ code: "finanzierung-quelle-dezernat-unknown", location: quelle(q), params: { dezernat: d } });
      const noProdukt = q.stelle.produkt.trim() === "";
      const noKostenstelle = q.stelle.kostenstelle.trim() === "";
      if ((d !== "" || !noProdukt) && (noProdukt || noKostenstelle)) {
        // Which one: a reviewer who entered one of the two must not be told either may be missing.
        const fehlt = noProdukt && noKostenstelle ? "beides" : noProdukt ? "produkt" : "kostenstelle";
        hits.push({ code: "finanzierung-quelle-stelle-incomplete", location: quelle(q), params: { dezernat: d, ...(d === "" ? { produkt } : {}), fehlt } });
      }
    }
    hits.push(...shareHits(f));
    const bew = f.bewirtschaftung.trim();
    if (bew === "") hits.push({ code: "finanzierung-bewirtschaftung-missing", location: field("finanzierung.bewirtschaftung") });
    else if (!bewirtschaftungKnown(bew, profile)) {
      hits.push({ code: "finanzierung-bewirtschaftung-unknown", location: field("finanzierung.bewirtschaftung"), params: { stelle: bew } });
    }
    return hits;
  },
};
