import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { reportHtml } from "../../src/core/report/report-html";
import { buildReport } from "../../src/core/report/report-model";
import { reportText } from "../../src/i18n/report-messages";
import { CHROMIUM, CHROMIUM_ARGS } from "../e2e/harness";
import { readOf, unreadable, withHeader } from "../core/report/report-fixtures";

/**
 * The HTML report as a browser opens and prints it: from file://, offline, with hostile text.
 * Needs Debian's chromium; skipped with a note without it (CI has it).
 */
if (!CHROMIUM && process.env["CI"]) throw new Error("chromium is not installed; .ci/run installs Debian's chromium package");
if (!CHROMIUM) console.warn("chromium not installed: report browser test skipped");
const suite = CHROMIUM ? describe : describe.skip;

suite("the HTML report in Chromium", () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), "bericht-"));
  const file = join(dir, "bericht.html");
  const results = [
    ...Array.from({ length: 30 }, (_, i) =>
      readOf(`eingang/Dezernat ${i % 3 ? "III" : "VII"}/vorlage-${String(i + 1).padStart(2, "0")}-mit-einem-langen-dateinamen.docx`, withHeader({ betreff: `Sanierung und Erweiterung der Grundschule am Rosenhügel, Bauabschnitt ${i + 1}`, gremium: i % 4 ? "Stadtverordnetenversammlung" : "" })),
    ),
    readOf("hostile.docx", withHeader({ betreff: '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>javascript:alert(1)' })),
    unreadable("kaputt.docx"),
  ];
  writeFileSync(file, reportHtml(buildReport(results), reportText("de", WIESBADEN), "2026-11-26T14:05:00Z"));
  mkdirSync(join(dir, "shots"), { recursive: true });

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM as string, headless: true, args: CHROMIUM_ARGS });
  }, 60_000);
  afterAll(async () => browser?.close());

  it("opens offline, fetches nothing, runs nothing, and shows the hostile Betreff as text", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(await page.title()).toBe("Prüfbericht der Beschlussvorlagen");
    expect(await page.locator("img, script").count()).toBe(0);
    expect(await page.getByText("javascript:alert(1)", { exact: false }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("fits the width of an A4 landscape page when printed", async () => {
    const page = await browser.newPage({ viewport: { width: 1032, height: 700 } }); // 297 mm − 2 × 12 mm at 96 dpi
    await page.goto(pathToFileURL(file).href);
    await page.emulateMedia({ media: "print" });
    const widths = await page.evaluate(() => ({ page: document.documentElement.clientWidth, content: document.documentElement.scrollWidth }));
    expect(widths.content).toBeLessThanOrEqual(widths.page);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    mkdirSync("test-results", { recursive: true });
    writeFileSync(join("test-results", "bericht.pdf"), pdf);
    await page.close();
  }, 60_000);
});
