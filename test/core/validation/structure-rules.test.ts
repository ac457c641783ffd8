import { formatFinding } from "../../../src/i18n/format-finding";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { clause, section } from "../../../src/core/model/builders";
import { completeVorlage } from "../../fixtures/builders";
import { codes, findingsOf } from "./helpers";

describe("sections and clauses", () => {
  it("requires at least one Beschluss clause", () => {
    expect(codes(completeVorlage({ sections: [section("k", "kenntnisnahme", [clause("k1", "etwas")])] }))).toEqual(["beschluss-clause-missing"]);
  });

  it("reports an empty section and an empty clause where they are", () => {
    const v = completeVorlage({
      sections: [section("k", "kenntnisnahme"), section("b", "beschluss", [clause("b1", "   ")])],
    });
    expect(findingsOf(v, "section-empty")[0]?.location).toEqual({ type: "section", id: "k" });
    expect(findingsOf(v, "clause-empty")[0]?.location).toEqual({ type: "clause", id: "b1" });
  });

  it("reports a section kind the profile does not declare", () => {
    const v = completeVorlage({ sections: [...completeVorlage().sections, section("x", "anhang", [clause("x1", "Anlage 1")])] });
    expect(findingsOf(v, "section-kind-unknown")[0]?.params).toEqual({ kind: "anhang" });
  });

  it("warns of a second section of the same kind (two „Es wird beschlossen, dass“), at the second, once", () => {
    const v = completeVorlage({ sections: [section("b", "beschluss", [clause("b1", "eins")]), section("c", "beschluss", [clause("c1", "zwei")])] });
    const found = findingsOf(v, "section-kind-repeated");
    expect(found.map((f) => [f.severity, f.location])).toEqual([["warning", { type: "section", id: "c" }]]);
    expect(found[0]?.params).toEqual({ kind: "beschluss", abschnitt: "Es wird beschlossen, dass" });
    // Worded by its kind, not by the profile's phrase, which a recognised document may never print (tryout: a Karlsruhe file read as Wiesbaden's).
    expect(formatFinding(found[0]!, "de", WIESBADEN)).toBe("Die Vorlage hat mehr als einen Abschnitt der Art „Beschluss“ (hier ein weiterer). Bitte prüfen, ob einer davon eine andere Art hat (etwa „zur Kenntnis genommen“) oder doppelt eingefügt wurde.");
    expect(formatFinding(found[0]!, "de", WIESBADEN)).not.toContain("Es wird beschlossen");
    expect(codes(completeVorlage())).not.toContain("section-kind-repeated");
  });

  it("reports an id used twice (a block copied in Word)", () => {
    const v = completeVorlage({ sections: [section("b", "beschluss", [clause("b1", "eins"), clause("b1", "zwei")])] });
    expect(findingsOf(v, "duplicate-id")[0]?.params).toEqual({ id: "b1" });
  });
});

describe("numbers written in a document", () => {
  const withNumbers = (numbers: readonly string[]) =>
    completeVorlage({
      sections: [section("b", "beschluss", numbers.map((n, i) => clause(`c${i}`, `Text ${i}`, n)), "1.")],
    });

  it("are accepted when they are the derived ones, in any common spelling", () => {
    expect(codes(withNumbers(["1.1", "1.2.", " 1.3"]))).toEqual([]);
  });

  it("with a gap are reported as a gap", () => {
    expect(findingsOf(withNumbers(["1.1", "1.2", "1.4"]), "numbering-gap")[0]).toMatchObject({
      location: { type: "clause", id: "c2" },
      params: { written: "1.4", expected: "1.3" },
    });
  });

  it("used twice are reported as a duplicate", () => {
    expect(codes(withNumbers(["1.1", "1.1", "1.2"]))).toEqual(["numbering-duplicate", "numbering-mismatch"]);
  });

  it("out of order are reported as such", () => {
    expect(codes(withNumbers(["1.1", "1.3", "1.2"]))).toEqual(["numbering-gap", "numbering-order"]);
  });

  it("missing where the document shows numbers are reported", () => {
    const v = completeVorlage({ sections: [section("b", "beschluss", [clause("c0", "a", "1.1"), clause("c1", "b")], "1.")] });
    expect(findingsOf(v, "numbering-missing")[0]?.params).toEqual({ expected: "1.2" });
  });

  it("are checked for sections too, also in Roman style", () => {
    const v = completeVorlage({
      sections: [section("k", "kenntnisnahme", [clause("k1", "x", "1.1")], "1."), section("b", "beschluss", [clause("b1", "y", "2.1")], "3.")],
    });
    expect(findingsOf(v, "numbering-gap")[0]?.location).toEqual({ type: "section", id: "b" });
  });

  it("are not checked at all in a Vorlage that shows none (a new draft)", () => {
    expect(codes(completeVorlage())).toEqual([]);
  });
});

describe("a document numbered in another office's scheme, consistently", () => {
  const flat = (sectionNumbers: readonly (string | undefined)[], clauseNumbers: readonly (readonly string[])[]) =>
    completeVorlage({
      sections: clauseNumbers.map((ns, si) =>
        section(si === 0 ? "k" : `b${si}`, si === 0 ? "kenntnisnahme" : "beschluss", ns.map((n, ci) => clause(`c${si}-${ci}`, `Text ${ci}`, n)), sectionNumbers[si]),
      ),
    });

  it("is one warning for the whole document, not an error per clause (Köln: unnumbered parts, 1., 2. in each)", () => {
    const findings = findingsOf(flat([undefined, undefined], [["1.", "2."], ["1.", "2.", "3."]]), "numbering-scheme");
    expect(codes(flat([undefined, undefined], [["1.", "2."], ["1.", "2.", "3."]]))).toEqual(["numbering-scheme"]);
    expect(findings).toEqual([{ code: "numbering-scheme", severity: "warning", location: { type: "document" }, params: { written: "1., 2.", expected: "1.1, 1.2" } }]);
  });

  it("is one warning as well when the clauses count on through the parts, or the parts are numbered I., II.", () => {
    expect(codes(flat([undefined, undefined], [["1.", "2."], ["3.", "4."]]))).toEqual(["numbering-scheme"]);
    expect(codes(flat(["I.", "II."], [["1)", "2)"], ["1)"]]))).toEqual(["numbering-scheme"]);
  });

  it("is one warning for an outline consistent in itself (1., 2., 2.1), which it names, and says renumbering cannot keep it", () => {
    expect(codes(flat([undefined, undefined], [["1."], ["1.", "2.", "2.1"]]))).toEqual(["numbering-scheme"]);
    expect(findingsOf(flat([undefined, undefined], [["1."], ["1.", "2.", "2.1", "2.2", "3."]]), "numbering-scheme")[0]?.params).toEqual({ written: "1.", expected: "1.1", unterziffer: "2.1", oberziffer: "2." });
    // A gap in the outline is still an outline (renumbering would flatten it), with the gap reported at its own level.
    expect(codes(flat([undefined, undefined], [["1."], ["1.", "2.", "2.2"]])).sort()).toEqual(["numbering-gap", "numbering-scheme"]);
    expect(codes(flat([undefined, undefined], [["1."], ["1.", "2.", "3.1"]]))).not.toContain("numbering-scheme");
  });

  it("names as its example the part whose numbers differ, not a part numbered as the house does (never „1., 2. … statt 1., 2. …“)", () => {
    const v = flat([undefined, undefined], [["1.", "2."], ["I."]]);
    const found = findingsOf(v, "numbering-scheme", KARLSRUHE);
    expect(found).toHaveLength(1);
    const params = found[0]?.params ?? {};
    expect(params["written"]).toBe("I.");
    expect(params["written"]).not.toBe(params["expected"]);
  });

  it("is still told number by number when the document's own numbers are wrong (a gap, a repeat, one missing)", () => {
    expect(codes(flat([undefined, undefined], [["1.", "2."], ["1.", "3."]]))).toContain("numbering-gap");
    expect(codes(flat([undefined], [["1.", "1.", "2."]]))).toContain("numbering-duplicate");
    expect(codes(flat([undefined, undefined], [["1.", "2."], ["1.", "2.", "4."]]))).not.toContain("numbering-scheme");
  });
});

describe("sub-point letters written in a document", () => {
  const withLetters = (letters: readonly (string | undefined)[]) =>
    completeVorlage({
      sections: [
        section("b", "beschluss", [
          {
            ...clause("c1", "folgende Maßnahmen umgesetzt werden:", "1.1"),
            unterpunkte: letters.map((l, i) => (l === undefined ? { id: `u${i}`, text: `Maßnahme ${i}` } : { id: `u${i}`, text: `Maßnahme ${i}`, writtenNumber: l })),
          },
          { ...clause("c2", "weiteres:", "1.2"), unterpunkte: [{ id: "w0", text: "eins", writtenNumber: "a)" }] },
        ], "1."),
      ],
    });

  it("are accepted when they are the derived ones; every clause starts again at a)", () => {
    expect(codes(withLetters(["a)", "b)", "(c)"]))).toEqual([]);
  });

  it("report a gap, a duplicate, the wrong order and a missing letter at the clause that holds them", () => {
    expect(findingsOf(withLetters(["a)", "c)"]), "numbering-gap")[0]).toMatchObject({ location: { type: "clause", id: "c1" }, params: { written: "c)", expected: "b)" } });
    expect(findingsOf(withLetters(["a)", "a)"]), "numbering-duplicate")[0]).toMatchObject({ params: { written: "a)", expected: "b)" } });
    expect(codes(withLetters(["b)", "a)"]))).toEqual(["numbering-gap", "numbering-order"]);
    expect(findingsOf(withLetters(["a)", undefined]), "numbering-missing")[0]).toMatchObject({ location: { type: "clause", id: "c1" }, params: { expected: "b)" } });
  });

  it("are checked in a draft that shows no other numbers once one letter is written", () => {
    const v = completeVorlage({ sections: [section("b", "beschluss", [{ ...clause("c1", "x"), unterpunkte: [{ id: "u", text: "y", writtenNumber: "b)" }] }])] });
    expect(codes(v)).toContain("numbering-gap");
  });
});

describe("Verteiler", () => {
  it("must not be empty", () => {
    expect(codes(completeVorlage({ verteiler: [] }))).toEqual(["verteiler-missing"]);
  });

  it("needs a recipient and a Bitte in every entry", () => {
    const v = completeVorlage({
      verteiler: [
        { id: "v1", empfaenger: "Dezernat II", bitte: undefined },
        { id: "v2", empfaenger: "", bitte: "kenntnisnahme" },
      ],
    });
    expect(codes(v)).toEqual(["verteiler-bitte-missing", "verteiler-empfaenger-missing"]);
  });
});

describe("a Vorlage that only informs (tryout 4: every Bericht was sent back)", () => {
  const informing = (bitten: readonly ("kenntnisnahme" | "veranlassung")[]) =>
    completeVorlage({
      sections: [section("k", "kenntnisnahme", [clause("k1", "der Bericht als Anlage 1 beigefügt ist.")])],
      verteiler: bitten.map((bitte, i) => ({ id: `v${i}`, empfaenger: `Dezernat ${i + 1}`, bitte })),
    });

  it("needs no Beschlussziffer when it has Kenntnisnahme clauses and its Verteiler asks only for Kenntnisnahme", () => {
    expect(codes(informing(["kenntnisnahme"]))).not.toContain("beschluss-clause-missing");
    expect(codes(informing(["kenntnisnahme", "kenntnisnahme"]))).not.toContain("beschluss-clause-missing");
  });

  it("still needs one where anybody is asked to act on it, or where nothing asks at all", () => {
    expect(codes(informing(["kenntnisnahme", "veranlassung"]))).toContain("beschluss-clause-missing");
    expect(codes(informing([]))).toContain("beschluss-clause-missing");
    expect(codes(completeVorlage({ sections: [], verteiler: [{ id: "v", empfaenger: "Dezernat I", bitte: "kenntnisnahme" }] }))).toContain("beschluss-clause-missing");
  });

  it("names no profile's heading in the message, and tells how to mark a Vorlage zur Kenntnisnahme", () => {
    const [f] = findingsOf(informing(["veranlassung"]), "beschluss-clause-missing");
    expect(formatFinding(f!, "de", WIESBADEN)).toBe("Die Vorlage enthält keine Beschlussziffer. Ist sie nur zur Kenntnisnahme bestimmt, bitte im Verteiler um Kenntnisnahme bitten.");
  });
});
