import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * Sub-points under a decision item that has its own text: lettered „a.“–„d.“ (a Word list's lower-letter level with a
 * full stop) and, in a numbered list, its second level „1.1“, „1.2“ under „1.“ before „2.“ are that item's Unterpunkte,
 * as „a)“ „b)“ are. The next item „2.“ is a clause again. Typed „1.1“ under typed „1.“ stays an outline of clauses.
 */
const li = (label: string, text: string): ParagraphInput => ({ text, label: `${label}\t` });
const read = (items: readonly (string | ParagraphInput)[]) =>
  recognize(["Vorlage-Nr.: KT/0118/2027", "Betreff: Schule am Ellerbach", "Beschlussvorschlag:", ...items, "Begründung:", "Im Landkreis besuchen 37 Kinder Schulen außerhalb."], WIESBADEN, sequentialIds("u"))
    .vorlage.sections.flatMap((s) => s.clauses.map((c) => [c.writtenNumber, (c.unterpunkte ?? []).map((u) => u.writtenNumber)]));

describe("sub-points under an item with its own text", () => {
  it("„a.“–„c.“ under „2.“ are its Unterpunkte", () => {
    expect(
      read([
        li("1.", "Der Kreistag nimmt den Zwischenbericht zur Kenntnis."),
        li("2.", "Die Kreisverwaltung wird beauftragt, weiterhin mit den Gemeinden zu arbeiten. Dies betrifft insbesondere"),
        li("a.", "die Umsetzung der Projekte,"),
        li("b.", "die Entwicklung einer Wohnsiedlung,"),
        li("c.", "die Umsetzung des Radwegekonzepts."),
        li("3.", "Der Kreistag beauftragt die Kreisverwaltung, erneut zu berichten."),
      ]),
    ).toEqual([
      ["1.", []],
      ["2.", ["a.", "b.", "c."]],
      ["3.", []],
    ]);
  });

  it("„1.1“ and „1.2“ under „1.“ before „2.“ are its Unterpunkte", () => {
    expect(
      read([
        li("1.", "Der Kreistag stimmt der Erweiterung der Schule zum Schuljahr 2028/29 zu."),
        li("1.1", "Der Unterricht beginnt mit zwei Klassen der Primarstufe."),
        li("1.2", "Die Schülerbeförderung wird eingebunden."),
        li("2.", "Die Verwaltung wird beauftragt, die Genehmigung zu beantragen."),
      ]),
    ).toEqual([
      ["1.", ["1.1", "1.2"]],
      ["2.", []],
    ]);
  });

  it("„1.1“ and „1.2“ stay clauses where no item „1.“ with text stands above them", () => {
    expect(read([li("1.1", "Der Unterricht beginnt mit zwei Klassen."), li("1.2", "Die Beförderung wird eingebunden.")]).map(([n]) => n)).toEqual(["1.1", "1.2"]);
  });

  it("typed „1.1“ under typed „1.“ stay clauses of an outline of their own", () => {
    expect(read(["1. Der Kreistag stimmt der Erweiterung zu.", "1.1 Der Unterricht beginnt mit zwei Klassen.", "2. Die Verwaltung wird beauftragt."]).map(([n]) => n)).toEqual(["1.", "1.1", "2."]);
  });
});
