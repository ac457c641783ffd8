import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * „Beschlussvorlage Nr. 14/2027 der Verbandsversammlung“: the number ends where the words about it begin, with a
 * word in lower case (an article, „vom“, „für“); no Vorlagen-Nr. of any corpus holds one (found by the ninth fresh
 * set's Zweckverband, 162). Capitals after it stay part of it („2027/0927 BV“).
 */
const nr = (first: string) =>
  recognize([first, "Betreff: Wirtschaftsplan 2028", "Beschlussvorschlag:", "Der Wirtschaftsplan 2028 wird beschlossen."], WIESBADEN, sequentialIds("n")).vorlage.header.vorlagenNr;

describe("the number on the first line and the words after it", () => {
  it.each([
    ["Beschlussvorlage Nr. 14/2027 der Verbandsversammlung", "14/2027"],
    ["Vorlage Nr. 2027/031 vom 12.03.2027", "2027/031"],
    ["Drucksache Nr. 41/27 für den Hauptausschuss", "41/27"],
    ["Vorlage Nr. 2027/0927 BV", "2027/0927 BV"],
  ])("„%s“ gives „%s“", (first, expected) => {
    expect(nr(first)).toBe(expected);
  });
});
