import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * The deciding Gremium and its Sitzungsdatum where the Beratungsfolge marks its row in the ways
 * offices write it (found on the fresh set): column headers with a colon or „Sitzung am“, a row
 * typed as „Gremium – Datum – Beschlussfassung“, a Beratungsfolge without a role column whose
 * deciding body the decision itself names, a label „Vorlage zur Sitzung der:“. Where nothing says
 * which body decides, none is taken.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("k"));
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const head = ["Vorlage Nr.: 7/2026", "Betreff: Ein Vorhaben"];
const decision = (clause: string) => ["Beschlussvorschlag:", clause, "Begründung:", "Das Vorhaben ist nötig."];
const taken = (r: ReturnType<typeof read>) => [r.vorlage.header.gremium, r.vorlage.header.sitzungsdatum];

describe("a Beratungsfolge table's columns as offices head them", () => {
  it("reads „Gremium | Sitzung am | Zuständigkeit“ and the row marked „Beschluss“", () => {
    const r = read([
      ...head,
      ...row(1, 0, ["Gremium", "Sitzung am", "Zuständigkeit"]),
      ...row(1, 1, ["Kreisausschuss", "09.03.2026", "Vorberatung"]),
      ...row(1, 2, ["Kreistag", "23.03.2026", "Beschluss"]),
      ...decision("Der Haushalt wird beschlossen."),
    ]);
    expect(taken(r)).toEqual(["Kreistag", "2026-03-23"]);
    expect(r.lines.filter((l) => l.decoded.role === "beratungsfolge")).toHaveLength(3);
  });

  it("reads column headers that end in a colon", () => {
    const r = read([
      ...head,
      ...row(1, 0, ["Beratungsfolge:", "Sitzungstermin:", "Zuständigkeit:"]),
      ...row(1, 1, ["Hauptausschuss", "09.03.2026", "Vorberatung"]),
      ...row(1, 2, ["Rat der Stadt", "23.03.2026", "Entscheidung"]),
      ...decision("Das Vorhaben wird umgesetzt."),
    ]);
    expect(taken(r)).toEqual(["Rat der Stadt", "2026-03-23"]);
  });
});

describe("a Beratungsfolge typed as lines", () => {
  it("reads „Gemeinderat – 19.05.2026 – Beschlussfassung“ as the deciding row", () => {
    const r = read([
      ...head,
      "Beratungsfolge:",
      "Bau- und Vergabeausschuss – 28.04.2026 – Vorberatung",
      "Hauptausschuss – 05.05.2026 – Vorberatung",
      "Gemeinderat – 19.05.2026 – Beschlussfassung",
      ...decision("Das Vorhaben wird umgesetzt."),
    ]);
    expect(taken(r)).toEqual(["Gemeinderat", "2026-05-19"]);
  });

  it("takes no row when none is marked as deciding", () => {
    const r = read([...head, "Beratungsfolge:", "Bauausschuss – 28.04.2026 – Vorberatung", "Hauptausschuss – 05.05.2026 – Vorberatung", ...decision("Das Vorhaben wird umgesetzt.")]);
    expect(taken(r)).toEqual(["", ""]);
  });
});

describe("a Beratungsfolge without a role column: the body the decision names as deciding", () => {
  const table = [
    ...row(1, 0, ["Beratungsfolge:", "Sitzungstermin:", "Abstimmungsergebnis:"]),
    ...row(1, 1, ["Ausschuss für Schule und Soziales", "17.03.2026", "einstimmig"]),
    ...row(1, 2, ["Rat der Stadt", "31.03.2026", ""]),
  ];

  it("takes the row of the body whose „beschließt“ opens the decision", () => {
    const r = read([...head, ...table, ...decision("1. Der Rat der Stadt beschließt, die Schule zu erweitern.")]);
    expect(taken(r)).toEqual(["Rat der Stadt", "2026-03-31"]);
  });

  it("takes the body of „hat der Rat … beschlossen“ among the bodies listed under „Beratungsfolge:“", () => {
    const r = read([...head, "Beratungsfolge:", "Hauptausschuss", "Rat", ...decision("Aufgrund von § 7 GO hat der Rat der Stadt in seiner Sitzung am ______ die 3. Änderung der Satzung in der Fassung der Anlage beschlossen.")]);
    expect(r.vorlage.header.gremium).toBe("Rat");
  });

  it("takes none where the decision names no body of the Beratungsfolge as deciding", () => {
    const r = read([...head, ...table, ...decision("1. Der Ausschuss für Schule und Soziales empfiehlt dem Rat der Stadt, die Schule zu erweitern.")]);
    expect(taken(r)).toEqual(["", ""]);
  });
});
