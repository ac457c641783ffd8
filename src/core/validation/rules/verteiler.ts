import { field, type Hit, type Rule } from "../rule";

/** A decision nobody is asked to act on goes nowhere: every recipient needs a Bitte. */
export const verteiler: Rule = {
  id: "verteiler",
  // verteiler-nicht-erkannt: said in place of verteiler-missing where the document shows a Verteiler not understood (uncertain-amount.ts).
  codes: { "verteiler-missing": "error", "verteiler-nicht-erkannt": "error", "verteiler-empfaenger-missing": "error", "verteiler-bitte-missing": "error" },
  check: ({ vorlage }) => {
    if (vorlage.verteiler.length === 0) return [{ code: "verteiler-missing", location: field("verteiler") }];
    const hits: Hit[] = [];
    for (const e of vorlage.verteiler) {
      const location = { type: "entry", list: "verteiler", id: e.id } as const;
      if (e.empfaenger.trim() === "") hits.push({ code: "verteiler-empfaenger-missing", location });
      else if (e.bitte === undefined) hits.push({ code: "verteiler-bitte-missing", location, params: { empfaenger: e.empfaenger } });
    }
    return hits;
  },
};
