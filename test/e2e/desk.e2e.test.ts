import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { readEntry } from "../../src/desk/read-entry";
import { reasonsOf } from "../../src/core/report/report-model";
import { formatFinding } from "../../src/i18n/format-finding";
import { sitting, vorlageOf, type DeskFixture } from "./desk-fixtures";
import { chooseFiles, eventually, launch, readingDone } from "./desk-page";
import { build, CHROMIUM, serve } from "./harness";
import { axeViolations } from "./pane-checks";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { clause } from "../../src/core/model/builders";
import type { Vorlage } from "../../src/core/model/vorlage";

/**
 * The reviewers' page (pruefen.html) in Debian's Chromium, built for production: thirty
 * generated Vorlagen of a sitting are chosen, read in the page's Web Worker, and every row,
 * the summary, the filters, the CSV, the detail, the print view, both languages and both
 * themes are checked. Screenshots go to test-results/.
 */
if (!CHROMIUM && process.env["CI"]) throw new Error("chromium is not installed; .ci/run installs Debian's chromium package");
if (!CHROMIUM) console.warn("chromium not installed: end-to-end tests of pruefen.html skipped (apt-get install chromium)");
const suite = CHROMIUM ? describe : describe.skip;
jest.setTimeout(600_000);

const ARTIFACTS = join(__dirname, "../../test-results");
const FILES: DeskFixture[] = sitting();

suite("the reviewers' page in Chromium", () => {
  let server: Server;
  let origin: string;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    // DESK_DIST=folder reuses a build already made from this checkout (a loaded machine takes minutes per build).
    ({ server, origin } = await serve(process.env["DESK_DIST"] ?? build()));
    context = await launch({ width: 1024, height: 900 });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${origin}/pruefen.html`);
    await chooseFiles(page, FILES);
    await readingDone(page, FILES.length);
    await rows().nth(FILES.length - 1).waitFor();
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  /** What a test changed on the shared page (viewport, print media), put back after it whether it passed or not. */
  let restore: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });

  const rows = () => page.locator("[data-testid=results] tbody tr");
  const row = (file: string) => page.locator(`[data-testid=results] tbody tr[data-file="${file}"]`);
  const filter = (label: string) => page.getByRole("combobox", { name: label });
  const check = async () => {
    // Colours are measured once the page is still: a theme switch fades Fluent's buttons over a
    // few frames, and a contrast read in between is one of neither theme.
    await page.evaluate(async () => {
      await Promise.allSettled(document.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished));
    });
    return axeViolations(page);
  };
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  /** Headers and status words wider than their column, which would run into the next one. */
  const overrun = () => page.locator("[data-testid=results] thead th, [data-testid=results] [data-testid=status]").evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent));
  /** The sentences of a file's errors, as the engine in Node gives them: what its row must say. */
  const reasonsIn = (name: string) => {
    const i = FILES.findIndex((f) => f.name === name);
    return reasonsOf(readEntry(i, name, (FILES[i] as DeskFixture).bytes, WIESBADEN).row).map((f) => formatFinding(f, "de", WIESBADEN));
  };

  it("shows one row per file with the status and the counts each file has", async () => {
    await eventually(() => rows().count(), 30);
    const shown = [];
    const expected = [];
    for (const f of FILES) {
      const r = row(f.name);
      const status = (await r.locator("[data-testid=status]").textContent()) ?? "";
      const text = (await r.textContent()) ?? "";
      shown.push({ file: f.name, status, reason: f.reason && text.includes(f.reason) ? f.reason : text, errors: f.errors === undefined ? undefined : await r.locator("[data-testid=errors]").textContent(), warnings: f.warnings === undefined ? undefined : await r.locator("[data-testid=warnings]").textContent() });
      expected.push({ file: f.name, status: f.status, reason: f.reason ?? text, errors: f.errors === undefined ? undefined : String(f.errors), warnings: f.warnings === undefined ? undefined : String(f.warnings) });
    }
    expect(shown).toEqual(expected);
  });

  it("says in each row why it is not ready, without a click: its first two errors as sentences and how many more", async () => {
    const two = row("unvollstaendig-zwei-fehler.docx").locator("[data-testid=reasons]");
    await eventually(() => two.locator("li:visible").allTextContents(), ["Pflichtangabe fehlt: Vorlagen-Nr.", "Der Verteiler ist leer."]);
    await expect(two.textContent()).resolves.toBe("Pflichtangabe fehlt: Vorlagen-Nr.Der Verteiler ist leer.");
    // The plain document has more errors than a row shows: two on screen, the rest counted.
    const plain = reasonsIn("einfach-altes-dokument.docx");
    expect(plain.length).toBeGreaterThan(2);
    const cell = row("einfach-altes-dokument.docx").locator("[data-testid=reasons]");
    await eventually(() => cell.locator("li:visible").allTextContents(), plain.slice(0, 2));
    await expect(cell.getByText(`+ ${plain.length - 2} weitere`).isVisible()).resolves.toBe(true);
    await expect(row("vorlage-05.docx").locator("[data-testid=reasons]").textContent()).resolves.toBe("");
    await expect(page.locator("[data-testid=results]").textContent()).resolves.not.toMatch(/field-missing|verteiler-missing/u);
  });

  it("starts the table within the first screen at 1280 × 800: the drop area is one line once files are loaded", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    try {
      await page.evaluate(() => window.scrollTo(0, 0));
      const top = await page.getByTestId("results").evaluate((table) => table.getBoundingClientRect().top + window.scrollY);
      expect(top).toBeLessThan(600);
      // Its first rows, with their reasons, are on that screen too.
      const second = await rows().nth(1).evaluate((tr) => tr.getBoundingClientRect().bottom + window.scrollY);
      expect(second).toBeLessThan(800);
      const drop = await page.getByTestId("drop-area").evaluate((area) => area.getBoundingClientRect().height);
      expect(drop).toBeLessThan(100);
      // Every column header and status fits its column (none runs into the next).
      await expect(overrun()).resolves.toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, "desk-1280x800.png") });
    } finally {
      await page.setViewportSize({ width: 1024, height: 900 });
    }
  });

  it("stays usable at 320 px: no sideways scrolling of the page, the reasons readable in their row, no accessibility violations", async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    try {
      await expect(overflow()).resolves.toBeLessThanOrEqual(0);
      const cell = row("unvollstaendig-zwei-fehler.docx").locator("[data-testid=reasons]");
      const width = await cell.evaluate((td) => td.getBoundingClientRect().width);
      // The table scrolls in its own box rather than squeezing the columns to a few letters.
      expect(width).toBeGreaterThan(110);
      await expect(check()).resolves.toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, "desk-320.png"), fullPage: true });
    } finally {
      await page.setViewportSize({ width: 1024, height: 900 });
    }
  });

  it("shows for every file what the .docx engine says in Node (the same engine `beschluss check` runs)", async () => {
    for (const [i, f] of FILES.entries()) {
      const oracle = readEntry(i, f.name, f.bytes, WIESBADEN).row;
      const r = row(f.name);
      await expect(r.getAttribute("data-status")).resolves.toBe(oracle.status);
      if (oracle.status !== "nicht-lesbar") {
        await expect(r.locator("[data-testid=errors]").textContent()).resolves.toBe(String(oracle.errors));
        await expect(r.locator("[data-testid=warnings]").textContent()).resolves.toBe(String(oracle.warnings));
      }
    }
  });

  it("puts the counts above the table, and the open errors by kind and the amounts by Dezernat with their figures as text below it", async () => {
    const order = await page.evaluate(() => {
      const at = (selector: string) => document.querySelector(selector);
      const before = (a: Element | null, b: Element | null) => a !== null && b !== null && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      return [before(at("[data-testid=summary-counts]"), at("[data-testid=results]")), before(at("[data-testid=results]"), at("[data-testid=errors-by-kind]"))];
    });
    expect(order).toEqual([true, true]);
    await expect(page.getByTestId("summary-counts").textContent()).resolves.toBe("30 Vorlagen: 21 vollständig, 4 unvollständig, 5 nicht lesbar");
    const kinds = await page.locator("[data-testid=errors-by-kind] li").allTextContents();
    // Vorlagen-Nr. missing twice, Gremium once (in the plain document): one kind, worded with an example, the first in
    // the files' name order, as `check DIR` reads them („einfach-altes-dokument.docx“ first).
    expect(kinds).toContain("Pflichtangabe fehltz. B. „Pflichtangabe fehlt: Gremium.“3-mal in 3 Vorlagen");
    expect(kinds).toContain("Verteiler fehltz. B. „Der Verteiler ist leer.“2-mal in 2 Vorlagen");
    const money = (await page.locator("[data-testid=money-by-dezernat] li").allTextContents()).map((t) => t.replace(/\u00a0/g, " "));
    // Dezernat III: Vorlagen 3, 8, 13, 18 (einmalig 3.000 + 8.000 + 18.000 €, jährlich 13.000 €), the Feuerwache without a
    // number (50.000 €, einmalig) and the plain document, recognised as Dezernat III with 12.400 € einmalig.
    expect(money).toContain("Dezernat III91.400 € einmalig · 13.000 € jährlich");
    expect(money[0]).toMatch(/^Dezernat III/);
  });

  it("keeps a Betreff that looks like markup as text: no script runs, no image is made, no link", async () => {
    const betreffe = await page.locator("[data-testid=results] tbody tr td:nth-child(2)").allTextContents();
    expect(betreffe.some((b) => b.startsWith("<script>alert(1)</script>"))).toBe(true);
    expect(betreffe.some((b) => b.startsWith('<img src=x onerror="alert(1)">'))).toBe(true);
    expect(betreffe.some((b) => b.startsWith("javascript:alert(1)"))).toBe(true);
    await expect(page.locator("[data-testid=results] img, [data-testid=results] a, [data-testid=results] script").count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
  });

  const files = () => rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-file")));

  it("filters by status, Dezernat and Gremium, and shows all again", async () => {
    await filter("Status").selectOption({ label: "unvollständig" });
    await eventually(async () => (await files()).sort(), ["einfach-altes-dokument.docx", "unvollstaendig-ohne-nr.docx", "unvollstaendig-ohne-verteiler.docx", "unvollstaendig-zwei-fehler.docx"]);
    await eventually(() => page.locator("caption").textContent(), "4 von 30 Dateien (gefiltert)");
    await filter("Status").selectOption({ label: "alle" });
    await filter("Dezernat").selectOption({ label: "Dezernat VII" });
    await eventually(files, ["vorlage-05.docx", "vorlage-10.docx", "vorlage-15.docx", "vorlage-20.docx"]);
    await filter("Gremium").selectOption({ label: "Ausschuss für Finanzen" });
    await eventually(files, ["vorlage-15.docx"]);
    await filter("Dezernat").selectOption({ label: "alle" });
    await filter("Gremium").selectOption({ label: "alle" });
    await eventually(() => rows().count(), 30);
  });

  it("sorts by a column, and the header says how", async () => {
    await page.getByRole("button", { name: "Fehler", exact: true }).click();
    await page.getByRole("button", { name: "Fehler", exact: true }).click();
    await expect(page.locator("th[aria-sort=descending]").textContent()).resolves.toContain("Fehler");
    await eventually(() => rows().first().getAttribute("data-file"), "einfach-altes-dokument.docx");
    await page.getByRole("button", { name: "Vorlagen-Nr.", exact: true }).click();
    await page.locator("th[aria-sort=ascending]", { hasText: "Vorlagen-Nr." }).waitFor();
    const numbers = async () => (await page.locator("[data-testid=results] tbody tr td:first-child").allTextContents()).filter((n) => n !== "ohne Nr.");
    const expected = [...(await numbers())].sort();
    expect(expected.length).toBeGreaterThan(20);
    await eventually(numbers, expected);
  });

  it("exports the table as CSV: UTF-8 with BOM, semicolons, one line per Vorlage", async () => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Als CSV exportieren" }).click()]);
    const path = join(mkdtempSync(join(tmpdir(), "csv-")), "bericht.csv");
    await file.saveAs(path);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(31);
    // The same columns and cells as `beschluss check --csv` (src/core/report/report-csv.ts): the Federführung
    // as the profile names the Dezernat, and no counts for a file that could not be read (not checked, not 0).
    expect(lines[0]).toBe("Datei;Vorlagen-Nr.;Betreff;Federführung;Gremium;Sitzungsdatum;Betrag;Turnus;Status;Fehler;Warnungen;Gelesen als;Gründe;Mehrfach vorhanden");
    // The reasons in one quoted cell, although they are joined by a semicolon.
    expect(lines).toContain('unvollstaendig-zwei-fehler.docx;;Spielplatz am Rheinufer;Dezernat V;Stadtverordnetenversammlung;06.05.2025;9900,00;einmalig;unvollständig;2;0;gegliedert;"Pflichtangabe fehlt: Vorlagen-Nr.; Der Verteiler ist leer.";');
    expect(lines).toContain("unvollstaendig-ohne-verteiler.docx;25-V-02-0022;Zuschuss an den Sportkreis;Dezernat II;Magistrat;06.05.2025;2500,00;jährlich;unvollständig;1;0;gegliedert;Der Verteiler ist leer.;");
    expect(lines).toContain("vorlage-05.docx;25-V-07-0005;Vorlage 5: Sanierung der Schule 5 (Dezernat VII);Dezernat VII;Stadtverordnetenversammlung;06.05.2025;5000,00;jährlich;vollständig;0;0;gegliedert;;");
    expect(lines).toContain("bombe.docx;;;;;;;;nicht lesbar: die Datei würde entpackt unverhältnismäßig groß (ZIP-Bombe) und wurde nicht geöffnet;;;–;die Datei würde entpackt unverhältnismäßig groß (ZIP-Bombe) und wurde nicht geöffnet;");
    expect(lines).toContain('vorlage-02.docx;25-V-02-0002;"<img src=x onerror=""alert(1)"">";Dezernat II;Stadtverordnetenversammlung;06.05.2025;2000,00;einmalig;vollständig;0;0;gegliedert;;');
    expect(lines.join("\n")).not.toMatch(/field-missing|verteiler-missing/u);
  });

  it("exports only the rows the filter shows", async () => {
    await filter("Status").selectOption({ label: "nicht lesbar" });
    await eventually(() => rows().count(), 5);
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Als CSV exportieren" }).click()]);
    const path = join(mkdtempSync(join(tmpdir(), "csv-")), "bericht.csv");
    await file.saveAs(path);
    const lines = readFileSync(path, "utf8").trimEnd().split("\r\n");
    expect(lines.slice(1).map((l) => l.split(";")[0]).sort()).toEqual(["alt.doc", "beschaedigt.docx", "bombe.docx", "doctype.docx", "notiz.docx"]);
    await filter("Status").selectOption({ label: "alle" });
  });

  it("opens a row by keyboard: its findings and its structure", async () => {
    await page.getByRole("button", { name: "Prüfergebnis von unvollstaendig-zwei-fehler.docx anzeigen" }).focus();
    await page.keyboard.press("Enter");
    const detail = page.getByTestId("detail");
    await eventually(() => page.evaluate(() => document.activeElement?.id), "detail-heading");
    await eventually(() => detail.getByRole("list", { name: "Prüfhinweise" }).locator("li").allTextContents(), [
      "Fehler: Pflichtangabe fehlt: Vorlagen-Nr.",
      "Fehler: Der Verteiler ist leer.",
      // Its empty fields print their prompts: a hint (accessibility-field-prompt).
      "Hinweis: Leere Felder der Vorlage zeigen ihre Platzhalter (‹Tagesordnung›, ‹Punkt›, ‹Vorlagen-Nr.›, ‹Beschluss-Nr.›); solange sie leer sind, werden die Platzhalter gedruckt und vorgelesen.",
    ]);
    const outline = await detail.getByRole("list", { name: "Gliederung" }).textContent();
    expect(outline).toContain("1. Es wird zur Kenntnis genommen, dass");
    expect(outline).toContain("2.2die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt.");
    await page.screenshot({ path: join(ARTIFACTS, "desk-detail.png"), fullPage: true });
    await page.getByRole("button", { name: "Prüfergebnis schließen" }).click();
    await row("doctype.docx").click();
    await detail.getByText(/^Die Datei ist nicht lesbar: das Dokument enthält eine DOCTYPE-Deklaration/u).waitFor();
    await page.getByRole("button", { name: "Prüfergebnis schließen" }).click();
  });

  it("has no accessibility violations (axe-core), light and dark, and no sideways scrolling at 1024 px", async () => {
    await row("vorlage-04.docx").click();
    await eventually(() => page.evaluate(() => document.activeElement?.id), "detail-heading");
    await expect(check()).resolves.toEqual([]);
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    await expect(overrun()).resolves.toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, "desk.png"), fullPage: true });
    await page.getByRole("button", { name: "Dunkle Darstellung" }).click();
    await page.getByRole("button", { name: "Helle Darstellung" }).waitFor();
    await eventually(() => page.evaluate(() => new URL(location.href).searchParams.get("theme")), "dark");
    await expect(check()).resolves.toEqual([]);
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, "desk-dark.png"), fullPage: true });
    await page.getByRole("button", { name: "Helle Darstellung" }).click();
    await page.getByRole("button", { name: "Dunkle Darstellung" }).waitFor();
    await page.getByRole("button", { name: "Prüfergebnis schließen" }).click();
  });

  it("speaks English when asked, without reading the files again", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await eventually(() => page.evaluate(() => document.documentElement.lang), "en");
    await eventually(() => page.getByTestId("summary-counts").textContent(), "30 proposals: 21 complete, 4 incomplete, 5 not readable");
    await eventually(() => row("notiz.docx").locator("[data-testid=status]").textContent(), "not readable");
    await eventually(() => row("notiz.docx").locator("[data-testid=reason]").textContent(), "not a .docx file (no valid zip archive)notiz.docx");
    await eventually(() => row("unvollstaendig-ohne-verteiler.docx").locator("[data-testid=reasons]").textContent(), "The distribution list is empty.");
    await expect(page.getByRole("button", { name: "Export as CSV" }).count()).resolves.toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, "desk-en.png"), fullPage: true });
    await page.getByRole("button", { name: "Deutsch" }).click();
    await eventually(() => page.evaluate(() => document.documentElement.lang), "de");
  });

  it("prints on A4 landscape with the report heading and without the controls", async () => {
    await page.emulateMedia({ media: "print" });
    // Back to the screen even if a check fails: on paper the progress is hidden, and the next tests wait for it.
    restore = () => page.emulateMedia({ media: "screen" });
    await eventually(() => page.getByTestId("print-heading").isVisible(), true);
    await eventually(() => page.getByTestId("drop-area").isVisible(), false);
    await eventually(() => page.getByRole("button", { name: "Als CSV exportieren" }).isVisible(), false);
    // Paper has no click: every reason of a row is printed in it, and the count of more is not.
    const plain = reasonsIn("einfach-altes-dokument.docx");
    const cell = row("einfach-altes-dokument.docx").locator("[data-testid=reasons]");
    await eventually(() => cell.locator("li:visible").allTextContents(), plain);
    await expect(cell.getByText(`+ ${plain.length - 2} weitere`).isVisible()).resolves.toBe(false);
    await expect(overrun()).resolves.toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, "desk-print.png"), fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString("latin1"));
    // A4 landscape is 297 × 210 mm = 841.89 × 595.28 pt.
    expect(Number(box?.[1])).toBeCloseTo(841.89, 0);
    expect(Number(box?.[2])).toBeCloseTo(595.28, 0);
  });

  it("reads a chosen folder with its subfolders", async () => {
    const root = mkdtempSync(join(tmpdir(), "sitzung-"));
    mkdirSync(join(root, "Dezernat II", "nachgereicht"), { recursive: true });
    const one = DocxDocument.create(vorlageOf(31, "II", "Magistrat", 100, "einmalig", "Erste"), WIESBADEN, "2025-05-06T09:00:00Z").save();
    writeFileSync(join(root, "Dezernat II", "a.docx"), one);
    writeFileSync(join(root, "Dezernat II", "nachgereicht", "b.docx"), one);
    writeFileSync(join(root, "Dezernat II", "~$a.docx"), "Word-Besitzerdatei");
    await page.locator("[data-testid=folder-input]").setInputFiles(join(root, "Dezernat II"));
    await readingDone(page, 2);
    await eventually(files, ["Dezernat II/a.docx", "Dezernat II/nachgereicht/b.docx"]);
  });

  it("reads files dropped onto the page", async () => {
    const docs = FILES.slice(20, 23).map((f) => ({ name: f.name, bytes: [...f.bytes] }));
    await page.getByTestId("drop-area").evaluate((area, list) => {
      const data = new DataTransfer();
      for (const f of list) data.items.add(new File([new Uint8Array(f.bytes)], f.name));
      area.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, docs);
    await readingDone(page, 3);
    await eventually(() => rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-status"))), ["unvollstaendig", "unvollstaendig", "unvollstaendig"]);
  });

  it("reads a folder of 1,000 files and shows every row", async () => {
    const one = DocxDocument.create(vorlageOf(40, "I", "Magistrat", 100, "einmalig", "Tausend"), WIESBADEN, "2025-05-06T09:00:00Z").save();
    const many = Array.from({ length: 1000 }, (_, i) => ({ name: `v${String(i).padStart(4, "0")}.docx`, bytes: i === 500 ? new Uint8Array([1, 2, 3]) : one }));
    await chooseFiles(page, many);
    await readingDone(page, 1000);
    // The table lays its rows out 50 a frame (ResultsTable's useRowsShown): wait for the last one before counting.
    await rows().nth(999).waitFor({ timeout: 600_000 });
    await eventually(() => rows().count(), 1000);
    // 999 copies of one Vorlage: every row stays in the table, flagged „mehrfach vorhanden“, and the counts take it once.
    await eventually(() => page.getByTestId("summary-counts").textContent(), "2 Vorlagen: 1 vollständig, 0 unvollständig, 1 nicht lesbar; 998 weitere Fassungen mehrfach vorhandener Vorlagen nicht mitgezählt");
    await eventually(() => rows().locator("[data-testid=duplicate][data-counted=true]").count(), 1);
    await eventually(() => rows().locator("[data-testid=duplicate]").count(), 999);
  });

  it("compares two versions of one Vorlage: clauses with a word diff, fields, findings", async () => {
    const old = vorlageOf(50, "IV", "Magistrat", 100_000, "einmalig", "Radweg an der Ringkirche");
    const [k, b] = old.sections as [Vorlage["sections"][number], Vorlage["sections"][number]];
    const neu: Vorlage = {
      ...old,
      sections: [
        { ...k, clauses: [clause("k0", "der Bericht des Tiefbauamts vorliegt;"), ...k.clauses] },
        { ...b, clauses: b.clauses.map((c) => (c.id === "b1" ? { ...c, text: "die Maßnahme bis Ende 2026 umgesetzt wird;" } : c)) },
      ],
      finanzierung: { ...(old.finanzierung as NonNullable<Vorlage["finanzierung"]>), betragCent: 200_000 },
      verteiler: [],
    };
    const save = (v: Vorlage) => DocxDocument.create(v, WIESBADEN, "2025-05-06T09:00:00Z").save();
    await chooseFiles(page, [
      { name: "radweg-dezernat.docx", bytes: save(old) },
      { name: "radweg-nach-mitzeichnung.docx", bytes: save(neu) },
    ]);
    await readingDone(page, 2);
    await page.getByRole("button", { name: "Zwei Fassungen vergleichen" }).click();
    await expect(page.getByLabel("Ältere Fassung").inputValue()).resolves.toBe("0");
    await expect(page.getByLabel("Neuere Fassung").inputValue()).resolves.toBe("1");
    await page.getByRole("button", { name: "Vergleichen", exact: true }).click();
    const diff = page.getByTestId("diff");
    await diff.getByTestId("diff-clauses").waitFor();
    await expect(diff.textContent()).resolves.toContain("Ziffern: 1 geändert, 1 hinzugefügt, 0 entfernt, 0 verschoben, 1 nur neu nummeriert");
    // Each clause read as the old version (without <ins>) and as the new one (without <del>).
    const versions = await diff.getByTestId("diff-clauses").locator("li").evaluateAll((items) =>
      items.map((li) => {
        const without = (tag: string) => {
          const copy = li.cloneNode(true) as HTMLElement;
          copy.querySelectorAll(tag).forEach((e) => e.remove());
          return copy.textContent;
        };
        return [without("ins"), without("del")];
      }),
    );
    expect(versions).toEqual([
      ["Ziffer 1.1 hinzugefügt: ", "Ziffer 1.1 hinzugefügt: der Bericht des Tiefbauamts vorliegt;"],
      ["Ziffer 2.1 geändert: die Maßnahme wie beschrieben umgesetzt wird;", "Ziffer 2.1 geändert: die Maßnahme bis Ende 2026 umgesetzt wird;"],
    ]);
    await expect(diff.locator("del").allTextContents().then((d) => d.join(" ").replace(/\s+/g, " ").trim())).resolves.toBe("wie beschrieben");
    await expect(diff.textContent()).resolves.toContain("Nur neu nummeriert (Text unverändert): 1.1 → 1.2");
    const fields = (await diff.getByTestId("diff-fields").locator("tbody tr").allTextContents()).map((t) => t.replace(/\u00a0/g, " "));
    // The emptied Verteiler is a change too: every part of the Vorlage is compared.
    expect(fields).toEqual(["Betrag1.000 €2.000 €", "Verteiler 1 – EmpfängerDezernat III(keine Angabe)", "Verteiler 1 – Bitteum weitere Veranlassung(keine Angabe)"]);
    await expect(diff.getByTestId("diff-findings").locator("li").allTextContents()).resolves.toEqual(["neu: Fehler – Der Verteiler ist leer."]);
    await page.screenshot({ path: join(ARTIFACTS, "desk-compare.png"), fullPage: true });
  });

  it("declares its CSP (scripts and workers only from its own origin), sends nothing elsewhere and logs no error", async () => {
    const csp = await page.locator("meta[http-equiv=Content-Security-Policy]").getAttribute("content");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toContain("unsafe-eval");
    expect(requests).toEqual(expect.arrayContaining([`${origin}/pruefen.html`, expect.stringMatching(/\/desk-worker\.[0-9a-f]+\.js$/)]));
    expect(requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith("blob:"))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
