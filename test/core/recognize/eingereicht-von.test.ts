import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * „Eingereicht von:“ names who submits the Vorlage. An office that submits it (a Dezernat, an Amt) leads
 * it; a Fraktion that submits an Antrag is no office, and no Federführung is read from it.
 */
const read = (lines: readonly string[]) => recognize(lines, WIESBADEN, sequentialIds("e"));
const doc = (submitter: string) => [
  "Beschlussvorlage",
  "Vorlage-Nr.: DS-0815/27",
  `Eingereicht von: ${submitter}`,
  "Betreff: Neue Bänke am Marktplatz",
  "Beschlussvorschlag:",
  "Die Stadtverordnetenversammlung beschließt die Aufstellung von zwölf Bänken.",
];

describe("„Eingereicht von:“ in the header", () => {
  it("takes a submitting Dezernat as the Federführung, written as its number", () => {
    expect(read(doc("Dezernat IV")).vorlage.zustaendigkeit.federfuehrend).toBe("IV");
  });

  it("takes a submitting Amt as written", () => {
    expect(read(doc("Amt für Straßenbau")).vorlage.zustaendigkeit.federfuehrend).toBe("Amt für Straßenbau");
  });

  it("reads no Federführung from a Fraktion that submits", () => {
    expect(read(doc("Fraktion Bündnis 90/Die Grünen")).vorlage.zustaendigkeit.federfuehrend).toBe("");
  });

  it("does not take the submitter for the Betreff", () => {
    expect(read(doc("Dezernat IV")).vorlage.header.betreff).toBe("Neue Bänke am Marktplatz");
  });
});
