import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/** A Fraktion's Antrag numbers itself under „Antrags-Nr.:“ or „Antragsnummer“ (Landkreis Görlitz's Kreistag): that is its number. */
const row = (r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table: 0, row: r, col } }));

describe("the label „Antrags-Nr.“", () => {
  it.each(["Antrags-Nr.:", "Antragsnummer:", "Antrags-Nummer"])("„%s“ in a head table gives the Vorlagen-Nr.", (label) => {
    const r = recognize(
      ["Antrag", ...row(0, [label, "KT-A/0153/2027"]), ...row(1, ["Gremium:", "Kreistag"]), "Betreff", "Mehr Mittel für die Jugendarbeit", "Beschlussvorschlag", "Der Kreistag möge beschließen, die Mittel zu erhöhen."],
      WIESBADEN,
      sequentialIds("k"),
    );
    expect(r.vorlage.header.vorlagenNr).toBe("KT-A/0153/2027");
  });
});
