import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A scan read as one long paragraph has no head of its own: the whole text stood in the head's place, and the first of the
 * profile's bodies that any of its words named („… dass der Magistrat die Halle saniert …“) became the Gremium, „Magistrat“
 * where the text named the Stadtverordnetenversammlung as deciding. A body's name gives the Gremium only on a line of the
 * head; prose names bodies that act.
 */
const gremium = (paragraphs: readonly string[]) => recognize(paragraphs, WIESBADEN, sequentialIds("k")).vorlage.header.gremium;

describe("a body named in prose", () => {
  it("is no Gremium in a scan read as one long paragraph", () => {
    expect(
      gremium([
        "Vorlage Nr. 24-V-07-0012 Betreff Sanierung der Sporthalle Mitte Der Magistrat wird gebeten, die Sanierung der Sporthalle Mitte im Jahr 2027 vorzubereiten. Die Kosten betragen rund 450.000 €. Begründung Die Halle ist seit 1974 in Betrieb.",
      ]),
    ).toBe("");
  });

  it("is no Gremium in a sentence that names another body as well", () => {
    expect(gremium(["Die Stadtverordnetenversammlung hat am 12.03.2026 beschlossen, dass der Magistrat die Halle saniert; die Kosten trägt das Dezernat VI."])).toBe("");
  });

  it("a line of the head that names the body still gives it", () => {
    expect(gremium(["Der Magistrat – Umweltamt", "Betreff: Sanierung der Sporthalle Mitte", "Es wird beschlossen, dass", "1.1 die Halle saniert wird."])).toBe("Magistrat");
  });
});
