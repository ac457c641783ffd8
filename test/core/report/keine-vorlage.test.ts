import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { reportCsv } from "../../../src/core/report/report-csv";
import { reportHtml } from "../../../src/core/report/report-html";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { buildReport, type ReadResult } from "../../../src/core/report/report-model";
import { readEntry } from "../../../src/desk/read-entry";
import { reportText } from "../../../src/i18n/report-messages";
import { plainDocx } from "../../fixtures/docx";
import { readOf, withMoney } from "./report-fixtures";

/** A Niederschrift read as the reviewers' page and `check --report` read it. */
const entry = readEntry(
  0,
  "niederschrift.docx",
  plainDocx([
    "Niederschrift über die öffentliche Sitzung des Ausschusses für Umwelt am 12. März 2025",
    "Anwesend: Frau Muster (Vorsitz), Herr Beispiel",
    "TOP 1 – Bericht der Verwaltung zur Baumpflege 2025 mit Kosten von 40.000 €",
    "Herr Beispiel fragt nach dem Zeitplan. Die Verwaltung antwortet, die Arbeiten begännen im April.",
    "Die Sitzung endet um 18:40 Uhr.",
    "gez. Muster, Schriftführerin",
  ]),
  WIESBADEN,
);
const niederschrift = entry.row;
const asRead: ReadResult = { file: "niederschrift.docx", readable: true, structured: false, recovered: false, findings: niederschrift.findings, vorlage: entry.vorlage as Vorlage };

describe("a file that is no Vorlage in the report", () => {
  it("has a status of its own, shows only why, and takes no value of a Vorlage", () => {
    expect(niederschrift.status).toBe("keine-vorlage");
    expect(niederschrift.findings.map((f) => f.code)).toEqual(["recognize-keine-vorlage"]);
    expect(niederschrift).toMatchObject({ vorlagenNr: "", betreff: "", betragCent: undefined, gremium: "" });
  });

  it("is counted apart: neither complete nor incomplete, no open error, no money", () => {
    const report = buildReport([readOf("a.docx", withMoney("III", 500_000, "einmalig")), asRead]);
    expect(report.summary).toMatchObject({ total: 2, complete: 1, incomplete: 0, unreadable: 0, keineVorlage: 1 });
    expect(report.summary.openErrors).toEqual([]);
    expect(report.summary.moneyByDezernat.map((m) => m.totalCent)).toEqual([500_000]);
  });

  it("the HTML report and the CSV say „keine Vorlage erkannt“ with the reason", () => {
    const report = buildReport([readOf("a.docx", withMoney("III", 500_000, "einmalig")), asRead]);
    const text = reportText("de", WIESBADEN);
    const html = reportHtml(report, text, "2025-05-06T09:00:00Z");
    expect(html).toContain("1 keine Vorlage erkannt.");
    expect(html).toContain("s-keine-vorlage");
    const csv = reportCsv(report, text);
    const row = csv.split("\r\n").find((l) => l.startsWith("niederschrift.docx"));
    expect(row).toContain("keine Vorlage erkannt");
    expect(row).toContain("Keine Vorlage erkannt:");
  });
});
