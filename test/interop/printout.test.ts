import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Vorlage } from "../../src/core/model/vorlage";
import { KARLSRUHE, WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { checkFile } from "../../src/cli/check-file";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { reference0057 } from "../fixtures/reference-0057";
import { EXPECTED_0057 } from "../fixtures/expected-0057";
import { convert, findSoffice } from "./libreoffice";
import { compareLines, firstPagePng, originalLines, PAGE_NUMBER, printedPages } from "./printout";

/**
 * The printout: our .docx through LibreOffice to PDF and back to text, line by line
 * against what the office's original shows. The expected lines are our own fixture: the
 * layout of Beschluss 0057 with the clause texts of test/fixtures/reference-0057.ts (npm
 * run acceptance compares with the real text in ../shared).
 */
const soffice = findSoffice();
if (!soffice && process.env["CI"]) throw new Error("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui");
const suite = soffice ? describe : describe.skip;
if (!soffice) console.warn("LibreOffice not installed: printout tests skipped (apt-get install libreoffice-writer-nogui poppler-utils)");

const NOW = "2024-03-21T10:00:00Z";
const pdfOf = (v: Vorlage, profile = WIESBADEN): Buffer => convert(soffice as string, "vorlage.docx", DocxDocument.create(v, profile, NOW).save(), "pdf");


suite("the printout of Beschluss 0057 (LibreOffice → PDF → text)", () => {
  let pages: string[][];
  let pdf: Buffer;
  beforeAll(() => {
    pdf = pdfOf(reference0057());
    pages = printedPages(pdf);
  }, 120_000);

  it("has the original's lines in order, apart from whitespace and the letterhead", () => {
    const result = compareLines(originalLines(EXPECTED_0057), pages.flat());
    expect(result).toEqual({ ok: true, letterhead: ["Stadtverordnetenversammlung"] });
  });

  it("prints nothing the original does not: no data-dump labels, no empty labels, no prompts", () => {
    const all = pages.flat().join("\n");
    expect(all).not.toMatch(/Finanzielle Auswirkungen|Gremium:|Vorlagenart|Federführung|beteiligt:|Produkt|Kostenstelle|‹/u);
  });

  it("numbers the pages in the city's form at the foot of each page; the second Zeichnung block starts page 2", () => {
    expect(pages).toHaveLength(2);
    expect(pages.map((p) => p[p.length - 1]?.replace(/\s/g, ""))).toEqual(["-1-", "-2-"]);
    expect(pages.every((p) => PAGE_NUMBER.test(p[p.length - 1] as string))).toBe(true);
    expect(pages[1]?.[0]).toBe("Der Magistrat");
  });

  it("saves the first page as a PNG to test-results/ for a person to judge", () => {
    const png = firstPagePng(pdf, join(__dirname, "../../test-results"), "beschluss-0057-seite-1");
    expect(png).toMatch(/beschluss-0057-seite-1\.png$/);
  });
});

suite("`beschluss check` on the printed Vorlage", () => {
  const filled = (): Vorlage => {
    const v = reference0057();
    const f = v.finanzierung as NonNullable<Vorlage["finanzierung"]>;
    return {
      ...v,
      finanzierung: {
        ...f,
        quellen: f.quellen.map((q, i) => ({ ...q, stelle: { ...q.stelle, produkt: `1.11.0${i + 1}`, kostenstelle: `47110${i + 1}` } })),
      },
    };
  };

  it("finds exactly the two Produkt/Kostenstelle warnings while they are empty, and nothing once they are filled", () => {
    const dir = mkdtempSync(join(tmpdir(), "check-"));
    const empty = join(dir, "leer.docx");
    const full = join(dir, "0057.docx");
    writeFileSync(empty, DocxDocument.create(reference0057(), WIESBADEN, NOW).save());
    writeFileSync(full, DocxDocument.create(filled(), WIESBADEN, NOW).save());
    const before = checkFile(empty, WIESBADEN, "de");
    expect(before.readable && before.findings.map((f) => f.code)).toEqual(["finanzierung-quelle-stelle-incomplete", "finanzierung-quelle-stelle-incomplete"]);
    const after = checkFile(full, WIESBADEN, "de");
    expect(after.readable && [after.structured, after.complete, after.findings]).toEqual([true, true, []]);
  });

  it("finds nothing either after LibreOffice saved the filled file as its own .docx", () => {
    const dir = mkdtempSync(join(tmpdir(), "check-"));
    const file = join(dir, "0057-lo.docx");
    writeFileSync(file, convert(soffice as string, "0057.docx", DocxDocument.create(filled(), WIESBADEN, NOW).save(), "docx:MS Word 2007 XML"));
    const r = checkFile(file, WIESBADEN, "de");
    expect(r.readable && [r.recovered, r.findings]).toEqual([true, []]);
  }, 120_000);
});

suite("the printout on Karlsruhe's profile", () => {
  it("has Karlsruhe's own layout: title, „Vorlage Nr.:“, Roman sections, the Finanzierung table and „– 1 –“", () => {
    const v: Vorlage = { ...reference0057(), zustaendigkeit: { federfuehrend: "6", beteiligt: ["2"] }, bezuege: [] };
    const pages = printedPages(pdfOf(v, KARLSRUHE));
    const lines = pages.flat();
    const at = (l: string) => lines.findIndex((x) => x.startsWith(l));
    const order = ["Beschlussvorlage", "Vorlage Nr.: 24-V-07-0001", "Verantwortlich: Dez. 6", "Beitritt NExT e. V.", "Gremium: Stadtverordnetenversammlung, Termin: 21.03.2024, TOP 10, Ö", "I. Zur Kenntnisnahme", "1. der Verein NExT", "II. Beschlussantrag", "Finanzierung", "Finanzielle Auswirkungen Ja", "Betrag 1.000,00 € jährlich", "Dem Magistrat"].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(lines).not.toContain("Tagesordnung II Punkt 10 der öffentlichen Sitzung am 21. März 2024");
    expect(pages[0]?.[pages[0].length - 1]).toMatch(/^–\s*1\s*–$/u);
  }, 120_000);
});
