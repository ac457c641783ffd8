import { isValidIsoDate } from "../../german/dates";
import { field, type Hit, type Rule } from "../rule";

/**
 * The Vorlagen-Nr. must have the profile's shape, and what the shape encodes must agree
 * with the rest: its year with the Sitzung (same year or the one before, as Vorlagen
 * drafted in December are decided in January), its organisation code with the
 * federführendes Dezernat.
 */
export const vorlagenNr: Rule = {
  id: "vorlagen-nr",
  codes: { "vorlagen-nr-format": "error", "vorlagen-nr-jahr": "error", "vorlagen-nr-dezernat": "error" },
  check: ({ vorlage, profile }) => {
    const nr = vorlage.header.vorlagenNr.trim();
    if (nr === "") return [];
    const match = new RegExp(profile.vorlagenNr.pattern, "u").exec(nr);
    const at = field("header.vorlagenNr");
    if (!match) return [{ code: "vorlagen-nr-format", location: at, params: { value: nr, example: profile.vorlagenNr.example } }];
    const hits: Hit[] = [];
    const jahr = match.groups?.["jahr"];
    const datum = vorlage.header.sitzungsdatum;
    if (jahr !== undefined && isValidIsoDate(datum)) {
      const sitzungsjahr = Number(datum.slice(0, 4));
      const year = jahr.length === 2 ? Math.floor(sitzungsjahr / 100) * 100 + Number(jahr) : Number(jahr);
      if (year !== sitzungsjahr && year !== sitzungsjahr - 1) {
        hits.push({ code: "vorlagen-nr-jahr", location: at, params: { value: nr, jahr: year, sitzungsjahr } });
      }
    }
    const org = match.groups?.["org"];
    const federfuehrend = vorlage.zustaendigkeit.federfuehrend;
    if (org !== undefined && federfuehrend !== "") {
      const byOrg = profile.dezernate.list.find((d) => d.orgCode === org);
      if (byOrg?.id !== federfuehrend) {
        hits.push({
          code: "vorlagen-nr-dezernat",
          location: at,
          params: { value: nr, org, dezernat: byOrg?.id ?? "", federfuehrend },
        });
      }
    }
    return hits;
  },
};
