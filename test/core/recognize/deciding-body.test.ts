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

describe("a Gremium and Sitzungsdatum the header states by label, beside a Beratungsfolge", () => {
  const labelled = ["Vorlagen-Nr. 25-V-03-0042", "Gegenstand: Baumpflanzung Kastellstraße", "Gremium: Stadtverordnetenversammlung\tSitzung am: 22.05.2025"];

  it("keeps the header's values over the only row of a table that does not say it decides, and over a body named in the letterhead", () => {
    const r = read([
      "Der Magistrat – Umweltamt",
      ...labelled,
      "Beratungsfolge",
      ...row(1, 0, ["Gremium", "Sitzung am", "Bemerkung"]),
      ...row(1, 1, ["Ortsbeirat Mitte", "12.05.2025", "Antragsteller Herr K. Braun"]),
      ...decision("Der Baumpflanzung wird zugestimmt."),
    ]);
    expect(taken(r)).toEqual(["Stadtverordnetenversammlung", "2025-05-22"]);
  });

  it("takes neither where the header and the row marked as deciding contradict each other, and says so naming both", () => {
    const r = read([
      ...labelled,
      ...row(1, 0, ["Gremium", "Sitzung am", "Zuständigkeit"]),
      ...row(1, 1, ["Ortsbeirat Mitte", "12.05.2025", "Entscheidung"]),
      ...decision("Der Baumpflanzung wird zugestimmt."),
    ]);
    expect(taken(r)).toEqual(["", ""]);
    const doubt = r.findings.find((f) => f.code === "recognize-uncertain" && f.params?.["field"] === "header.gremium");
    expect(String(doubt?.params?.["auszug"])).toContain("Stadtverordnetenversammlung");
    expect(String(doubt?.params?.["auszug"])).toContain("Ortsbeirat Mitte");
  });

  it("takes the deciding row where it agrees with the header", () => {
    const r = read([
      ...labelled,
      ...row(1, 0, ["Gremium", "Sitzung am", "Zuständigkeit"]),
      ...row(1, 1, ["Ortsbeirat Mitte", "12.05.2025", "Vorberatung"]),
      ...row(1, 2, ["Stadtverordnetenversammlung", "22.05.2025", "Entscheidung"]),
      ...decision("Der Baumpflanzung wird zugestimmt."),
    ]);
    expect(taken(r)).toEqual(["Stadtverordnetenversammlung", "2025-05-22"]);
    expect(r.findings.filter((f) => f.code === "recognize-uncertain" && String(f.params?.["field"]).startsWith("header."))).toEqual([]);
  });
});
