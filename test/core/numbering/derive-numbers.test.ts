import { clause, section, vorlage } from "../../../src/core/model/builders";
import { clauseNumber, deriveNumbers, normalizeNumber, sectionNumber } from "../../../src/core/numbering/derive-numbers";

const doc = vorlage({
  sections: [
    section("s1", "kenntnisnahme", [clause("a", "x"), clause("b", "y")]),
    section("s2", "beschluss", [clause("c", "z"), clause("d", "w"), clause("e", "v")]),
  ],
});

describe("deriveNumbers", () => {
  it("numbers sections 1., 2. and clauses 1.1, 1.2, 2.1 … from their order", () => {
    const n = deriveNumbers(doc, { section: "arabic", clause: "decimal" });
    expect(n.sections.map((s) => [s.number, s.clauses.map((c) => c.number)])).toEqual([
      ["1.", ["1.1", "1.2"]],
      ["2.", ["2.1", "2.2", "2.3"]],
    ]);
    expect(n.byId.get("e")).toBe("2.3");
  });

  it("follows the profile's style: Roman sections and lettered clauses", () => {
    const n = deriveNumbers(doc, { section: "roman", clause: "alpha" });
    expect(n.sections.map((s) => [s.number, s.clauses.map((c) => c.number)])).toEqual([
      ["I.", ["a)", "b)"]],
      ["II.", ["a)", "b)", "c)"]],
    ]);
  });

  it("ignores numbers written in the document: order is the only truth", () => {
    const stale = vorlage({ sections: [section("s", "beschluss", [clause("a", "x", "7.3"), clause("b", "y", "1.1")], "4.")] });
    const n = deriveNumbers(stale, { section: "arabic", clause: "decimal" });
    expect([n.byId.get("s"), n.byId.get("a"), n.byId.get("b")]).toEqual(["1.", "1.1", "1.2"]);
  });
});

describe("sectionNumber and clauseNumber", () => {
  it("write the other styles a profile may choose", () => {
    expect(sectionNumber(2, "alpha-upper")).toBe("C.");
    expect(clauseNumber(0, 2, "arabic-paren")).toBe("3)");
    expect(clauseNumber(0, 26, "alpha")).toBe("aa)");
    expect(clauseNumber(1, 1, "arabic-dot")).toBe("2.");
  });
});

describe("normalizeNumber", () => {
  it("treats '1.1', '1.1.' and ' 1.1 ' as the same number", () => {
    expect(new Set(["1.1", "1.1.", " 1.1 "].map(normalizeNumber)).size).toBe(1);
    expect(normalizeNumber("a)")).toBe("a");
  });
});
