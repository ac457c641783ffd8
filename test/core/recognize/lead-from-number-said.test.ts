import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";
import { formatFinding } from "../../../src/i18n/format-finding";

/**
 * A Federführung the document does not name, derived from the office code of its Vorlagen-Nr. („25-V-05-0012“ →
 * Dezernat V), is inferred as the Gremium is: recognition says so, so that the reviewer knows no label names it
 * (tryout7 F7). A labelled Federführung is stated and gets no such hint.
 */
const body = (head: readonly string[]) => [
  "Vorlagen-Nr. 25-V-05-0012",
  "Betreff: Sanierung der Turnhalle Kastel",
  ...head,
  "1. Es wird beschlossen, dass",
  "1.1 die Turnhalle Kastel saniert wird.",
  "Dezernat III",
  "mit der Bitte um Kenntnisnahme",
];
const inferred = (head: readonly string[]) => recognize(body(head), WIESBADEN, sequentialIds("f")).findings.filter((f) => f.code === "recognize-federfuehrung-inferred");

describe("a Federführung derived from the Vorlagen-Nr.", () => {
  it("is said to be inferred from the number's office code", () => {
    const r = recognize(body([]), WIESBADEN, sequentialIds("f"));
    expect(r.vorlage.zustaendigkeit.federfuehrend).toBe("V");
    const found = r.findings.filter((f) => f.code === "recognize-federfuehrung-inferred");
    expect(found.map((f) => [f.severity, f.params["dezernat"], f.params["vorlagenNr"]])).toEqual([["info", "V", "25-V-05-0012"]]);
    expect(formatFinding(found[0] as (typeof found)[number], "de", WIESBADEN)).toContain("„25-V-05-0012“");
  });

  it("is no inference where a label names it", () => {
    expect(inferred(["Federführendes Dezernat: Dezernat V"])).toEqual([]);
    expect(inferred(["Federführung: Dezernat II"])).toEqual([]);
  });
});
