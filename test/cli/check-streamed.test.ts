import { Script } from "node:vm";
import { checkFiles, userTunesHeap } from "../../src/cli/check-pool";
import type { FileCheck } from "../../src/cli/check-file";
import { jsonReport, reportStream, textReport } from "../../src/cli/check-report";
import { keptRow, renderReportFiles } from "../../src/cli/report-files";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { buildReport } from "../../src/core/report/report-model";
import { reportCsv } from "../../src/core/report/report-csv";
import { reportHtml } from "../../src/core/report/report-html";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { reportText } from "../../src/i18n/report-messages";
import { completeVorlage } from "../fixtures/builders";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { tempFolder } from "./cli-helpers";

/**
 * `check DIR` writes its text or JSON report file by file as the results come in order
 * (src/cli/check-report.ts reportStream, src/cli/check-pool.ts), keeps of a result only the
 * row the report files print, and tunes V8's heap only while the folder is read. The report
 * must stay byte for byte what it was when every result was held to the end.
 */
const NOW = "2025-05-06T09:00:00Z";
const folder = tempFolder("beschluss-streamed-");
const complete = DocxDocument.create(completeVorlage(), WIESBADEN, NOW).save();
const files = [
  folder.file("a.docx", complete),
  folder.file("b-kaputt.docx", "kein Word-Dokument"),
  folder.file("c-brief.docx", docxFromBody(paragraphXml("Sehr geehrte Damen und Herren, anbei die Unterlagen."))),
  folder.file("d.docx", DocxDocument.create(completeVorlage({ header: { ...completeVorlage().header, gremium: "" } }), WIESBADEN, NOW).save()),
  folder.file("e-leer.docx", ""),
];

/** Every file's result, in order, as the command gets them from the pool in this thread. */
async function checkAll(names: readonly string[] = files): Promise<FileCheck[]> {
  const got: FileCheck[] = [];
  await checkFiles(names, WIESBADEN, "de", { started: () => undefined, each: (r) => got.push(r) });
  return got;
}

/** What the command's `io.out` calls add up to: each piece followed by a line break. */
function streamed(format: "text" | "json", results: readonly FileCheck[], lang: "de" | "en" = "de"): string {
  const pieces: string[] = [];
  const stream = reportStream(format, results.length, WIESBADEN, lang, (p) => pieces.push(p));
  for (const r of results) stream.add(r);
  stream.end();
  return pieces.map((p) => `${p}\n`).join("");
}

describe("the report of a folder, written file by file", () => {
  it("is byte for byte the text and JSON report of all results at once, for one file, several, readable or not, a letter among them", async () => {
    const results = await checkAll();
    expect(results.map((r) => r.file)).toEqual(files);
    expect(results.map((r) => r.readable)).toEqual([true, false, true, true, false]);
    expect(results.some((r) => r.readable && r.keineVorlage)).toBe(true);
    for (const some of [results, results.slice(0, 1), results.slice(1, 2), []]) {
      for (const lang of ["de", "en"] as const) {
        expect(streamed("text", some, lang)).toBe(`${textReport(some, WIESBADEN, lang)}\n`);
        expect(streamed("json", some, lang)).toBe(`${jsonReport(some, WIESBADEN, lang)}\n`);
      }
    }
  });

  it("hands each result on in the files' order before the next file's check begins (one thread): nothing waits for the folder's end", async () => {
    const events: string[] = [];
    await checkFiles(files, WIESBADEN, "de", { started: (f) => events.push(`start ${f}`), each: (r, i) => events.push(`result ${i} ${r.file}`) });
    expect(events).toEqual(files.flatMap((f, i) => [`start ${f}`, `result ${i} ${f}`]));
  });

  it("keeps for the HTML and CSV report only each file's row, and the report made of the rows is the one made of the whole results", async () => {
    const results = await checkAll();
    const rows = results.map((r) => keptRow(r, `shown/${r.file.split("/").pop()}`));
    for (const row of rows) expect(row).not.toHaveProperty("vorlage");
    const shown = (r: FileCheck): string => `shown/${r.file.split("/").pop()}`;
    const whole = buildReport(results.map((r) => (r.readable ? { ...r, file: shown(r), profile: r.profile.id } : { ...r, file: shown(r) })));
    const now = new Date(NOW);
    const [html, csv] = renderReportFiles(rows, { html: "x.html", csv: "x.csv" }, WIESBADEN, "de", now);
    expect(html?.content).toBe(reportHtml(whole, reportText("de", WIESBADEN), now.toISOString()));
    expect(csv?.content).toBe(reportCsv(whole, reportText("de", WIESBADEN)));
  });
});

describe("V8's heap while a folder is checked", () => {
  /**
   * V8 refuses a code cache made under other flags: a cache made before tells whether the flags are as they
   * were. V8 checks a cache against the source's length, not its text: each probe is a new text of the same
   * length, so that V8's compilation cache in the process does not answer instead.
   */
  let probes = 0;
  const source = (): string => `(function () { return ${String(probes++).padStart(6, "0")}; })`;
  const cachedData = (() => {
    const s = new Script(source(), { filename: "probe.js" });
    s.runInThisContext();
    return s.createCachedData();
  })();
  const flagsAsBefore = (): boolean => !new Script(source(), { filename: "probe.js", cachedData }).cachedDataRejected;

  it("is tuned while a folder is read and set back afterwards, so that a code cache taken after a check (scripts/build-cli.js) fits users' processes", async () => {
    expect(flagsAsBefore()).toBe(true);
    const during: boolean[] = [];
    await checkFiles(files, WIESBADEN, "de", { started: () => undefined, each: () => during.push(flagsAsBefore()) });
    expect(during).toEqual(files.map(() => false));
    expect(flagsAsBefore()).toBe(true);
  });

  it("is set back when a check fails midway too", async () => {
    await expect(checkFiles(files, WIESBADEN, "de", { started: () => undefined, each: () => { throw new Error("Probe: Bericht bricht ab"); } })).rejects.toThrow("Probe: Bericht bricht ab");
    expect(flagsAsBefore()).toBe(true);
  });

  it("is left alone for one file, and when the user tuned it", async () => {
    const during: boolean[] = [];
    await checkFiles(files.slice(0, 1), WIESBADEN, "de", { started: () => undefined, each: () => during.push(flagsAsBefore()) });
    expect(during).toEqual([true]);
    expect(userTunesHeap(["--semi-space-growth-factor=4"], {})).toBe(true);
    expect(userTunesHeap([], { NODE_OPTIONS: "--max-old-space-size=200 --heap_growing_percent=30" })).toBe(true);
    expect(userTunesHeap(["--max-semi-space-size=2"], { NODE_OPTIONS: "--enable-source-maps" })).toBe(false);
    expect(userTunesHeap([], { NODE_OPTIONS: "--interrupt-budget=100000" })).toBe(true);
  });
});
