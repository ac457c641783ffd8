import { clause, section } from "../../../../src/core/model/builders";
import { completeVorlage } from "../../../fixtures/builders";
import { codes, findingsOf } from "../helpers";
import { formatFinding } from "../../../../src/i18n/format-finding";
import { WIESBADEN } from "../../../../src/core/profile/builtin-profiles";

const withClauses = (...texts: string[]) =>
  completeVorlage({
    sections: [section("k", "kenntnisnahme", [clause("k1", "der Bericht vorliegt;")]), section("b", "beschluss", texts.map((t, i) => clause(`b${i + 1}`, t)))],
  });

/** A link over `number` where it stands in `text`. */
const at = (text: string, number: string, ziel: string) => ({ ziel, start: text.indexOf(number), end: text.indexOf(number) + number.length });

describe("references rule", () => {
  it("finds nothing when a typed reference names a clause that exists", () => {
    expect(codes(withClauses("die Mittel bereitgestellt werden;", "die unter Ziffer 2.1 genannten Mittel gesperrt bleiben."))).not.toContainEqual(expect.stringMatching(/^verweis/));
  });

  it("reports a certain reference to a missing clause as an error", () => {
    const [f] = findingsOf(withClauses("die unter Ziffer 2.4 genannten Mittel gesperrt bleiben."), "verweis-ziel-fehlt");
    expect(f).toMatchObject({ severity: "error", location: { type: "clause", id: "b1" }, params: { verweis: "2.4", art: "ziffer" } });
    expect(formatFinding(f as never, "de", WIESBADEN)).toBe("In Ziffer 2.1 wird auf Ziffer 2.4 verwiesen, die es in dieser Vorlage nicht gibt.");
  });

  it("says „den“ of a missing letter (der Buchstabe) and „die“ of a missing clause (die Ziffer)", () => {
    const missing = (art: string) => ({ code: "verweis-ziel-fehlt", severity: "error", location: { type: "document" }, params: { verweis: art === "buchstabe" ? "c" : "4", art, ziffer: "2.2" } });
    expect(formatFinding(missing("buchstabe") as never, "de", WIESBADEN)).toBe("In Ziffer 2.2 wird auf Buchstabe c verwiesen, den es in dieser Vorlage nicht gibt.");
    expect(formatFinding(missing("ziffer") as never, "de", WIESBADEN)).toBe("In Ziffer 2.2 wird auf Ziffer 4 verwiesen, die es in dieser Vorlage nicht gibt.");
  });

  it("reports an uncertain one („Nr. 7“) only as a hint", () => {
    expect(findingsOf(withClauses("die in Nr. 7 genannten Mittel gesperrt bleiben."), "verweis-unsicher")).toMatchObject([{ severity: "info" }]);
  });

  it("leaves citations of law, other Beschlüsse, Anlagen and amounts alone", () => {
    const v = withClauses("gemäß § 50 Abs. 1 Nr. 9 HGO beschlossen wird;", "Ziffer 7 des Beschlusses Nr. 0412 vom 14.03.2023 aufgehoben wird;", "die Anlage 9 Bestandteil ist und 1,3 Mio. € bereitstehen.");
    expect(codes(v).filter((c) => c.startsWith("verweis"))).toEqual([]);
  });

  it("checks a letter against the clause's sub-points", () => {
    const v = withClauses("folgende Maßnahmen umgesetzt werden:", "die Maßnahme nach Ziffer 2.1 Buchstabe c vorrangig ist.");
    const withSub = { ...v, sections: v.sections.map((s) => ({ ...s, clauses: s.clauses.map((c) => (c.id === "b1" ? { ...c, unterpunkte: [{ id: "u1", text: "A" }, { id: "u2", text: "B" }] } : c)) })) };
    expect(findingsOf(withSub, "verweis-ziel-fehlt").map((f) => f.params["verweis"])).toEqual(["c"]);
  });

  it("reports a link to a deleted clause („Verweis auf gelöschte Ziffer“) and a stale linked number", () => {
    const v = withClauses("die Mittel bereitgestellt werden;", "die unter Ziffer 2.1 genannten Mittel gesperrt bleiben.", "nach Ziffer 2.9 verfahren wird.");
    const linked = {
      ...v,
      sections: v.sections.map((s) => ({
        ...s,
        clauses: s.clauses.map((c) =>
          c.id === "b2" ? { ...c, verweise: [at("die unter Ziffer 2.1 genannten Mittel gesperrt bleiben.", "2.1", "geloescht")] } : c.id === "b3" ? { ...c, verweise: [at("nach Ziffer 2.9 verfahren wird.", "2.9", "b1")] } : c,
        ),
      })),
    };
    expect(findingsOf(linked, "verweis-ziel-geloescht")).toMatchObject([{ severity: "error", params: { verweis: "2.1", ziffer: "2.2" } }]);
    expect(findingsOf(linked, "verweis-veraltet")).toMatchObject([{ severity: "warning", params: { verweis: "2.9", nummer: "2.1" } }]);
    expect(formatFinding(findingsOf(linked, "verweis-ziel-geloescht")[0] as never, "de", WIESBADEN)).toMatch(/^Verweis auf gelöschte Ziffer: /u);
  });
});
