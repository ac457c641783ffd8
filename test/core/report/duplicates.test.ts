import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { markDuplicates, type VersionDates } from "../../../src/core/report/duplicates";
import { reportCsv } from "../../../src/core/report/report-csv";
import { reportHtml } from "../../../src/core/report/report-html";
import { buildReport, reportRow, summarize, type ReadResult } from "../../../src/core/report/report-model";
import { reportText } from "../../../src/i18n/report-messages";
import { readOf, unreadable, withHeader, withMoney } from "./report-fixtures";

/** A version of Vorlage 25-V-03-0012 (Dezernat III, 10.000 € einmalig unless said) with these dates. */
const version = (file: string, dates: VersionDates, betragCent = 1_000_000): ReadResult => ({ ...(readOf(file, withMoney("III", betragCent, "einmalig")) as Extract<ReadResult, { readable: true }>), dates });
const other = (file: string, nr: string, betragCent: number): ReadResult => readOf(file, withHeader({ vorlagenNr: nr }, withMoney("III", betragCent, "einmalig")));

describe("the same Vorlagen-Nr. in several files", () => {
  it("flags every one of its rows and counts only the newest version by the metadata's modified date", () => {
    const rows = markDuplicates(
      [
        version("v1.docx", { metadataModified: "2025-03-01T10:00:00Z", fileModified: "2025-05-01T00:00:00Z" }, 100_000),
        version("v3.docx", { metadataModified: "2025-04-01T10:00:00Z" }, 300_000),
        version("v2.docx", { metadataModified: "2025-03-15T10:00:00Z" }, 200_000),
        other("x.docx", "25-V-03-0099", 50_000),
      ].map(reportRow),
    );
    expect(rows.map((r) => r.duplicate && { copies: r.duplicate.copies, counted: r.duplicate.counted, countedFile: r.duplicate.countedFile, by: r.duplicate.by })).toEqual([
      { copies: 3, counted: false, countedFile: "v3.docx", by: "metadata" },
      { copies: 3, counted: true, countedFile: "v3.docx", by: "metadata" },
      { copies: 3, counted: false, countedFile: "v3.docx", by: "metadata" },
      undefined,
    ]);
  });

  it("counts it once in every total: files, status counts, open errors and the money by Dezernat", () => {
    const s = summarize(
      [
        version("v1.docx", { metadataModified: "2025-03-01T10:00:00Z" }, 100_000),
        version("v2.docx", { metadataModified: "2025-04-01T10:00:00Z" }, 300_000),
        { ...version("v0.docx", { metadataModified: "2025-01-01T10:00:00Z" }), vorlage: withHeader({ betreff: "" }, withMoney("III", 1, "einmalig")) } as ReadResult,
        other("x.docx", "25-V-03-0099", 50_000),
      ].map(reportRow),
    );
    expect(s).toMatchObject({ total: 2, complete: 2, incomplete: 0, unreadable: 0, superseded: 2 });
    expect(s.openErrors).toEqual([]);
    expect(s.moneyByDezernat).toEqual([{ dezernat: "III", einmaligCent: 350_000, jaehrlichCent: 0, ohneTurnusCent: 0, totalCent: 350_000, vorlagen: 2 }]);
  });

  it("falls back to the document properties' date, then the file's date, then the name", () => {
    const counted = (results: readonly ReadResult[]) => markDuplicates(results.map(reportRow)).find((r) => r.duplicate?.counted)?.duplicate;
    expect(counted([version("a.docx", { metadataModified: "2025-01-01T00:00:00Z", propertiesDate: "2025-01-01T00:00:00Z" }), version("b.docx", { metadataModified: "2025-01-01T00:00:00Z", propertiesDate: "2025-02-01T00:00:00Z" })])).toMatchObject({ countedFile: "b.docx", by: "properties" });
    expect(counted([version("a.docx", { fileModified: "2025-06-01T00:00:00Z" }), version("b.docx", { fileModified: "2025-02-01T00:00:00Z" })])).toMatchObject({ countedFile: "a.docx", by: "file" });
    expect(counted([version("vorlage-v10.docx", {}), version("vorlage-v9.docx", {})])).toMatchObject({ countedFile: "vorlage-v10.docx", by: "name" });
    // A date only one version states compares with nothing: the next date both state decides, else the name.
    expect(counted([version("z.docx", {}), version("a.docx", { metadataModified: "2020-01-01T00:00:00Z" })])).toMatchObject({ countedFile: "z.docx", by: "name" });
  });

  it("takes two files copied in one go as equally old, so that the name decides as it does on the reviewers' page (tryout 5)", () => {
    const counted = (results: readonly ReadResult[]) => markDuplicates(results.map(reportRow)).find((r) => r.duplicate?.counted)?.duplicate;
    // One `cp` of two files: 29 µs apart on disk; the command reads them to the millisecond, a browser rounds its own way.
    expect(counted([version("lastenrad.docx", { fileModified: "2026-12-07T21:23:45.090Z" }), version("lr-rec.docx", { fileModified: "2026-12-07T21:23:45.091Z" })])).toMatchObject({ countedFile: "lr-rec.docx", by: "name" });
    expect(counted([version("lr-rec.docx", { fileModified: "2026-12-07T21:23:45.091Z" }), version("z-alt.docx", { fileModified: "2026-12-07T21:23:45.090Z" })])).toMatchObject({ countedFile: "z-alt.docx", by: "name" });
    // Saved a minute apart: the file's date decides.
    expect(counted([version("lr-rec.docx", { fileModified: "2026-12-07T21:24:45.000Z" }), version("z-alt.docx", { fileModified: "2026-12-07T21:23:45.090Z" })])).toMatchObject({ countedFile: "lr-rec.docx", by: "file" });
  });

  it("counts the name that goes on from another as the later one, the extension left out (tryout 6: „Lastenrad.docx“ was counted over „Lastenrad_neu.docx“)", () => {
    const counted = (results: readonly ReadResult[]) => markDuplicates(results.map(reportRow)).find((r) => r.duplicate?.counted)?.duplicate;
    const same = { fileModified: "2026-12-07T21:23:45.090Z" };
    expect(counted([version("Lastenrad.docx", same), version("Lastenrad_alt.docx", same), version("Lastenrad_neu.docx", same), version("Lastenrad (2).docx", same)])).toMatchObject({ countedFile: "Lastenrad_neu.docx", by: "name" });
    expect(counted([version("lastenrad.docx", same), version("lastenrad-v2.docx", same)])).toMatchObject({ countedFile: "lastenrad-v2.docx", by: "name" });
    expect(counted([version("eingang/vorlage.docx", same), version("eingang/vorlage (2).docx", same)])).toMatchObject({ countedFile: "eingang/vorlage (2).docx", by: "name" });
  });

  // Found by a new-user tryout: 0057-auto.docx (core.xml modified 2013, python-docx) and 0057-v2.docx written today by
  // LibreOffice without core dates; the 2013 one was counted „by the newest modified date in the metadata“ and its
  // amount went into the totals.
  it("compares a date only where every version states it: a version without metadata dates is judged by the file's date", () => {
    const counted = (results: readonly ReadResult[]) => markDuplicates(results.map(reportRow)).find((r) => r.duplicate?.counted)?.duplicate;
    const old = version("0057-auto.docx", { metadataModified: "2013-12-23T23:15:00Z", propertiesDate: "2013-12-23T23:15:00Z", fileModified: "2026-12-01T09:00:00Z" }, 120_000);
    const today = version("0057-v2.docx", { fileModified: "2026-12-07T13:09:20Z" }, 100_000);
    expect(counted([old, today])).toMatchObject({ countedFile: "0057-v2.docx", by: "file" });
    expect(counted([today, old])).toMatchObject({ countedFile: "0057-v2.docx", by: "file" });
    // Where both state it, the metadata's date still decides before the file's.
    const edited = version("0057-v3.docx", { metadataModified: "2014-01-05T08:00:00Z", fileModified: "2026-11-01T00:00:00Z" });
    expect(counted([edited, old])).toMatchObject({ countedFile: "0057-v3.docx", by: "metadata" });
    // Three versions: a date two of them state does not rank the third.
    expect(counted([old, edited, today])).toMatchObject({ countedFile: "0057-v2.docx", by: "file" });
  });

  it("matches numbers written with other spacing or case, and never groups rows without a number or unreadable files", () => {
    const rows = markDuplicates([other("a.docx", "25-V-03-0012", 1), other("b.docx", " 25-v-03-0012 ", 2), other("c.docx", "", 3), other("d.docx", "", 4), unreadable("e.docx"), unreadable("f.docx")].map(reportRow));
    expect(rows.map((r) => r.duplicate?.copies)).toEqual([2, 2, undefined, undefined, undefined, undefined]);
  });

  it("is shown on each row of the CSV and the HTML report, with the version counted", () => {
    const report = buildReport([version("alt.docx", { metadataModified: "2025-03-01T10:00:00Z" }), version("neu.docx", { metadataModified: "2025-04-01T10:00:00Z" })]);
    const de = reportText("de", WIESBADEN);
    const lines = reportCsv(report, de).split("\r\n");
    expect(lines[0]).toMatch(/;Mehrfach vorhanden$/u);
    expect(lines[1]).toMatch(/^alt\.docx;.*;mehrfach vorhanden \(2 Dateien\): nicht gezählt, gezählt ist neu\.docx \(neuestes Änderungsdatum der Metadaten\)$/u);
    expect(lines[2]).toMatch(/^neu\.docx;.*;mehrfach vorhanden \(2 Dateien\): gezählt \(neuestes Änderungsdatum der Metadaten\)$/u);
    const html = reportHtml(report, de, "2025-05-01T10:00:00Z");
    expect(html.match(/class="dup">mehrfach vorhanden \(2 Dateien\)/gu)).toHaveLength(2);
    expect(html).toContain("1 von 1 Vorlage vollständig, 0 unvollständig, 0 nicht lesbar; 1 weitere Fassung mehrfach vorhandener Vorlagen nicht mitgezählt.");
    const en = reportText("en", WIESBADEN);
    expect(reportCsv(report, en).split("\r\n")[1]).toMatch(/;present more than once \(2 files\): not counted, counted is neu\.docx \(newest modified date in the metadata\)$/u);
  });
});
