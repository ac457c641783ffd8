import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, typedNumber } from "../../../src/core/recognize/recognize";

/** Items typed „001⇥“, „002⇥“ (a Fraktion's Beschlussvorlage in Jena): the number as typed, the text after the tab. */
describe("clause numbers typed with leading zeros and a tab", () => {
  const r = recognize(
    ["Vorlagen-Nr.: 27/0001-BV", "Betreff: Weiterbildung", "Beschlussvorschlag", "Der Stadtrat beschließt:", "001\tDer Oberbürgermeister wird beauftragt zu prüfen, wie es geht.", "002\tÜber das Ergebnis wird berichtet.", "Begründung", "Es ist nötig."],
    WIESBADEN,
    sequentialIds("k"),
  );

  it("are the clauses' written numbers, their text after the tab", () => {
    expect(r.vorlage.sections[0]?.clauses.map((c) => [c.writtenNumber, c.text.slice(0, 20)])).toEqual([
      ["001", "Der Oberbürgermeiste"],
      ["002", "Über das Ergebnis wi"],
    ]);
  });

  it("need the tab: a zero-padded code followed by a space is no number", () => {
    expect(typedNumber("001\tDer Text", "clause")).toEqual({ number: "001", rest: "Der Text" });
    expect(typedNumber("0815 Kennziffer des Projekts", "clause")).toBeUndefined();
    expect(typedNumber("01 Kennziffer", "clause")).toBeUndefined();
  });
});
