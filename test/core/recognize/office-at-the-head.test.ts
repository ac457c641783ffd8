import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * The office that wrote the Vorlage, named alone on a line of the head under the city's name and
 * with no label („STADT BEDBURG“ / „Fachbereich II – Ordnung, Bildung, Jugend und Soziales“), is its
 * Federführung, as written. Found on the first fresh set (Bedburg), its last miss.
 */
const read = (lines: readonly string[]) => recognize(lines, WIESBADEN, sequentialIds("k"));
const rest = ["Betreff: Erweiterung der Offenen Ganztagsschule", "Beschlussvorschlag:", "Der Rat beschließt die Erweiterung."];

describe("an office alone on a line of the head", () => {
  it("is the Federführung, as written", () => {
    const r = read(["STADT BEDBURG", "Drucksache: WP10-0517/2026", "Fachbereich II – Ordnung, Bildung, Jugend und Soziales", ...rest]);
    expect(r.vorlage.zustaendigkeit.federfuehrend).toBe("Fachbereich II – Ordnung, Bildung, Jugend und Soziales");
  });

  it("gives way to a label that names the Federführung", () => {
    const r = read(["STADT BEDBURG", "Drucksache: WP10-0518/2026", "Fachbereich II – Ordnung, Bildung, Jugend und Soziales", "Federführung: Fachbereich III – Bauen", ...rest]);
    expect(r.vorlage.zustaendigkeit.federfuehrend).toBe("Fachbereich III – Bauen");
  });
});
