import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { reportCsv } from "../../../src/core/report/report-csv";
import { reportHtml } from "../../../src/core/report/report-html";
import { buildReport, summarize } from "../../../src/core/report/report-model";
import { readEntry } from "../../../src/desk/read-entry";
import { reportText } from "../../../src/i18n/report-messages";
import { plainDocx } from "../../fixtures/docx";
import { distinct, readOf, withMoney } from "./report-fixtures";

/** A plain Wiesbaden-style document with these decision clauses, read as `check` and the reviewers' page read it. */
const plain = (file: string, nr: string, ...decision: string[]) =>
  readEntry(
    0,
    file,
    plainDocx([
      "Tagesordnung I Punkt 7 der öffentlichen Sitzung am 14. Mai 2025",
      `Vorlagen-Nr. ${nr}`,
      "Ausstattung der Stadtteilbibliotheken",
      "Beschluss Nr. 0140",
      "1. Es wird beschlossen, dass",
      ...decision.map((d, i) => `- 1.${i + 1} ${d}`),
      "Dem Magistrat",
      "mit der Bitte um weitere Veranlassung",
      "Wiesbaden, 14.05.2025",
      "im Auftrag",
      "Muster",
    ]),
    WIESBADEN,
  ).row;

describe("an amount read with doubt", () => {
  const doubtful = plain("zweifel.docx", "25-V-07-0031", "für die Planung 3.000 € und für den Bau 9.000 € im Haushaltsjahr 2025 aus dem Budget des Dezernats VII bereitgestellt werden;");
  const certain = plain("sicher.docx", "25-V-07-0032", "für die Ausstattung einmalig 4.000 € im Haushaltsjahr 2025 aus dem Budget des Dezernats VII bereitgestellt werden;");

  it("is named by recognition, and the row shows it as „unsicher gelesen“ without the amount", () => {
    expect(doubtful.findings.some((f) => f.code === "recognize-uncertain" && f.params["field"] === "finanzierung.betrag")).toBe(true);
    expect(doubtful).toMatchObject({ betragCent: undefined, betragZweifel: "unsicher" });
    expect(certain).toMatchObject({ betragCent: 400_000, betragZweifel: undefined, turnus: "einmalig" });
  });

  it("keeps the Turnus that was read for certain, and still enters no sum", () => {
    const yearly = plain("zweifel-jaehrlich.docx", "25-V-07-0033", "für die Planung 3.000 € und für den Bau 9.000 € jährlich ab dem Haushaltsjahr 2025 aus dem Budget des Dezernats VII bereitgestellt werden;");
    expect(yearly).toMatchObject({ betragCent: undefined, betragZweifel: "unsicher", turnus: "jaehrlich" });
    const report = { rows: [yearly], summary: summarize([yearly]) };
    expect(reportCsv(report, reportText("de", WIESBADEN)).split("\r\n")[1]?.split(";").slice(6, 8)).toEqual(["unsicher gelesen", "jährlich"]);
    expect(report.summary.moneyByDezernat).toEqual([]);
  });

  it("never enters the sums by Dezernat", () => {
    expect(summarize([doubtful, certain]).moneyByDezernat).toEqual([{ dezernat: "VII", einmaligCent: 400_000, jaehrlichCent: 0, ohneTurnusCent: 0, profile: "wiesbaden", totalCent: 400_000, vorlagen: 1 }]);
  });

  it("stands in the CSV's amount column as words, never as a number, and so in the HTML report", () => {
    const report = { rows: [doubtful, certain], summary: summarize([doubtful, certain]) };
    const de = reportText("de", WIESBADEN);
    const [, first, second] = reportCsv(report, de).split("\r\n");
    expect(first?.split(";")[6]).toBe("unsicher gelesen");
    expect(second?.split(";")[6]).toBe("4000,00");
    expect(reportHtml(report, de, "2025-05-01T10:00:00Z")).toContain('<td class="num">unsicher gelesen</td>');
    expect(reportCsv(report, reportText("en", WIESBADEN)).split("\r\n")[1]?.split(";")[6]).toBe("read with doubt");
  });
});

describe("an amount the decision contradicts", () => {
  it("is not summed either: a reviewer must first say which is right", () => {
    const base = withMoney("III", 100_000, "jaehrlich");
    const contradicted = { ...base, sections: base.sections.map((s) => (s.kind === "beschluss" ? { ...s, clauses: [{ id: "b1", text: "der jährliche Beitrag von 1.500 € gezahlt wird;" }] } : s)) };
    const report = buildReport(distinct([readOf("a.docx", contradicted), readOf("b.docx", withMoney("III", 50_000, "jaehrlich"))]));
    expect(report.rows[0]).toMatchObject({ status: "unvollstaendig", betragCent: undefined, betragZweifel: "widerspruechlich" });
    expect(report.summary.moneyByDezernat).toEqual([{ dezernat: "III", einmaligCent: 0, jaehrlichCent: 50_000, ohneTurnusCent: 0, totalCent: 50_000, vorlagen: 1 }]);
  });

  it("is „widersprüchlich“ (not „unsicher gelesen“) in the CSV and the HTML report, with the Turnus it was read with", () => {
    const base = withMoney("III", 100_000, "jaehrlich");
    const contradicted = { ...base, sections: base.sections.map((s) => (s.kind === "beschluss" ? { ...s, clauses: [{ id: "b1", text: "der jährliche Beitrag von 1.500 € gezahlt wird;" }] } : s)) };
    const report = buildReport([readOf("a.docx", contradicted)]);
    expect(report.rows[0]).toMatchObject({ betragZweifel: "widerspruechlich", turnus: "jaehrlich" });
    const de = reportText("de", WIESBADEN);
    const cells = reportCsv(report, de).split("\r\n")[1]?.split(";");
    expect(cells?.slice(6, 8)).toEqual(["widersprüchlich", "jährlich"]);
    const html = reportHtml(report, de, "2025-05-01T10:00:00Z");
    expect(html).toContain('<td class="num">widersprüchlich</td><td>jährlich</td>');
    expect(html).not.toContain("unsicher gelesen");
    expect(reportCsv(report, reportText("en", WIESBADEN)).split("\r\n")[1]?.split(";").slice(6, 8)).toEqual(["contradictory", "yearly"]);
    expect(report.summary.moneyByDezernat).toEqual([]);
  });
});
