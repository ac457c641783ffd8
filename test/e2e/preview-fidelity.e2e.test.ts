import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { strToU8 } from "fflate";
import type { BrowserContext, Page } from "playwright-core";
import { COMMENTS, docxFromBody, paragraphXml } from "../fixtures/docx";
import { launch } from "./desk-page";
import { build, CHROMIUM, serve } from "./harness";

/**
 * The preview's page shows a document as Word prints it (tryout 3, item 9): the list numbers of Word's numbering.xml
 * and of LibreOffice's lists, tables as tables, and the comments in the margin without the window scrolling sideways,
 * at 1280 px and at 320 px. Needs Debian's chromium; without it the suite is skipped and says so.
 */
if (!CHROMIUM && process.env["CI"]) throw new Error("chromium is not installed; .ci/run installs Debian's chromium package");
if (!CHROMIUM) console.warn("chromium not installed: end-to-end tests of the preview's page skipped (apt-get install chromium)");
const suite = CHROMIUM ? describe : describe.skip;
jest.setTimeout(300_000);

const CORPUS = join(__dirname, "../fixtures/corpus");
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A plain Vorlage whose clause 2.2 carries a comment. */
const commented = (): Uint8Array =>
  docxFromBody(
    [
      ...["Vorlagen-Nr. 25-V-03-0012", "Beitritt zum Verein NExT e. V.", "1. Es wird beschlossen, dass", "1.1 die Stadt dem Verein beitritt."].map(paragraphXml),
      `<w:p><w:r><w:t xml:space="preserve">1.2 der Mitgliedsbeitrag von 1.000 € jährlich bereitgestellt wird.</w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`,
    ].join(""),
    { "word/comments.xml": strToU8(COMMENTS) },
  );

suite("the preview's page in Chromium", () => {
  let server: Server;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    let origin: string;
    ({ server, origin } = await serve(build()));
    context = await launch({ width: 1280, height: 1000 });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(`${origin}/preview.html`);
    await page.getByRole("button", { name: "Zeichnung einfügen" }).waitFor();
  });

  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  async function open(name: string, bytes: Uint8Array): Promise<void> {
    await page.getByTestId("open-input").setInputFiles({ name, mimeType: DOCX, buffer: Buffer.from(bytes) });
    await page.getByRole("status").filter({ hasText: `„${name}“ ist geöffnet.` }).waitFor();
  }
  const labels = () => page.locator("[data-testid=document] [data-list-label]").allTextContents();
  /** How far the window scrolls sideways (0: not at all), and where the rightmost comment ends. */
  const sideways = () =>
    page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      notesEnd: Math.max(0, ...Array.from(document.querySelectorAll("[data-testid=margin-comments]")).map((e) => e.getBoundingClientRect().right)),
      width: window.innerWidth,
    }));

  it("shows the list numbers of Word's numbering.xml before the clauses they number", async () => {
    await open("word-nummern.docx", readFileSync(join(CORPUS, "05-word-numbering-fields.docx")));
    await page.getByTestId("document").getByText("Es wird beschlossen, dass").waitFor();
    expect(await labels()).toEqual(["1.", "1.1", "1.2", "2.", "2.1", "2.2", "2.3"]);
    const line = await page.locator("[data-testid=document] p", { has: page.locator("[data-list-label='2.2']") }).textContent();
    expect(line).toMatch(/^2\.2die Lizenzkosten von 18\.500 €/u);
  });

  it("shows LibreOffice's list numbers, and its tables as tables with rows and cells", async () => {
    await open("lo-tabellen.docx", readFileSync(join(CORPUS, "02-lo-tables-hessian.docx")));
    await page.getByTestId("document").getByText("Sanierung der Sporthalle Am Moltkering").waitFor();
    expect(await labels()).toEqual(["1.", "1.1", "1.2", "2.", "2.1", "2.2", "2.3"]);
    const tables = await page.evaluate(() =>
      Array.from(document.querySelectorAll("[data-testid=document] table")).map((t) => Array.from(t.querySelectorAll("tr")).map((r) => Array.from(r.querySelectorAll("td")).map((c) => c.textContent))),
    );
    expect(tables).toHaveLength(2);
    expect(tables[0]?.[0]).toEqual(["Vorlagen-Nr.", "25-V-04-0022"]);
    expect(tables[1]?.[1]).toEqual(["IV", "1.08.01", "4201", "0960000", "60 %"]);
    // One row's cells stand side by side on one line, not one paragraph below the other.
    const tops = await page.locator("[data-testid=document] table").first().locator("tr").first().locator("td").evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
  });

  it("shows a comment in the margin without the window scrolling sideways, at 1280 px and at 320 px", async () => {
    await open("kommentar.docx", commented());
    await page.locator("[data-testid=margin-comments]").first().waitFor();
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForFunction((w) => window.innerWidth === w, width);
      // The page is scaled to the room after a resize: wait until the window no longer scrolls, or time out.
      await page.waitForFunction(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth, undefined, { timeout: 10_000 }).catch(() => undefined);
      const seen = await sideways();
      expect({ width, scroll: seen.scroll }).toEqual({ width, scroll: 0 });
      expect(seen.notesEnd).toBeLessThanOrEqual(seen.width);
      expect(seen.notesEnd).toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
  });
});
