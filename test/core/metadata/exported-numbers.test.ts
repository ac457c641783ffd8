import { beschlussText } from "../../../src/core/metadata/beschluss-text";
import { toOParlPaper } from "../../../src/core/metadata/oparl-paper";
import { toVorlageJson } from "../../../src/core/metadata/vorlage-json";
import { clause, section, vorlage } from "../../../src/core/model/builders";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";

// A motion of a district council as a city's archive prints it: a heading and two paragraphs, no numbers.
const unnumbered = () =>
  vorlage({
    header: { ...vorlage().header, betreff: "Sanierung der Friedhofskapelle" },
    sections: [section("s1", "beschluss", [clause("c1", "Die Verwaltung wird gebeten, das Dach der Kapelle abzudichten."), clause("c2", "Die Kosten sind im nächsten Haushalt zu veranschlagen.")])],
  });
const printed = { headings: new Map([["s1", "Der Bezirksbeirat möge beschließen:"]]) };

describe("exports carry the numbers the document prints, and none where it prints none", () => {
  it("the JSON export gives an unnumbered recognised clause no number", () => {
    const json = JSON.parse(JSON.stringify(toVorlageJson(unnumbered(), WIESBADEN, printed))) as { vorlage: { sections: { number?: string; clauses: { number?: string }[] }[] } };
    expect(json.vorlage.sections[0]?.number).toBeUndefined();
    expect(json.vorlage.sections[0]?.clauses.map((c) => c.number)).toEqual([undefined, undefined]);
  });

  it("the OParl main file's text shows the clauses without invented numbers", () => {
    const paper = toOParlPaper(unnumbered(), WIESBADEN, { created: "2024-01-01T00:00:00Z", modified: "2024-01-01T00:00:00Z", printed, mainFile: { fileName: "antrag.docx" } });
    expect(paper.mainFile?.text).toBe("Der Bezirksbeirat möge beschließen:\nDie Verwaltung wird gebeten, das Dach der Kapelle abzudichten.\nDie Kosten sind im nächsten Haushalt zu veranschlagen.");
  });

  it("a recognised document's printed numbers are exported as printed", () => {
    const v = vorlage({ sections: [section("s1", "beschluss", [clause("c1", "Erstens.", "A."), clause("c2", "Zweitens.")])] });
    expect(beschlussText(v, WIESBADEN, { headings: new Map() })).toBe("Es wird beschlossen, dass\nA. Erstens.\nZweitens.".replace("Es wird beschlossen, dass", WIESBADEN.sectionKinds.find((k) => k.kind === "beschluss")?.phrase ?? ""));
  });

  it("a model without a printed form (a document of ours) still gets the derived numbers", () => {
    const json = JSON.parse(JSON.stringify(toVorlageJson(unnumbered(), WIESBADEN))) as { vorlage: { sections: { clauses: { number?: string }[] }[] } };
    expect(json.vorlage.sections[0]?.clauses.map((c) => c.number)).toEqual(["1.1", "1.2"]);
  });
});
