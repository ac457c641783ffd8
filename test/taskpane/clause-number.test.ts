import { clause, section, vorlage } from "../../src/core/model/builders";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { clauseNumbers } from "../../src/taskpane/clause-number";
import { UI_MESSAGES } from "../../src/i18n/ui-messages";

describe("one label per clause in the pane's lists", () => {
  /** Typed 2.1, 2.3, 2.3: the second clause prints 2.3 but stands second. */
  const typed = (id: string, text: string, written: string) => ({ ...clause(id, text), writtenNumber: written });
  const v = vorlage({ sections: [{ ...section("s1", "beschluss", [typed("a", "eins;", "1.1"), typed("b", "zwei;", "1.3"), typed("c", "drei.", "1.3")]), writtenNumber: "1." }] });
  const numbers = clauseNumbers(v, WIESBADEN, UI_MESSAGES.de.insert.numberDiffers);

  it("shows the printed number, and the derived one beside it where they differ", () => {
    expect([...numbers.values()]).toEqual(["1.1", "1.3 (der Reihenfolge nach 1.2)", "1.3"]);
  });

  it("tells two clauses typed with the same number apart", () => {
    expect(new Set(numbers.values()).size).toBe(3);
  });
});
