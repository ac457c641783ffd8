import { clause, section, vorlage } from "../../src/core/model/builders";
import type { Vorlage } from "../../src/core/model/vorlage";
import { placeClause } from "../../src/taskpane/clause-place";

const v: Vorlage = vorlage({
  sections: [
    section("s1", "kenntnisnahme", [clause("c11", "a;"), clause("c12", "b;")]),
    section("s2", "beschluss", [{ ...clause("c21", "c;"), unterpunkte: [{ id: "u1", text: "x" }, { id: "u2", text: "y" }] }, clause("c22", "d.")]),
  ],
});

describe("where „Ziffer einfügen“ puts a clause", () => {
  it("goes after the clause the cursor stands in, before anything chosen in the pane", () => {
    expect(placeClause(v, { id: "c11", kind: "clause" }, { after: "c22" })).toEqual({ sectionId: "s1", after: "c11", source: "cursor" });
  });

  it("goes after the clause of a sub-point the cursor stands in, not into the sub-points", () => {
    expect(placeClause(v, { id: "u2", kind: "unterpunkt" }, undefined)).toEqual({ sectionId: "s2", after: "c21", source: "cursor" });
  });

  it("goes to the end of the section whose heading the cursor stands in", () => {
    expect(placeClause(v, { id: "s1", kind: "section" }, { after: "c22" })).toEqual({ sectionId: "s1", source: "cursor" });
  });

  it("goes after the clause chosen in the pane when the cursor is outside our blocks or was left out", () => {
    expect(placeClause(v, undefined, { after: "c12" })).toEqual({ sectionId: "s1", after: "c12", source: "pane" });
    expect(placeClause(v, { id: "gone", kind: "clause" }, { after: "c12" })).toEqual({ sectionId: "s1", after: "c12", source: "pane" });
  });

  it("goes to the end of the chosen section, else of the last, and nowhere in a document without sections", () => {
    expect(placeClause(v, undefined, { end: "s1" })).toEqual({ sectionId: "s1", source: "end" });
    expect(placeClause(v, undefined, { after: "deleted" })).toEqual({ sectionId: "s2", source: "end" });
    expect(placeClause(v, undefined, undefined)).toEqual({ sectionId: "s2", source: "end" });
    expect(placeClause(vorlage(), { id: "c11", kind: "clause" }, undefined)).toBeUndefined();
  });
});
