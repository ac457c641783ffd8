import { clause, section } from "../../src/core/model/builders";
import { vorlageSummary } from "../../src/cli/check-report";
import { completeVorlage } from "../fixtures/builders";

describe("check --json carries what is decided (tryout 4: a Kreistag's a), b), c) were missing from the reviewer's JSON)", () => {
  it("lists a clause's sub-points with their letters as written, in order", () => {
    const lead = { ...clause("b1", "Der Kreistag beschließt:", "1."), unterpunkte: [{ id: "u1", text: "den Neubau der Kreisberufsschule,", writtenNumber: "a)" }, { id: "u2", text: "die Finanzierung über 38,5 Mio. €.", writtenNumber: "b)" }] };
    const summary = vorlageSummary(completeVorlage({ sections: [section("b", "beschluss", [lead, clause("b2", "die Verwaltung berichtet.", "2.")])] }));
    const [first, second] = summary.sections[0]!.clauses;
    expect(first).toEqual({ number: "1.", text: "Der Kreistag beschließt:", unterpunkte: [{ number: "a)", text: "den Neubau der Kreisberufsschule," }, { number: "b)", text: "die Finanzierung über 38,5 Mio. €." }] });
    // A clause without sub-points keeps its two keys.
    expect(second).toEqual({ number: "2.", text: "die Verwaltung berichtet." });
  });
});
