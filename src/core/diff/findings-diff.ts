import type { Vorlage } from "../model/vorlage";
import type { Finding, FindingLocation } from "../validation/finding";

/**
 * The findings of two versions, side by side: a secondary section of the diff. What a reviewer compares is the
 * documents' content (text, numbers, fields); the findings only say which problems the new version brought or
 * settled. They are compared by code and place, never by wording (a message names „Ziffer 2.2“ in one read and
 * „diese Ziffer“ in another, an amount or count in its parameters changes with the text the diff already shows),
 * and only errors and warnings: a hint (`info`) says how the tool read a file, not what the document says.
 */
export interface FindingsDiff {
  /** In the new version only. */
  readonly appeared: readonly Finding[];
  /** In the old version only. */
  readonly went: readonly Finding[];
}

/** Errors and warnings: what the document is asked to change. Hints are left out of the comparison. */
const compared = (f: Finding): boolean => f.severity !== "info";

/**
 * A finding's identity across versions: its code and its place, with places made comparable
 * (a clause by the old id it was paired with, a section by its kind and rank, a list entry by
 * its position), because ids in plain documents are new on every read. A place outside the
 * sections and clauses is the location and the part the finding names there (`teil`: „im Kopf“).
 */
function keyOf(f: Finding, v: Vorlage, clauseKey: (id: string) => string): string {
  const l: FindingLocation = f.location;
  switch (l.type) {
    case "clause":
      return `${f.code}|clause|${clauseKey(l.id)}`;
    case "section": {
      const i = v.sections.findIndex((s) => s.id === l.id);
      const kind = v.sections[i]?.kind ?? "";
      const rank = v.sections.slice(0, i).filter((s) => s.kind === kind).length;
      return `${f.code}|section|${kind}|${rank}`;
    }
    case "entry": {
      const list = l.list === "quellen" ? (v.finanzierung?.quellen ?? []) : v[l.list];
      return `${f.code}|entry|${l.list}|${list.findIndex((e) => e.id === l.id)}`;
    }
    default:
      return `${f.code}|${JSON.stringify(l)}|${String(f.params["teil"] ?? "")}`;
  }
}

/** Errors and warnings that appeared or went, counted as multisets (two of a kind and place stay two). */
export function diffFindings(a: readonly Finding[], av: Vorlage, b: readonly Finding[], bv: Vorlage, newToOldClause: ReadonlyMap<string, string>): FindingsDiff {
  const oldKeys = new Map<string, Finding[]>();
  for (const f of a.filter(compared)) {
    const k = keyOf(f, av, (id) => id);
    oldKeys.set(k, [...(oldKeys.get(k) ?? []), f]);
  }
  const appeared: Finding[] = [];
  for (const f of b.filter(compared)) {
    const k = keyOf(f, bv, (id) => newToOldClause.get(id) ?? `new:${id}`);
    const left = oldKeys.get(k);
    if (left && left.length) left.shift();
    else appeared.push(f);
  }
  return { appeared, went: [...oldKeys.values()].flat() };
}
