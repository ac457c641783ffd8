import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * Hamburg's Drucksachen: a head of label tables without colons („Drucksache | 22-0815“), the Beratungsfolge, then the title on
 * a line of its own without a label, then „Sachverhalt:“. The title is the Betreff; a sentence or a label in its place is none.
 */
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const head = [...row(0, 0, ["Drucksache", "22-0815"]), ...row(0, 1, ["Datum", "03.11.2027"]), ...row(1, 0, ["Beratungsfolge", "Datum", "Zuständigkeit"]), ...row(1, 1, ["Bezirksversammlung", "25.11.2027", "Entscheidung"])];
const read = (title: string) =>
  recognize([...head, title, "Sachverhalt:", "Der Zuschnitt soll verständlich sein.", "Petitum/Beschluss:", "Die Bezirksversammlung ermächtigt den Hauptausschuss."], WIESBADEN, sequentialIds("k")).vorlage.header;

describe("a title alone between the head's tables and the first part", () => {
  it("is the Betreff", () => {
    expect(read("Ermächtigung des Hauptausschusses für einen Beschluss über die Bezirkswahlkreise").betreff).toBe("Ermächtigung des Hauptausschusses für einen Beschluss über die Bezirkswahlkreise");
  });

  it("is none where the line is a sentence", () => {
    expect(read("Die Fraktion stellt den folgenden Antrag.").betreff).toBe("");
  });
});
