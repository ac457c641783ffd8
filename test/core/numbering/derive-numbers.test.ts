import { clause, section, vorlage } from "../../../src/core/model/builders";
import { clauseNumber, deriveNumbers, derivedNumbers, normalizeNumber, sectionNumber, unterpunktNumber } from "../../../src/core/numbering/derive-numbers";

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

describe("sub-point letters", () => {
  const v = vorlage({
    sections: [
      section("s", "beschluss", [
        { ...clause("a", "x"), unterpunkte: [{ id: "u1", text: "eins" }, { id: "u2", text: "zwei", writtenNumber: "f)" }] },
        { ...clause("b", "y"), unterpunkte: [{ id: "u3", text: "drei" }] },
      ]),
    ],
  });

  it("start afresh at a) under every clause and follow order, not what a document shows", () => {
    const n = deriveNumbers(v, { section: "arabic", clause: "decimal" });
    expect(n.sections[0]?.clauses.map((c) => c.unterpunkte.map((u) => u.number))).toEqual([["a)", "b)"], ["a)"]]);
    expect(n.byId.get("u2")).toBe("b)");
  });

  it("follow the profile's style: a), a. or (a)", () => {
    expect(deriveNumbers(v, { section: "roman", clause: "arabic-dot", unterpunkt: "alpha-dot" }).byId.get("u2")).toBe("b.");
    expect(deriveNumbers(v, { section: "roman", clause: "arabic-dot", unterpunkt: "alpha-both" }).byId.get("u2")).toBe("(b)");
    expect(unterpunktNumber(26)).toBe("aa)");
  });

  it("read as a reader would: (b), b) and b. are the same letter", () => {
    expect(normalizeNumber("(b)")).toBe("b");
    expect(normalizeNumber("b)")).toBe("b");
    expect(normalizeNumber("b.")).toBe("b");
  });
});

describe("derivedNumbers", () => {
  const decimal = { section: "arabic", clause: "decimal" } as const;
  const alpha = { section: "roman", clause: "alpha" } as const;

  it("gives what deriveNumbers gives, computed once for one list of sections and one style", () => {
    const first = derivedNumbers(doc, decimal);
    expect([...first.byId]).toEqual([...deriveNumbers(doc, decimal).byId]);
    // The same Vorlage with other header values keeps its sections: the numbers are not derived again.
    expect(derivedNumbers({ ...doc, header: { ...doc.header, betreff: "anders" } }, decimal)).toBe(first);
  });

  it("derives afresh for another style or another list of sections", () => {
    expect(derivedNumbers(doc, alpha).byId.get("c")).toBe("a)");
    const moved = { ...doc, sections: [doc.sections[1], doc.sections[0]] as typeof doc.sections };
    expect(derivedNumbers(moved, decimal).byId.get("c")).toBe("1.1");
    expect(derivedNumbers(doc, decimal).byId.get("c")).toBe("2.1");
  });
});
