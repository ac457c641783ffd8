import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { isFraktionSigners } from "../../../src/core/recognize/decode/fraktion-signers";
import { recognize } from "../../../src/core/recognize/recognize";

/** A Fraktion's Antrag signed by its members' names and the Fraktion on one line, without place or date: no clause of the decision. */
describe("the names and the Fraktion under an Antrag", () => {
  it("end the decision: the line is no clause", () => {
    const r = recognize(
      ["Drucksache 22-0001", "Betreff: Ein Vorhaben", "Beschlussvorschlag:", "Die Bezirksversammlung ersucht das Bezirksamt, das Vorhaben zu prüfen.", "Das Bezirksamt berichtet im Ausschuss.", "Lena Harms, Jonas Petersen und SPD-Fraktion"],
      WIESBADEN,
      sequentialIds("k"),
    );
    expect(r.vorlage.sections[0]?.clauses.map((c) => c.text.slice(0, 20))).toEqual(["Die Bezirksversammlu", "Das Bezirksamt beric"]);
  });

  it.each(["Lena Harms, Jonas Petersen und SPD-Fraktion", "Anna Muster und die Fraktion Bündnis 90/Die Grünen", "Dr. Eva Beispiel und CDU-Fraktion"])("reads „%s“ as such a signature", (line) => {
    expect(isFraktionSigners(line)).toBe(true);
  });

  it.each(["Die Bezirksversammlung dankt der SPD-Fraktion.", "Das Bezirksamt und die Fraktion", "Stellungnahme der SPD-Fraktion"])("reads no sentence or title as one: „%s“", (line) => {
    expect(isFraktionSigners(line)).toBe(false);
  });
});
