import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { ownOutlineSections } from "../../../src/core/numbering/own-outline";
import { recognize, typedNumber } from "../../../src/core/recognize/recognize";
import { validate } from "../../../src/core/validation/validate";

/**
 * Clause and section numbers typed in fullwidth digits („１.“, „１.１“: an East Asian input method, a PDF's font).
 * A tryout found the decision lost to them: „１. Es wird beschlossen, dass“ read as a header line, the clauses
 * unassigned, „Die Vorlage enthält keine Beschlussziffer“. They are the same digits (Unicode's compatibility
 * form): read as the number, so the decision keeps its parts; the number is kept as written, so check says
 * that it is not the number the house style prints, and a renumber writes it in ordinary digits.
 */
const PARAGRAPHS = [
  "Vorlagen-Nr. 24-V-07-0001",
  "Beitritt NExT e. V. der Landeshauptstadt Wiesbaden",
  "１. Es wird beschlossen, dass",
  "１.１ die Landeshauptstadt Wiesbaden dem Verein beitritt;",
  "１.２ der Beitrag aus dem Budget des Dezernats VII gezahlt wird.",
  "",
  "Dem Magistrat",
  "mit der Bitte um weitere Veranlassung",
];
const read = () => recognize(PARAGRAPHS, WIESBADEN, sequentialIds("k"));

describe("a number typed in fullwidth digits", () => {
  it("is read as the number: the section and its clauses, the text after the number as written", () => {
    const { vorlage } = read();
    expect(vorlage.sections.map((s) => [s.kind, s.writtenNumber, s.clauses.map((c) => [c.writtenNumber, c.text])])).toEqual([
      [
        "beschluss",
        "１.",
        [
          ["１.１", "die Landeshauptstadt Wiesbaden dem Verein beitritt;"],
          ["１.２", "der Beitrag aus dem Budget des Dezernats VII gezahlt wird."],
        ],
      ],
    ]);
  });

  it("anchors the number where it stands, so that a structured document wraps exactly its characters", () => {
    const r = read();
    const number = r.anchors.sections[0]?.clauses[0]?.number;
    expect(number && PARAGRAPHS[number.paragraph]?.slice(number.start, number.end)).toBe("１.１");
  });

  it("is reported by check as not the number the house style prints", () => {
    const mismatched = validate(read().vorlage, WIESBADEN).filter((f) => f.code === "numbering-mismatch").map((f) => [f.params["written"], f.params["expected"]]);
    expect(mismatched).toEqual([
      ["１.", "1."],
      ["１.１", "1.1"],
      ["１.２", "1.2"],
    ]);
  });

  it("is no outline of the document's own, which renumber would keep and check excuse: „１.“ counts in arabic digits", () => {
    const { vorlage } = read();
    expect([...ownOutlineSections(vorlage, WIESBADEN, PARAGRAPHS)]).toEqual([]);
  });

  it("is read alike where a structured document shows it as typed text", () => {
    expect(typedNumber("１.２ der Beitrag wird gezahlt.", "clause")).toEqual({ number: "１.２", rest: "der Beitrag wird gezahlt." });
    expect(typedNumber("１. Es wird beschlossen, dass", "section")).toEqual({ number: "１.", rest: "Es wird beschlossen, dass" });
  });
});
