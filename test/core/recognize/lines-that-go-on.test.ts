import { sequentialIds } from "../../../src/core/model/ids";
import { KARLSRUHE } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A text copied from a PDF breaks lines where the page did: a label's value or the Betreff that
 * ends with a joining word („für“, „und“, „sowie“) goes on in the line below. Found on Karlsruhe's
 * and München's published Vorlagen, where the Betreff was read as „Hochbau und“.
 */
const read = (lines: readonly string[]) => recognize(lines, KARLSRUHE, sequentialIds("k"));
const decision = ["Beschlussantrag", "Der Gemeinderat stimmt der Sanierung zu."];

describe("lines that go on below", () => {
  it("takes the rest of a label's value („Dienststelle: Amt für“ | „Straßenbau und“ | „Verkehr“) as no Betreff", () => {
    const r = read(["Beschlussvorlage", "Vorlage Nr.: 2027/0200", "Verantwortlich: Dez. 3", "Dienststelle: Amt für", "Straßenbau und", "Verkehr", "Sanierung der Brücke am Mühlbach", ...decision]);
    expect(r.vorlage.header.betreff).toBe("Sanierung der Brücke am Mühlbach");
  });

  it("joins a Betreff that breaks off at „sowie“ with its next line", () => {
    const r = read(["Beschlussvorlage", "Vorlage Nr.: 2027/0201", "Neubau der Kita am Stadtpark sowie", "Erweiterung des Spielplatzes", ...decision]);
    expect(r.vorlage.header.betreff).toBe("Neubau der Kita am Stadtpark sowie Erweiterung des Spielplatzes");
  });

  it("does not join a label line to a Betreff that ends with a joining word", () => {
    const r = read(["Beschlussvorlage", "Vorlage Nr.: 2027/0202", "Zuschuss für Vereine und", "Verantwortlich: Dez. 3", ...decision]);
    expect(r.vorlage.header.betreff).toBe("Zuschuss für Vereine und");
  });

  // A line right below it goes on with the Betreff (Karlsruhe's two-line Betreff, unlabelled-betreff-two-lines.test.ts); one after an empty line does not.
  it("keeps a Betreff that ends with a full word as it is when an empty line follows", () => {
    const r = read(["Beschlussvorlage", "Vorlage Nr.: 2027/0203", "Sanierung der Turnhalle", "", "Bauabschnitt 2", ...decision]);
    expect(r.vorlage.header.betreff).toBe("Sanierung der Turnhalle");
  });
});
