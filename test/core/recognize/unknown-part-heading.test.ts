import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A heading of one to three words below a decision written as prose, after a clause that ended its sentence and with
 * prose below it („Bericht“ under a Mitteilung's „Beschlussvorschlag“), heads a part of its own: neither it nor the
 * text below it is decided.
 */
const read = (below: readonly string[]) =>
  recognize(
    ["Vorlage-Nr.: 112/2027", "Betreff: Bericht über die Schulen", "Beschlussvorschlag", "Der Kreistag nimmt den Bericht des Kreisausschusses zur Kenntnis.", ...below],
    WIESBADEN,
    sequentialIds("h"),
  ).vorlage.sections.flatMap((s) => s.clauses.map((c) => c.text));

const prose = "Mit der Vereinbarung über die Modellregion haben Land und Kreis 2019 die inklusive Beschulung vereinbart.";

describe("a short heading below a decision written as prose", () => {
  it("„Bericht“ with prose below ends the decision", () => {
    expect(read(["Bericht", prose])).toEqual(["Der Kreistag nimmt den Bericht des Kreisausschusses zur Kenntnis."]);
  });

  it("„Weitere Erläuterungen:“ ends it as well", () => {
    expect(read(["Weitere Erläuterungen:", prose])).toHaveLength(1);
  });

  it("a further sentence of the decision stays a clause", () => {
    expect(read(["Der Bericht wird im Internet veröffentlicht."])).toHaveLength(2);
  });
});
