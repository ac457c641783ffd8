import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import type { Vorlage } from "../../src/core/model/vorlage";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { DESK_MESSAGES } from "../../src/i18n/desk-messages";
import { vorlageOf } from "./desk-fixtures";
import { chooseFiles, launch, readingDone } from "./desk-page";
import { build, CHROMIUM, serve } from "./harness";
import { axeViolations, sideways } from "./pane-checks";

/**
 * Two things a new user's tryout found, in the built pages in Chromium.
 *
 * The reviewers' page's „Druckansicht“ as a Büro der Stadtverordnetenversammlung files it:
 * printed by Chromium to A4 landscape, read back with `pdftotext -layout`. Every page carries
 * every column's name (the sortable headers are buttons, and Chromium left their text out of
 * the header row it repeats on the following pages), no word is split across lines without a
 * hyphen („Bauausschus|s“, „Eigenbetrie|b“), and pages hold several rows, not one each.
 *
 * The preview's „Öffnen …“: a real .docx chosen by keyboard is shown, with the pane at 320 px
 * axe-clean and not scrolling sideways; a file that is not a .docx is refused in a sentence.
 */
if (!CHROMIUM && process.env["CI"]) throw new Error("chromium is not installed; .ci/run installs Debian's chromium package");
if (!CHROMIUM) console.warn("chromium not installed: end-to-end tests of the desk's printout and the preview's „Öffnen …“ skipped (apt-get install chromium)");
const suite = CHROMIUM ? describe : describe.skip;
jest.setTimeout(600_000);

/** The long words of a sitting's papers that the tester saw split: Gremien and an office that is no Dezernat. */
const GREMIEN = ["Bauausschuss", "Vollversammlung des Stadtrates", "Stadtverordnetenversammlung", "Haupt- und Finanzausschuss"] as const;
const WORDS = ["Bauausschuss", "Vollversammlung", "Stadtrates", "Stadtverordnetenversammlung", "Finanzausschuss", "Eigenbetrieb", "Feuerwehrgerätehaus", "Grundschulerweiterung"] as const;
const ROWS = 24;
const ARTIFACTS = join(__dirname, "../../test-results");

/** A file's name, and the part of it without a break opportunity by which its row is found on its page. */
const rowName = (i: number): string => `sitzung${String(i + 1).padStart(2, "0")}`;
const fileOf = (i: number): string => `${rowName(i)}.docx`;

/** Twenty-four papers: every third from an office the profile does not know (an extra reason), every fourth without a distribution list. */
function papers(): { name: string; bytes: Uint8Array }[] {
  return Array.from({ length: ROWS }, (_, i) => {
    const office = i % 3 === 0 ? "Eigenbetrieb" : "II";
    const betreff = i % 2 === 0 ? `Neubau Feuerwehrgerätehaus Nord, Bauabschnitt ${i + 1}` : `Grundschulerweiterung am Weiher, Los ${i + 1}`;
    const v: Vorlage = vorlageOf(i + 1, office, GREMIEN[i % GREMIEN.length] as string, (i + 1) * 1_234_500, i % 2 === 0 ? "einmalig" : "jaehrlich", betreff);
    const out = i % 4 === 0 ? { ...v, verteiler: [] } : v;
    return {
      name: fileOf(i),
      bytes: DocxDocument.create(out, WIESBADEN, "2025-05-06T09:00:00Z").save(),
    };
  });
}

/** The pages of a PDF as `pdftotext -layout` lays them out (one string per page). */
function pagesOf(pdf: Buffer, name: string): string[] {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, name);
  writeFileSync(file, pdf);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], {
    encoding: "utf8",
  });
  return text.split("\f").filter((p) => p.trim() !== "");
}

/** A header's pieces as a line break may leave them: split at spaces, hyphens and soft hyphens. */
const piecesOf = (label: string): string[] => label.split(/[\s\u00ad-]+/u).filter((p) => p !== "" && p !== "/");

/**
 * The column names missing from a page's header: the lines around the one with „Gründe“ (the
 * header may take three lines), so that a word in a reason („Die Vorlagen-Nr. …“) does not count.
 */
function missingHeaders(page: string, labels: readonly string[], anchor: string): string[] {
  const lines = page.split("\n");
  const at = lines.findIndex((l) => l.includes(anchor));
  if (at < 0) return [...labels];
  const head = lines.slice(Math.max(0, at - 3), at + 4).join("\n");
  return labels.filter((l) => !piecesOf(l).every((p) => head.includes(p)));
}

/**
 * Words split over two lines with no hyphen: a token at the end of its cell's line that is the
 * start of a known word, with the word's rest starting the next line at the same column.
 */
function splitWords(page: string): string[] {
  const lines = page.split("\n");
  const out: string[] = [];
  lines.forEach((line, n) => {
    const next = lines[n + 1] ?? "";
    for (const m of line.matchAll(/\S+/gu)) {
      const token = m[0];
      for (const word of WORDS) {
        if (token.length >= word.length || !word.startsWith(token)) continue;
        const below = next.slice(Math.max(0, m.index - 1), m.index + 2 + word.length - token.length).trim();
        if (below.startsWith(word.slice(token.length))) out.push(`${token}|${word.slice(token.length)}`);
      }
    }
  });
  return out;
}

let dist: string | undefined;
// DESK_DIST=folder reuses a build already made from this checkout (a loaded machine takes minutes per build).
const built = () => (dist ??= process.env["DESK_DIST"] ?? build());

suite("the reviewers' page printed on A4 landscape", () => {
  let server: Server;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    let origin: string;
    ({ server, origin } = await serve(built()));
    context = await launch({ width: 1280, height: 900 });
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${origin}/pruefen.html`);
    await chooseFiles(page, papers());
    await readingDone(page, ROWS);
    await page
      .locator("[data-testid=results] tbody tr")
      .nth(ROWS - 1)
      .waitFor();
  });

  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  it.each(["de", "en"] as const)("prints every column name on every page, no word split without a hyphen, several rows a page (%s)", async (lang) => {
    if (lang === "en") await page.getByRole("button", { name: "English" }).click();
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    const t = DESK_MESSAGES[lang];
    const c = t.columns;
    const labels = [c.vorlagenNr, c.betreff, c.federfuehrung, c.gremium, c.sitzungsdatum, c.betrag, c.turnus, c.status, c.reasons, c.errors, c.warnings];
    const rowNames = Array.from({ length: ROWS }, (_, i) => rowName(i));
    const pages = pagesOf(await page.pdf({ preferCSSPageSize: true, printBackground: true }), `desk-print-${lang}.pdf`);

    expect(pages.length).toBeGreaterThanOrEqual(2);
    // The pages of the table (the open errors and the money may follow on a page of their own).
    const table = pages.filter((p) => rowNames.some((f) => p.includes(f)));
    expect(table.length).toBeGreaterThanOrEqual(2);
    expect(table.map((p) => missingHeaders(p, labels, c.reasons))).toEqual(table.map(() => []));
    expect(pages.flatMap(splitWords)).toEqual([]);
    // Each of the long words is on paper, whole or hyphenated.
    const all = pages.join("\n");
    for (const word of WORDS) expect(all.includes(word) || [...word].some((_, k) => k > 1 && new RegExp(`${word.slice(0, k)}[-\u00ad\u2010]`, "u").test(all))).toBe(true);
    // Every row is printed once, and a row does not take a page of its own.
    const rowsOn = table.map((p) => rowNames.filter((f) => p.includes(f)).length);
    expect(rowsOn.reduce((a, b) => a + b, 0)).toBe(ROWS);
    expect(rowsOn.slice(0, -1).every((n) => n >= 3)).toBe(true);
  });
});

suite("the preview's „Öffnen …“ in Chromium, the pane at 320 px", () => {
  let server: Server;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    let origin: string;
    ({ server, origin } = await serve(built()));
    context = await launch({ width: 1280, height: 1000 });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(`${origin}/preview.html?pane=320`);
    await page.getByRole("button", { name: "Abschnitt „Kenntnisnahme“ einfügen" }).waitFor();
  });

  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  it("opens a .docx chosen by keyboard, shows it, and stays axe-clean without sideways scrolling", async () => {
    const v = vorlageOf(7, "II", "Bauausschuss", 1_500_000, "einmalig", "Sanierung der Turnhalle am Weiher");
    const bytes = DocxDocument.create(v, WIESBADEN, "2025-05-06T09:00:00Z").save();
    // Once the pane is drawn whole (its parts below the fold come in an idle moment) and the page shows the start document:
    await page.getByRole("button", { name: "Zeichnung einfügen" }).waitFor();
    await page.getByTestId("document").getByText("‹Betreff›").first().waitFor();
    // the bar comes first on the page: one Tab reaches „Öffnen …“, Enter opens the file dialog.
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Öffnen …");
    // The dialog itself is the browser's (headless Chromium in a persistent profile does not report it): the click that
    // opens it is counted on the file input and held back, and the file is then handed to the input as the dialog would.
    const input = page.getByTestId("open-input");
    await input.evaluate((el) => el.addEventListener("click", (e) => (e.preventDefault(), el.setAttribute("data-asked", String(Number(el.getAttribute("data-asked") ?? 0) + 1)))));
    await page.keyboard.press("Enter");
    await expect(input.getAttribute("data-asked")).resolves.toBe("1");
    await input.setInputFiles({ name: "turnhalle.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from(bytes) });
    await page.getByRole("status").filter({ hasText: "„turnhalle.docx“ ist geöffnet." }).waitFor();
    await page.getByTestId("document").getByText("Sanierung der Turnhalle am Weiher").first().waitFor();
    await page.getByRole("tab", { name: "Angaben" }).click();
    await expect(page.getByLabel("Betreff").inputValue()).resolves.toBe("Sanierung der Turnhalle am Weiher");
    expect(await sideways(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("refuses a file that is not a Word document in a German sentence, axe-clean", async () => {
    await page.getByTestId("open-input").setInputFiles({ name: "notiz.docx", mimeType: "text/plain", buffer: Buffer.from("Dies ist keine Word-Datei.") });
    await expect(page.getByRole("alert").filter({ hasText: "notiz" }).textContent()).resolves.toBe("„notiz.docx“ lässt sich nicht öffnen. Sie ist kein Word-Dokument (.docx).");
    await page.getByTestId("document").getByText("Sanierung der Turnhalle am Weiher").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("keeps the bar within a 320 px window", async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    const bar = page.getByRole("banner");
    await expect(bar.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().right <= 320)).resolves.toBe(true);
  });
});
