import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * Typed header lines put several „Label: Wert“ pairs on one line, separated by tabs or runs of
 * spaces: each label has its own value, and a value never swallows the next label. A Betreff
 * named by another label of the grammar („Gegenstand:“) is read without its label.
 */
const read = (head: readonly string[]) =>
  recognize(
    ["Stadt Irgendwo – Der Oberbürgermeister", "Beschlussvorlage Nr. AB/2030/7", ...head, "Beschlussvorschlag", "Der Rat beschließt:", "1. Die Stadt tritt dem Verband bei.", "Sachverhalt", "Der Beitritt kostet nichts."],
    WIESBADEN,
    sequentialIds("s"),
  ).vorlage.header;

describe("several „Label: Wert“ pairs on one header line", () => {
  it("separated by runs of spaces, each label keeps only its own value", () => {
    const header = read(["Gremium: Stadtrat     Sitzung am: 03.02.2031     öffentlich", "Betreff: Beitritt zum Verband"]);
    expect(header.gremium).toBe("Stadtrat");
    expect(header.sitzungsdatum).toBe("2031-02-03");
  });

  it("separated by tabs, each label keeps only its own value", () => {
    const header = read(["Gremium:\tStadtrat\tSitzung am:\t03.02.2031", "Betreff: Beitritt zum Verband"]);
    expect(header.gremium).toBe("Stadtrat");
    expect(header.sitzungsdatum).toBe("2031-02-03");
  });
});

describe("a Betreff under another label of the grammar", () => {
  it("„Gegenstand:“ gives the Betreff without its label", () => {
    const header = read(["Gremium: Stadtrat", "Federführung: Amt für Ordnung", "Gegenstand: Beitritt zum Verband"]);
    expect(header.betreff).toBe("Beitritt zum Verband");
  });
});
