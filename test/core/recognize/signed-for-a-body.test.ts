import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * „Für die Fraktion …“ between the place and date and the name says on whose behalf the name
 * signs: the signer is the name below it, and the line belongs to the Zeichnung (found by the
 * ninth fresh set's Fraktion Antrag, 158).
 */
const read = (...tail: string[]) =>
  recognize(
    [
      "Antrag Nr. 25/017",
      "Betreff: Ein Bürgerhaushalt",
      "Die Stadtverordnetenversammlung beschließt:",
      "1. Ein Bürgerhaushalt wird eingeführt.",
      "2. Die Verwaltung berichtet im Herbst.",
      "Musterstadt, 11.01.2027",
      ...tail,
    ],
    WIESBADEN,
    sequentialIds("f"),
  );

describe("a Zeichnung on behalf of a body", () => {
  it.each([["Für die Fraktion BÜNDNIS 90/DIE GRÜNEN"], ["Für die SPD-Fraktion"], ["Für den Magistrat"], ["Für den Ortsbeirat"]])("names the signer below „%s“", (body) => {
    const r = read(body, "Anja Seifert", "Fraktionsvorsitzende");
    expect(r.vorlage.zeichnungen.map((z) => z.name)).toEqual(["Anja Seifert"]);
    expect(r.findings.filter((f) => f.code === "recognize-unassigned").map((f) => f.params["auszug"])).toEqual([]);
  });

  it("still takes a name that is the only line", () => {
    expect(read("Anja Seifert").vorlage.zeichnungen.map((z) => z.name)).toEqual(["Anja Seifert"]);
  });
});
