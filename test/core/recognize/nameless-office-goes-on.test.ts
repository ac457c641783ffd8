import { sequentialIds } from "../../../src/core/model/ids";
import { KARLSRUHE } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A label whose value is only the kind of an office („Dienststelle: Eigenbetrieb“) names no office yet: its name
 * stands on the line below (a PDF's text breaks the cell there), and that line is no Betreff.
 */
const read = (lines: readonly string[]) => recognize(lines, KARLSRUHE, sequentialIds("n"));
const doc = (dienststelle: readonly string[]) => [
  "Beschlussvorlage",
  "Vorlage Nr.: 2027/0555 Verantwortlich: Dez. 5",
  ...dienststelle,
  "Erneuerung des Regenüberlaufbeckens Am Hang",
  "Beratungsfolge dieser Vorlage",
  "Gremium Termin TOP Ö / N Ergebnis",
  "Gemeinderat 20.04.2027 9 Ö Entscheidung",
  "Beschlussantrag",
  "Der Gemeinderat beschließt die Erneuerung des Regenüberlaufbeckens.",
];

describe("a label's value that is only the kind of an office", () => {
  it("goes on below: the Betreff is the line after the office's name", () => {
    expect(read(doc(["Dienststelle: Eigenbetrieb", "Stadtentwässerung Nord"])).vorlage.header.betreff).toBe("Erneuerung des Regenüberlaufbeckens Am Hang");
  });

  it("changes nothing where the office's name stands on the label's line", () => {
    expect(read(doc(["Dienststelle: Eigenbetrieb Stadtentwässerung Nord"])).vorlage.header.betreff).toBe("Erneuerung des Regenüberlaufbeckens Am Hang");
  });
});
