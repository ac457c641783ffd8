import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * A Mitteilungsvorlage (or Informationsvorlage) without a decision heading informs and decides nothing: a line
 * ending in a colon („Bericht:“) over a numbered list is no assumed decision part there, as it may be in a
 * Beschlussvorlage whose heading the reader does not know.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("m"));
const li = (label: string, text: string): ParagraphInput => ({ text, label: `${label}\t` });
const doc = (type: string) => [
  type,
  "Vorlage-Nr.: 2027/0311",
  "Betreff: Stand der Schulwegsicherung",
  "Bericht:",
  li("1.", "An drei Schulen wurden Lotsen eingesetzt."),
  li("2.", "Zwei Ampeln wurden neu geschaltet."),
  "Finanzielle Auswirkungen: keine",
];

describe("a Mitteilung's numbered list", () => {
  it("is no decision in a Mitteilungsvorlage", () => {
    expect(read(doc("Mitteilungsvorlage")).vorlage.sections).toEqual([]);
  });

  it("is no decision in an Informationsvorlage", () => {
    expect(read(doc("Informationsvorlage")).vorlage.sections).toEqual([]);
  });

  it("still opens an assumed decision part in a Beschlussvorlage", () => {
    expect(read(doc("Beschlussvorlage")).vorlage.sections.map((s) => s.clauses.length)).toEqual([2]);
  });
});
