import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A Fraktion's Antrag whose head writes its number alone between dashes („Antrag“ / „der Fraktion …“ / „– 101.19.0412 –“,
 * Kassel's): that is its Vorlagen-Nr., and the plain line below it its Betreff. A page number between dashes („- 2 -“) is none.
 */
const read = (lines: readonly string[]) => recognize(lines, WIESBADEN, sequentialIds("k")).vorlage.header;
const body = ["Die Stadtverordnetenversammlung möge beschließen:", "1. Der Magistrat wird beauftragt, Brunnen aufzustellen.", "Begründung:", "Es fehlt an Trinkwasser."];

describe("a number between dashes at the head", () => {
  it("is the Vorlagen-Nr., and the line below it the Betreff", () => {
    const h = read(["Antrag", "der Fraktion Bündnis 90/Die Grünen", "– 101.19.0412 –", "Trinkwasserbrunnen in allen Ortsbezirken", ...body]);
    expect(h.vorlagenNr).toBe("101.19.0412");
    expect(h.betreff).toBe("Trinkwasserbrunnen in allen Ortsbezirken");
  });

  it("takes a number with a slash between hyphens as well", () => {
    expect(read(["Antrag", "der SPD-Fraktion", "- 2027/0412 -", "Mehr Bänke am Fluss", ...body]).vorlagenNr).toBe("2027/0412");
  });

  it("takes no page number between dashes for one, nor a page of pages or a short outline number", () => {
    expect(read(["Antrag", "der SPD-Fraktion", "– 2 –", "Mehr Bänke am Fluss", ...body]).vorlagenNr).toBe("");
    expect(read(["Antrag", "der SPD-Fraktion", "- 2/3 -", "Mehr Bänke am Fluss", ...body]).vorlagenNr).toBe("");
    expect(read(["Antrag", "der SPD-Fraktion", "– 1.2 –", "Mehr Bänke am Fluss", ...body]).vorlagenNr).toBe("");
  });
});
