import type { Hit, Rule } from "../rule";

/**
 * Blocks a city requires beyond the fixed model (Klimaprüfung, Beteiligungen) are declared
 * in the profile; this one rule checks all of them: presence, required fields (also those
 * required only for some answers, like a reason when the climate impact is negative) and
 * that a choice is one of the declared values.
 */
export const blocks: Rule = {
  id: "blocks",
  codes: { "block-missing": "error", "block-field-missing": "error", "block-value-invalid": "error", "block-unknown": "warning" },
  check: ({ vorlage, profile }) => {
    const hits: Hit[] = [];
    for (const decl of profile.blocks) {
      const values = vorlage.bloecke[decl.id];
      if (values === undefined) {
        if (decl.required) hits.push({ code: "block-missing", location: { type: "block", block: decl.id }, params: { block: decl.id } });
        continue;
      }
      for (const f of decl.fields) {
        const value = values[f.id]?.trim() ?? "";
        const location = { type: "block", block: decl.id, field: f.id } as const;
        const when = f.requiredWhen;
        const required = f.required || (when !== undefined && when.in.includes(values[when.field] ?? ""));
        if (value === "") {
          if (required) hits.push({ code: "block-field-missing", location, params: { block: decl.id, field: f.id } });
        } else if (f.type === "choice" && !(f.choices ?? []).some((c) => c.value === value)) {
          hits.push({ code: "block-value-invalid", location, params: { block: decl.id, field: f.id, value } });
        }
      }
    }
    for (const id of Object.keys(vorlage.bloecke)) {
      if (!profile.blocks.some((b) => b.id === id)) hits.push({ code: "block-unknown", location: { type: "block", block: id }, params: { block: id } });
    }
    return hits;
  },
};
