import { field, type Hit, type Rule } from "../rule";

/** Every Dezernat named in the Zuständigkeit must exist in the profile. */
export const dezernate: Rule = {
  id: "dezernate",
  codes: { "dezernat-unknown": "error" },
  check: ({ vorlage, dezernate: known }) => {
    const hits: Hit[] = [];
    const { federfuehrend, beteiligt } = vorlage.zustaendigkeit;
    if (federfuehrend !== "" && !known.has(federfuehrend)) {
      hits.push({ code: "dezernat-unknown", location: field("zustaendigkeit.federfuehrend"), params: { dezernat: federfuehrend } });
    }
    for (const d of beteiligt) {
      if (!known.has(d)) hits.push({ code: "dezernat-unknown", location: field("zustaendigkeit.beteiligt"), params: { dezernat: d } });
    }
    return hits;
  },
};
