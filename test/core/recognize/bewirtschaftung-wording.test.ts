import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";
import { validate } from "../../../src/core/validation/validate";
import { BESCHLUSS_0057, document0057 } from "../../fixtures/tryout-0057";

/**
 * Who does the haushaltstechnische Umsetzung, in the words a clause may use: „… erfolgt durch das
 * Dezernat III/20“, „Umsetzung (vgl. Ziffer 1.7) durch Dezernat III/20“. Found by a new-user
 * tryout on Beschluss 0057, where both gave the false error „Es ist nicht angegeben, wer die
 * haushaltstechnische Umsetzung vornimmt“ (the rule reads `finanzierung.bewirtschaftung`, which
 * recognition left empty).
 */
const withClause23 = (text: string) => {
  const sectionTwo = BESCHLUSS_0057.map(([n, t]) => (n === "2.3" ? ([n, text] as const) : ([n, t] as const)));
  const v = recognize(document0057({ sectionTwo }), WIESBADEN, sequentialIds("u")).vorlage;
  return { bewirtschaftung: v.finanzierung?.bewirtschaftung, codes: validate(v, WIESBADEN).map((f) => f.code) };
};

describe("the haushaltstechnische Umsetzung in a clause's words", () => {
  it.each([
    ["die haushaltstechnische Umsetzung durch Dezernat III/20 in Verbindung mit Dezernat VII und II erfolgt."],
    ["die haushaltstechnische Umsetzung erfolgt durch das Dezernat III/20 in Verbindung mit Dezernat VII und II erfolgt."],
    ["die haushaltstechnische Umsetzung (vgl. Ziffer 1.6) durch Dezernat III/20 in Verbindung mit Dezernat VII und II erfolgt."],
    ["die haushaltstechnische Umsetzung dem Dezernat III/20 obliegt."],
  ])("reads III/20 from „%s“ and gives no error", (text) => {
    const r = withClause23(text);
    expect(r.bewirtschaftung).toBe("III/20");
    expect(r.codes).not.toContain("finanzierung-bewirtschaftung-missing");
  });

  it("still reports it missing where no clause names who does it", () => {
    const r = withClause23("die Mitgliedschaft jährlich geprüft wird.");
    expect(r.bewirtschaftung).toBe("");
    expect(r.codes).toContain("finanzierung-bewirtschaftung-missing");
  });
});
