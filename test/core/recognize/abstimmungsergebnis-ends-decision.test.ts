import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * „Abstimmungsergebnis: Ja: ___ Nein: ___“ under the Beschlussvorschlag (komuna's and many Bavarian forms) is the
 * record's field for the vote, as „Abstimmung:“ is: it ends the decision, it is no clause of it.
 */
describe("a line for the vote under the decision", () => {
  it("is no clause: „Abstimmungsergebnis:“ ends the decision as „Abstimmung:“ does", () => {
    const r = recognize(
      ["Vorlagennummer: AZV/2027/003", "Betreff: Vergabe", "Beschlussvorschlag:", "Die Verbandsversammlung beschließt, die Planungsleistungen zu vergeben.", "Abstimmungsergebnis: Ja: ___ Nein: ___", "Finanzielle Auswirkungen:", "Die Kosten betragen 86.420,50 €."],
      WIESBADEN,
      sequentialIds("k"),
    );
    expect(r.vorlage.sections.map((s) => s.clauses.map((c) => c.text))).toEqual([["Die Verbandsversammlung beschließt, die Planungsleistungen zu vergeben."]]);
  });
});
