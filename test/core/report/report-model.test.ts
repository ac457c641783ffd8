import { finanzierung } from "../../../src/core/model/builders";
import { buildReport, reasonsOf, reportRow, summarize } from "../../../src/core/report/report-model";
import { completeVorlage } from "../../fixtures/builders";
import { distinct, readOf, unreadable, withHeader, withMoney } from "./report-fixtures";

describe("a report row", () => {
  it("shows the header, the lead Dezernat and the money of a complete Vorlage", () => {
    const row = reportRow(readOf("eingang/a.docx", completeVorlage()));
    expect(row).toMatchObject({
      file: "eingang/a.docx",
      status: "vollstaendig",
      reading: "structured",
      vorlagenNr: "25-V-03-0012",
      betreff: "Beschaffung von Lastenrädern für den Bürgerservice",
      federfuehrung: "III",
      gremium: "Magistrat",
      sitzungsdatum: "2025-05-06",
      betragCent: 1_240_000,
      turnus: "einmalig",
      errors: 0,
      error: "",
    });
  });

  it("is unvollständig with its error count when a required field is missing", () => {
    const row = reportRow(readOf("b.docx", withHeader({ vorlagenNr: "", gremium: "" })));
    expect(row.status).toBe("unvollstaendig");
    expect(row.errors).toBe(row.findings.filter((f) => f.severity === "error").length);
    expect(row.errors).toBeGreaterThanOrEqual(2);
    expect(row.findings.map((f) => f.code)).toContain("field-missing");
  });

  it("counts warnings apart from errors", () => {
    const base = completeVorlage();
    const noProdukt = { ...base, finanzierung: finanzierung({ ...base.finanzierung, quellen: [{ id: "q1", stelle: { dezernat: "III", produkt: "", kostenstelle: "" }, anteil: 1 }] }) };
    const row = reportRow(readOf("w.docx", noProdukt));
    expect(row.status).toBe("vollstaendig");
    expect(row.warnings).toBeGreaterThan(0);
    expect(row.errors).toBe(0);
  });

  it("gives as reasons a row's errors in the order found, and neither its warnings nor anything for a complete or unreadable file", () => {
    const error = (field: string) => ({ code: "field-missing", severity: "error" as const, location: { type: "field" as const, field }, params: { field } });
    const warning = { code: "bezug-incomplete", severity: "warning" as const, location: { type: "document" as const }, params: {} };
    const row = reportRow({ file: "a.docx", readable: true, structured: true, recovered: false, findings: [error("header.gremium"), warning, error("header.vorlagenNr")], vorlage: completeVorlage() });
    expect(reasonsOf(row)).toEqual([error("header.gremium"), error("header.vorlagenNr")]);
    expect(reasonsOf(reportRow(readOf("b.docx", completeVorlage())))).toEqual([]);
    expect(reasonsOf(reportRow(unreadable("c.docx")))).toEqual([]);
  });

  it("is nicht lesbar with its reason and no counts for a file that could not be read", () => {
    expect(reportRow(unreadable("kaputt.docx"))).toMatchObject({ status: "nicht-lesbar", reading: "unreadable", error: "keine .docx-Datei (kein ZIP-Archiv)", errors: undefined, warnings: undefined, infos: undefined, betragCent: undefined });
  });

  it("says how the structure was obtained", () => {
    expect(reportRow(readOf("p.docx", completeVorlage(), false)).reading).toBe("recognized");
    expect(reportRow({ ...readOf("r.docx", completeVorlage(), false), recovered: true } as never).reading).toBe("recovered");
  });

  it("shows no amount for a Vorlage without financial effect", () => {
    const v = { ...completeVorlage(), finanzierung: finanzierung({ auswirkungen: false, betragCent: 500 }) };
    expect(reportRow(readOf("n.docx", v)).betragCent).toBeUndefined();
  });
});

describe("the summary", () => {
  it("counts complete, incomplete and unreadable files", () => {
    const s = buildReport(distinct([readOf("a", completeVorlage()), readOf("b", withHeader({ betreff: "" })), readOf("c", withHeader({ gremium: "" })), unreadable("d")])).summary;
    expect(s).toMatchObject({ total: 4, complete: 1, incomplete: 2, unreadable: 1 });
  });

  it("lists open errors by kind, most frequent first, with the number of files", () => {
    const rows = distinct([readOf("a", withHeader({ betreff: "", gremium: "" })), readOf("b", withHeader({ betreff: "" })), readOf("c", withHeader({ vorlagenNr: "XYZ" }))]).map(reportRow);
    const s = summarize(rows);
    expect(s.openErrors[0]).toMatchObject({ code: "field-missing", count: 3, files: 2 });
    const codes = s.openErrors.map((k) => k.code);
    expect(codes).toContain("vorlagen-nr-format");
    expect(s.openErrors.reduce((n, k) => n + k.count, 0)).toBe(rows.reduce((n, r) => n + (r.errors ?? 0), 0));
  });

  it("adds the money by lead Dezernat, keeping one-off and yearly amounts apart", () => {
    const s = summarize(
      distinct([withMoney("III", 100_000, "einmalig"), withMoney("III", 50_000, "jaehrlich"), withMoney("VII", 1_000_000, "einmalig"), withMoney("III", 25, undefined)].map((v, i) => readOf(`${i}`, v))).map(reportRow),
    );
    expect(s.moneyByDezernat).toEqual([
      { dezernat: "VII", einmaligCent: 1_000_000, jaehrlichCent: 0, ohneTurnusCent: 0, totalCent: 1_000_000, vorlagen: 1 },
      { dezernat: "III", einmaligCent: 100_000, jaehrlichCent: 50_000, ohneTurnusCent: 25, totalCent: 150_025, vorlagen: 3 },
    ]);
  });

  it("sums the money of files read with different city profiles apart: Karlsruhe's Dezernat 6 is not Wiesbaden's", () => {
    const rows = distinct([withMoney("6", 100_000, "einmalig"), withMoney("6", 50_000, "einmalig")].map((v, i) => readOf(`${i}`, v))).map(reportRow);
    const s = summarize([{ ...(rows[0] as (typeof rows)[number]), profile: "karlsruhe" }, { ...(rows[1] as (typeof rows)[number]), profile: "wiesbaden" }]);
    expect(s.moneyByDezernat.map((m) => [m.profile, m.dezernat, m.totalCent])).toEqual([
      ["karlsruhe", "6", 100_000],
      ["wiesbaden", "6", 50_000],
    ]);
  });

  it("is empty for no files", () => {
    expect(summarize([])).toEqual({ total: 0, complete: 0, incomplete: 0, unreadable: 0, keineVorlage: 0, openErrors: [], moneyByDezernat: [], superseded: 0 });
  });
});
