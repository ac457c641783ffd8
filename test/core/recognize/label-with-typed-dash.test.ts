import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * „Drucksachen–Nr.: 22-1184“: the label's hyphen typed as a dash (AutoCorrect's or the typist's). It is the same label as
 * „Drucksachen-Nr.:“; read without the dash in mind, the Vorlage lost its number and the title below it.
 */
const read = (label: string) =>
  recognize(
    [`${label}\t22-1184`, "Datum:\t14.04.2027", "Zuschuss für das Stadtteilfest im Quartier am Markt", "Beschlussvorschlag:", "Dem Zuschuss wird zugestimmt."],
    WIESBADEN,
    sequentialIds("k"),
  ).vorlage.header;

describe("a number's label whose hyphen is typed as a dash", () => {
  it.each(["Drucksachen–Nr.:", "Drucksache–Nr.:", "Vorlagen–Nr.:"])("„%s“ gives the number and the title below it", (label) => {
    const header = read(label);
    expect([header.vorlagenNr, header.betreff]).toEqual(["22-1184", "Zuschuss für das Stadtteilfest im Quartier am Markt"]);
  });
});
