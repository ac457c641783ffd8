import { apply } from "../../../src/core/operations/apply";
import { clause, section } from "../../../src/core/model/builders";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { deriveNumbers } from "../../../src/core/numbering/derive-numbers";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { followReferences, referenceStates, verweiseAfterEdit } from "../../../src/core/references/follow-references";
import { referenceTargets, withReference } from "../../../src/core/references/insert-reference";
import { completeVorlage } from "../../fixtures/builders";

const numbers = (v: Vorlage) => deriveNumbers(v, WIESBADEN.numbering);
const clauseText = (v: Vorlage, id: string) => v.sections.flatMap((s) => s.clauses).find((c) => c.id === id)?.text;

/** b2 refers to b1 („Ziffer 2.1“). */
function withLink(): Vorlage {
  const v = completeVorlage();
  const target = referenceTargets(v, numbers(v)).find((t) => t.id === "b1");
  if (!target) throw new Error("fixture");
  const b = v.sections[1];
  if (!b) throw new Error("fixture");
  const b2 = withReference(b.clauses[1] as never, target, "die haushaltstechnische Umsetzung".length);
  return { ...v, sections: [v.sections[0] as never, { ...b, clauses: [b.clauses[0] as never, b2] }] };
}

describe("references follow their target's number", () => {
  it("inserts „Ziffer 2.1“ linked to the target's id", () => {
    const v = withLink();
    expect(clauseText(v, "b2")).toBe("die haushaltstechnische Umsetzung Ziffer 2.1 durch Dezernat III/20 erfolgt.");
    expect(referenceStates(v, numbers(v)).map((r) => [r.verweis.ziel, r.shows, r.expected])).toEqual([["b1", "2.1", "2.1"]]);
  });

  it("rewrites only the number when the target moves", () => {
    const moved = apply(withLink(), { type: "insertClause", sectionId: "b", index: 0, clause: clause("neu", "zuerst") });
    const followed = followReferences(moved, numbers(moved));
    expect(clauseText(followed, "b2")).toBe("die haushaltstechnische Umsetzung Ziffer 2.2 durch Dezernat III/20 erfolgt.");
    expect(referenceStates(followed, numbers(followed)).every((r) => r.shows === r.expected)).toBe(true);
  });

  it("follows a number that gets longer and keeps later references in place", () => {
    let v = withLink();
    const many = Array.from({ length: 9 }, (_x, i) => clause(`x${i}`, `Ziffer ${i}`));
    v = { ...v, sections: [section("k0", "kenntnisnahme", many), ...v.sections] };
    const f = followReferences(v, numbers(v));
    expect(clauseText(f, "b2")).toBe("die haushaltstechnische Umsetzung Ziffer 3.1 durch Dezernat III/20 erfolgt.");
  });

  it("leaves a reference to a deleted clause as it was", () => {
    const v = withLink();
    const gone = apply(v, { type: "deleteClause", sectionId: "b", index: 0, clause: v.sections[1]?.clauses[0] as never });
    const f = followReferences(gone, numbers(gone));
    expect(clauseText(f, "b2")).toBe("die haushaltstechnische Umsetzung Ziffer 2.1 durch Dezernat III/20 erfolgt.");
    expect(referenceStates(f, numbers(f))[0]?.expected).toBeUndefined();
  });

  it("keeps references an edit did not touch, shifted with the text, and drops one typed over", () => {
    const r = [{ ziel: "a", start: 10, end: 13 }];
    expect(verweiseAfterEdit(r, "unter Zif 2.1 genannt", "Die unter Zif 2.1 genannt")).toEqual([{ ziel: "a", start: 14, end: 17 }]);
    expect(verweiseAfterEdit(r, "unter Zif 2.1 genannt", "unter Zif 2.1 erwähnt")).toEqual(r);
    expect(verweiseAfterEdit(r, "unter Zif 2.1 genannt", "unter Zif 3.4 genannt")).toBeUndefined();
  });

  it("an editClause keeps the link through apply", () => {
    const v = withLink();
    const before = clauseText(v, "b2") as string;
    const after = `Ferner ${before}`;
    const edited = apply(v, { type: "editClause", clauseId: "b2", before, after });
    expect(referenceStates(edited, numbers(edited)).map((r) => r.shows)).toEqual(["2.1"]);
  });
});
