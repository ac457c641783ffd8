import { clause, section, vorlage } from "../../../src/core/model/builders";
import { withoutWrittenNumbers } from "../../../src/core/model/written-numbers";

describe("a Vorlage without the numbers its document shows", () => {
  it("drops the shown numbers of sections, clauses and sub-points and keeps everything else", () => {
    const v = vorlage({
      header: { betreff: "Radweg" },
      sections: [section("s", "beschluss", [{ id: "c", text: "eins", writtenNumber: "1.1", unterpunkte: [{ id: "u", text: "a", writtenNumber: "a)" }] }, clause("d", "zwei")], "1.")],
    });
    expect(withoutWrittenNumbers(v)).toEqual(
      vorlage({ header: { betreff: "Radweg" }, sections: [section("s", "beschluss", [{ id: "c", text: "eins", unterpunkte: [{ id: "u", text: "a" }] }, clause("d", "zwei")])] }),
    );
  });

  it("is the same object when nothing shows a number", () => {
    const v = vorlage({ sections: [section("s", "beschluss", [clause("c", "eins")])] });
    expect(withoutWrittenNumbers(v)).toBe(v);
  });
});
