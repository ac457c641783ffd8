/**
 * @jest-environment jsdom
 */
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { escapeHtml } from "../../../src/core/report/escape-html";
import { buildReport } from "../../../src/core/report/report-model";
import { reportHtml } from "../../../src/core/report/report-html";
import { reportText } from "../../../src/i18n/report-messages";
import { completeVorlage } from "../../fixtures/builders";
import { distinct, readOf, unreadable, withHeader, withMoney } from "./report-fixtures";

const de = reportText("de", WIESBADEN);
const AT = "2026-11-26T14:05:00Z";

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

const HOSTILE = [
  '<script>alert("x")</script>',
  '<img src=x onerror="alert(1)">',
  "javascript:alert(document.cookie)",
  '"><svg onload=alert(1)>',
  "</td></tr></table><iframe src=//evil>",
];

describe("the HTML report", () => {
  it("keeps markup-looking text in a Betreff, a file name and a reason as text", () => {
    const results = HOSTILE.map((betreff, i) => readOf(`${HOSTILE[i]}.docx`, withHeader({ betreff })));
    const html = reportHtml(buildReport(distinct([...results, unreadable("<b>x</b>.docx", "<script>1</script>")])), de, AT);
    const doc = parse(html);
    expect(doc.querySelectorAll("script, img, iframe, svg, a, [onerror], [onload], [href], [src]")).toHaveLength(0);
    const cells = [...doc.querySelectorAll("tbody tr")].map((tr) => tr.textContent ?? "");
    for (const text of HOSTILE) expect(cells.some((c) => c.includes(text))).toBe(true);
    expect(doc.body.textContent).toContain("<script>1</script>");
  });

  it("is self-contained: no script, nothing fetched, a CSP that forbids both, A4 landscape for print", () => {
    const html = reportHtml(buildReport([readOf("a.docx", completeVorlage())]), de, AT);
    expect(html).not.toMatch(/<script|<link|@import|url\(|src=|href=/iu);
    const doc = parse(html);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toMatch(/default-src 'none'/u);
    expect(doc.querySelector("style")?.textContent).toMatch(/@page\s*\{\s*size:\s*A4 landscape/u);
    expect(doc.documentElement.lang).toBe("de");
  });

  it("shows one row per file with status and counts, the summary and each file's findings in German", () => {
    const report = buildReport(distinct([readOf("a.docx", completeVorlage()), readOf("b.docx", withHeader({ gremium: "" })), unreadable("c.docx")]));
    const doc = parse(reportHtml(report, de, AT));
    const table = [...doc.querySelectorAll("table")].at(-1) as HTMLTableElement;
    const rows = [...table.querySelectorAll("tbody.doc > tr:first-child")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(["a.docx", "25-V-03-0012", "Beschaffung von Lastenrädern für den Bürgerservice", "Dezernat\u00a0III", "Magistrat", "06.05.2025", "12.400\u00a0€", "einmalig", "vollständig", "0", "0", "gegliedert"]);
    expect(rows[1]?.[8]).toBe("unvollständig");
    expect(table.querySelectorAll("tbody.doc")[1]?.querySelector("tr.why")?.textContent).toBe("Pflichtangabe fehlt: Gremium.");
    expect(rows[1]?.[9]).toBe(String(report.rows[1]?.errors));
    expect(rows[2]?.[8]).toContain("nicht lesbar");
    // Not checked, so not counted: an empty cell, not a 0 that reads as "nothing wrong".
    expect(rows[2]?.slice(9, 11)).toEqual(["", ""]);
    expect(doc.body.textContent).toContain("1 von 3 Vorlagen vollständig, 1 unvollständig, 1 nicht lesbar.");
    expect(doc.body.textContent).toContain("Pflichtangabe fehlt: Gremium.");
    expect(doc.body.textContent).toContain("Erstellt am");
  });

  it("names each kind of open error in German words and never shows an internal code", () => {
    const results = [readOf("eingang/b.docx", withHeader({ vorlagenNr: "", gremium: "" })), readOf("eingang/c.docx", { ...completeVorlage(), verteiler: [] }), readOf("eingang/d.docx", withMoney("VII", 100, undefined))];
    const report = buildReport(distinct(results));
    const codes = new Set(report.rows.flatMap((r) => r.findings.map((f) => f.code)));
    expect(codes).toContain("field-missing");
    const doc = parse(reportHtml(report, de, AT));
    const text = doc.body.textContent ?? "";
    for (const code of codes) expect(text).not.toContain(code);
    expect(doc.querySelectorAll("code")).toHaveLength(0);
    const kinds = [...doc.querySelectorAll("table")][0]?.querySelectorAll("tbody tr td:first-child");
    expect([...(kinds ?? [])].map((td) => td.textContent)).toEqual(expect.arrayContaining(["Pflichtangabe fehlt", "Verteiler fehlt"]));
  });

  it("names a kind the catalogue has no word for by its finding's sentence, not by its code", () => {
    // No kind word exists for this code (a warning as the validator gives it), made an error here.
    const odd = { code: "bezug-incomplete", severity: "error" as const, location: { type: "document" as const }, params: {} };
    const report = buildReport([{ file: "a.docx", readable: true, structured: true, recovered: false, findings: [odd], vorlage: completeVorlage() }]);
    const doc = parse(reportHtml(report, de, AT));
    const kind = [...doc.querySelectorAll("table")][0]?.querySelector("tbody td")?.textContent;
    expect(kind).toBe("Beim Bezug auf einen früheren Beschluss fehlen Gremium, Datum oder BP-Nummer.");
    expect(doc.body.textContent).not.toContain("bezug-incomplete");
  });

  it("prints under each document's row, across the whole width and kept with it on the page, why it is not ready: every error as its German sentence", () => {
    const report = buildReport([readOf("b.docx", withHeader({ vorlagenNr: "", gremium: "" })), readOf("a.docx", completeVorlage())]);
    const doc = parse(reportHtml(report, de, AT));
    const table = [...doc.querySelectorAll("table")].at(-1) as HTMLTableElement;
    expect(table.querySelectorAll("thead th")[8]?.textContent).toBe("Status");
    const [incomplete, complete] = [...table.querySelectorAll("tbody.doc")];
    const [values, why, ...more] = [...(incomplete?.querySelectorAll("tr") ?? [])];
    expect(more).toHaveLength(0);
    expect(values?.querySelectorAll("td")[8]?.querySelector(".status")?.textContent).toBe("unvollständig");
    const across = why?.querySelector("td");
    expect(across?.getAttribute("colspan")).toBe(String(table.querySelectorAll("thead th").length));
    const reasons = [...(across?.querySelectorAll("ul.reasons li") ?? [])].map((li) => li.textContent);
    expect(reasons).toEqual(expect.arrayContaining(["Pflichtangabe fehlt: Vorlagen-Nr.", "Pflichtangabe fehlt: Gremium."]));
    expect(reasons).toHaveLength(report.rows[0]?.errors ?? -1);
    expect(complete?.querySelectorAll("tr")).toHaveLength(1);
    expect(complete?.querySelectorAll("td")[8]?.textContent).toBe("vollständig");
    expect(doc.querySelector("style")?.textContent).toMatch(/tbody\.doc\s*\{\s*break-inside:\s*avoid/u);
  });

  it("shows each file by the name it is given, relative to the named folder, in the table and in the details", () => {
    const report = buildReport(distinct([readOf("Dezernat II/a.docx", completeVorlage()), readOf("Dezernat II/nachgereicht/b.docx", withHeader({ gremium: "" })), unreadable("c.docx")]));
    const doc = parse(reportHtml(report, de, AT));
    const table = [...doc.querySelectorAll("table")].at(-1) as HTMLTableElement;
    expect([...table.querySelectorAll("tbody.doc > tr:first-child")].map((tr) => tr.querySelector("td")?.textContent)).toEqual(["Dezernat II/a.docx", "Dezernat II/nachgereicht/b.docx", "c.docx"]);
    const meta = [...doc.querySelectorAll("section.details p.meta")].map((p) => p.textContent?.split(" · ")[0]);
    expect(meta).toEqual(["Dezernat II/a.docx", "Dezernat II/nachgereicht/b.docx", "c.docx"]);
    expect(doc.body.textContent).not.toMatch(/\/(tmp|home|work)\//u);
  });

  it("shows status, reading and severity in words, not the values behind them", () => {
    const report = buildReport(distinct([readOf("a.docx", completeVorlage()), readOf("b.docx", withHeader({ gremium: "" }), false), unreadable("c.docx")]));
    const text = parse(reportHtml(report, de, AT)).body.textContent ?? "";
    for (const value of ["vollstaendig", "unvollstaendig", "nicht-lesbar", "structured", "recognized", "unreadable"]) expect(text).not.toContain(value);
    expect(text).toContain("Fehler: Pflichtangabe fehlt: Gremium.");
  });

  it("draws the money by Dezernat as bars proportional to the totals", () => {
    const doc = parse(reportHtml(buildReport(distinct([readOf("a", withMoney("VII", 200_000, "einmalig")), readOf("b", withMoney("III", 50_000, "jaehrlich"))])), de, AT));
    const bars = [...doc.querySelectorAll(".bar")].map((b) => (b as HTMLElement).style.width);
    expect(bars).toEqual(["100%", "25%"]);
    expect(doc.body.textContent).toContain("Dezernat\u00a0VII");
  });

  it("is English with the English words", () => {
    const doc = parse(reportHtml(buildReport([readOf("a.docx", withHeader({ gremium: "" }))]), reportText("en", WIESBADEN), AT));
    expect(doc.documentElement.lang).toBe("en");
    expect(doc.body.textContent).toContain("0 of 1 proposal complete, 1 incomplete, 0 not readable.");
    expect(doc.body.textContent).toContain("Open errors by kind");
  });

  it("escapes every character that could open markup or leave an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`</a>`)).toBe("&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#96;&#60;/a&#62;");
  });
});
