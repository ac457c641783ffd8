import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { buildReport } from "../../../src/core/report/report-model";
import { csvCell, reportCsv } from "../../../src/core/report/report-csv";
import { reportText } from "../../../src/i18n/report-messages";
import { completeVorlage } from "../../fixtures/builders";
import { distinct, readOf, unreadable, withHeader, withMoney } from "./report-fixtures";

/** RFC 4180 with `;`, written from the RFC rather than from our writer: quoted cells, doubled quotes, line breaks in quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ";") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const de = reportText("de", WIESBADEN);

describe("the CSV for German Excel", () => {
  const csv = reportCsv(buildReport(distinct([readOf("eingang/a.docx", completeVorlage()), readOf("b.docx", withHeader({ gremium: "" })), unreadable("c.docx")])), de);

  it("starts with a UTF-8 byte order mark and separates cells with semicolons and rows with CRLF", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split("\r\n")[0]).toBe("\uFEFFDatei;Vorlagen-Nr.;Betreff;Federführung;Gremium;Sitzungsdatum;Betrag;Turnus;Status;Fehler;Warnungen;Gelesen als;Gründe;Mehrfach vorhanden");
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("writes one row per file with German dates and amounts Excel reads as numbers", () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual(["eingang/a.docx", "25-V-03-0012", "Beschaffung von Lastenrädern für den Bürgerservice", "Dezernat III", "Magistrat", "06.05.2025", "12400,00", "einmalig", "vollständig", "0", "0", "gegliedert", "", ""]);
    expect(rows[2]?.[8]).toBe("unvollständig");
    expect(Number(rows[2]?.[9])).toBeGreaterThan(0);
    expect(rows[3]?.[8]).toBe("nicht lesbar: keine .docx-Datei (kein ZIP-Archiv)");
  });

  it("writes the Federführung as the profile names the Dezernat, and nothing where none is stated", () => {
    const rows = parseCsv(reportCsv(buildReport(distinct([readOf("a.docx", withMoney("VII", 100, "einmalig")), readOf("b.docx", withMoney("", 100, "einmalig"))])), de).slice(1));
    expect(rows.slice(1).map((r) => r[3])).toEqual(["Dezernat VII", ""]);
  });

  it("leaves the counts of an unreadable file empty: it was not checked, and 0 would read as nothing wrong", () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[3]?.slice(9, 11)).toEqual(["", ""]);
    expect(rows[1]?.slice(9, 11)).toEqual(["0", "0"]);
  });

  it("quotes cells holding the separator, quotes or line breaks, and they read back unchanged", () => {
    const betreff = 'Sanierung „Haus B“; Teil 2 – "Dach"\nund Fassade';
    const rows = parseCsv(reportCsv(buildReport([readOf("x.docx", withHeader({ betreff }))]), de).slice(1));
    expect(rows[1]?.[2]).toBe(betreff);
    expect(rows[1]).toHaveLength(14);
  });

  it.each(["=HYPERLINK(\"http://x\")", "+49 611", "-1+1", "@SUMME(A1)", "\tTab"])("neutralises a cell beginning like a formula: %s", (betreff) => {
    const rows = parseCsv(reportCsv(buildReport([readOf("x.docx", withHeader({ betreff }))]), de).slice(1));
    expect(rows[1]?.[2]).toBe(`'${betreff}`);
  });

  it("keeps a negative plain number a number", () => {
    expect(csvCell("-1250,00")).toBe("-1250,00");
    expect(csvCell("-1250,00 =A1")).toBe("'-1250,00 =A1");
  });

  it("says in a column „Gründe“ why a Vorlage is not ready: every error as its German sentence, in one cell", () => {
    const report = buildReport([readOf("b.docx", withHeader({ vorlagenNr: "", gremium: "" })), readOf("a.docx", completeVorlage()), unreadable("c.docx")]);
    const rows = parseCsv(reportCsv(report, de).slice(1));
    expect(rows.every((r) => r.length === 14)).toBe(true);
    expect(rows[0]?.[12]).toBe("Gründe");
    const errors = report.rows[0]?.findings.filter((f) => f.severity === "error") ?? [];
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(rows[1]?.[12]).toBe(errors.map((f) => de.finding(f)).join("; "));
    expect(rows[1]?.[12]).toContain("Pflichtangabe fehlt: Vorlagen-Nr.");
    expect(rows[1]?.[12]).toContain("Pflichtangabe fehlt: Gremium.");
    expect(rows[1]?.[12]).not.toMatch(/field-missing/u);
    // Complete: nothing to say; unreadable: the reason it could not be read.
    expect(rows[2]?.[12]).toBe("");
    expect(rows[3]?.[12]).toBe("keine .docx-Datei (kein ZIP-Archiv)");
  });

  it("keeps the reasons one cell although they are joined by semicolons, and neutralises one that begins like a formula", () => {
    const report = buildReport([readOf("b.docx", withHeader({ vorlagenNr: "", gremium: "" }))]);
    const csv = reportCsv(report, de);
    const line = csv.split("\r\n")[1] ?? "";
    expect(line).toMatch(/;"Pflichtangabe fehlt: [^"]*; Pflichtangabe fehlt: [^"]*";$/u);
    const formula = reportCsv(report, { ...de, finding: () => "=HYPERLINK(\"http://x\")" });
    expect(parseCsv(formula.slice(1))[1]?.[12]).toBe('\'=HYPERLINK("http://x"); =HYPERLINK("http://x")');
  });

  it("writes English labels and decimal points with --lang en", () => {
    const en = reportCsv(buildReport([readOf("a.docx", completeVorlage())]), reportText("en", WIESBADEN));
    const rows = parseCsv(en.slice(1));
    expect(rows[0]?.[0]).toBe("File");
    expect(rows[1]?.[5]).toBe("2025-05-06");
    expect(rows[1]?.[6]).toBe("12400.00");
    expect(rows[1]?.[8]).toBe("complete");
  });
});
