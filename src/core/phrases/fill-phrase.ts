import { formatDate, isValidIsoDate } from "../german/dates";
import type { Vorlage } from "../model/vorlage";
import type { Profile } from "../profile/profile";

/** What a blank that the Vorlage cannot fill yet shows: the official sees where to type. */
export const BLANK = "…";

/**
 * Fills a Textbaustein's `{blanks}` from the Vorlage, in the profile's wording:
 * "die haushaltstechnische Umsetzung durch Dezernat {bewirtschaftung} in Verbindung mit
 * {quellen} erfolgt" becomes "… durch Dezernat III/20 in Verbindung mit Dezernat VII und II
 * erfolgt". Unknown or empty blanks become "…".
 */
export function fillPhrase(template: string, v: Vorlage, profile: Profile): string {
  const f = v.finanzierung;
  const dezernate = [...new Set(f?.quellen.map((q) => q.stelle.dezernat).filter((d) => d !== "") ?? [])];
  const bezug = v.bezuege[0];
  const values: Readonly<Record<string, string>> = {
    bewirtschaftung: f?.bewirtschaftung ?? "",
    quellen: dezernate.length === 0 ? "" : `${profile.dezernate.prefix} ${dezernate.length === 1 ? dezernate[0] : `${dezernate.slice(0, -1).join(", ")} und ${dezernate[dezernate.length - 1]}`}`,
    federfuehrend: v.zustaendigkeit.federfuehrend,
    gremium: bezug?.gremium ?? "",
    datum: bezug && isValidIsoDate(bezug.datum) ? formatDate(bezug.datum, profile.houseStyle.date) : "",
    bp: bezug?.bp ?? "",
  };
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (values[name] ?? "").trim() || BLANK);
}
