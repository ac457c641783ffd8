import { DOCUMENT, type Hit, type Rule } from "../rule";

/**
 * The clause structure: known section kinds, each once (a second „Es wird beschlossen,
 * dass“ is mostly a Kenntnisnahme set up as the wrong kind, or a part pasted twice; the
 * numbering then reads as two decisions), no empty section or clause, at least one
 * clause that decides something — unless the Vorlage only informs: Kenntnisnahme clauses and
 * nothing else, and a Verteiler that asks only for Kenntnisnahme (a Bericht or Mitteilung, which
 * the body takes note of; tryout 4 found every one of them sent back) — and ids unique (a copied block in a document can
 * duplicate one; the adapters assign a new id, and until then this rule reports it).
 */
export const sections: Rule = {
  id: "sections",
  codes: {
    "section-kind-unknown": "error",
    "section-empty": "error",
    "section-kind-repeated": "warning",
    "clause-empty": "error",
    "beschluss-clause-missing": "error",
    "duplicate-id": "error",
  },
  check: ({ vorlage, sectionKinds, profile }) => {
    const hits: Hit[] = [];
    const seen = new Set<string>();
    /** Whether the id is new; a second one is reported by the caller, which makes its location only then. */
    const first = (id: string): boolean => {
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    };
    let beschlussClauses = 0;
    let kenntnisClauses = 0;
    const kinds = new Set<string>();
    for (const s of vorlage.sections) {
      const location = { type: "section", id: s.id } as const;
      if (kinds.has(s.kind)) hits.push({ code: "section-kind-repeated", location, params: { kind: s.kind, abschnitt: profile.sectionKinds.find((k) => k.kind === s.kind)?.phrase ?? s.kind } });
      kinds.add(s.kind);
      if (!first(s.id)) hits.push({ code: "duplicate-id", location, params: { id: s.id } });
      if (!sectionKinds.has(s.kind)) hits.push({ code: "section-kind-unknown", location, params: { kind: s.kind } });
      if (s.clauses.length === 0) hits.push({ code: "section-empty", location, params: { kind: s.kind } });
      if (s.kind === "beschluss") beschlussClauses += s.clauses.length;
      else if (s.kind === "kenntnisnahme") kenntnisClauses += s.clauses.length;
      for (const c of s.clauses) {
        if (!first(c.id)) hits.push({ code: "duplicate-id", location: { type: "clause", id: c.id }, params: { id: c.id } });
        if (c.text.trim() === "") hits.push({ code: "clause-empty", location: { type: "clause", id: c.id } });
      }
    }
    const onlyInforms = kenntnisClauses > 0 && vorlage.verteiler.length > 0 && vorlage.verteiler.every((v) => v.bitte === "kenntnisnahme");
    if (beschlussClauses === 0 && !onlyInforms) hits.push({ code: "beschluss-clause-missing", location: DOCUMENT });
    return hits;
  },
};
