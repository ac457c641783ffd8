import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * „Beteiligt: | Fachdienst Feuerwehr und Rettungsdienst ¶ Fachdienst Recht“: two offices as two paragraphs of one cell,
 * which the row's text joins with a space. The value's first word of office coming back opens the next office; read as
 * one name, the Vorlage had one Beteiligte that does not exist.
 */
const cell = (table: number, row: number, col: number, text: string): ParagraphInput => ({ text, cell: { table, row, col } });
const read = (offices: readonly string[]) =>
  recognize(
    [
      cell(1, 0, 0, "Federführend:"),
      cell(1, 0, 1, "Fachdienst Ordnung"),
      cell(1, 1, 0, "Beteiligt:"),
      ...offices.map((o) => cell(1, 1, 1, o)),
      "Betreff:",
      "Beschränkung privater Feuerwerke am Hafen",
      "Beschlussvorschlag:",
      "Die Stadtvertretung stimmt der Allgemeinverfügung zu.",
    ],
    WIESBADEN,
    sequentialIds("k"),
  ).vorlage.zustaendigkeit.beteiligt;

describe("several offices in one cell of „Beteiligt:“", () => {
  it("are one Beteiligte each where the value's word of office comes back", () => {
    expect(read(["Fachdienst Feuerwehr und Rettungsdienst", "Fachdienst Recht"])).toEqual(["Fachdienst Feuerwehr und Rettungsdienst", "Fachdienst Recht"]);
  });

  it("one office whose name holds another word of office stays whole", () => {
    expect(read(["Fachdienst Recht und Amt für Statistik"])).toEqual(["Fachdienst Recht und Amt für Statistik"]);
  });
});
