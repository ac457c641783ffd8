import type { Server } from "node:http";
import type { BrowserContext, Page } from "playwright-core";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { vorlageOf } from "./desk-fixtures";
import { chooseFiles, launch, readingDone } from "./desk-page";
import { build, CHROMIUM, serve } from "./harness";
import { axeViolations } from "./pane-checks";

/**
 * The reviewers' table (tryout 3, items 10 and 11): at 1280 px no word of a cell is broken inside the word
 * („Stadtverordnete|nversammlung“, „Dezerna|t VI“), and a row without a Vorlagen-Nr. opens through a button of at
 * least 24 × 24 px (WCAG 2.2, 2.5.8) whose name says what it opens and contains what it shows.
 */
if (!CHROMIUM && process.env["CI"]) throw new Error("chromium is not installed; .ci/run installs Debian's chromium package");
if (!CHROMIUM) console.warn("chromium not installed: end-to-end tests of the desk's table skipped (apt-get install chromium)");
const suite = CHROMIUM ? describe : describe.skip;
jest.setTimeout(300_000);

const save = (v: ReturnType<typeof vorlageOf>): Uint8Array => DocxDocument.create(v, WIESBADEN, "2025-05-06T09:00:00Z").save();

/** Words of the table's cells (runs between spaces) that a line break splits, as „first|second“. */
function splitWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const td of Array.from(document.querySelectorAll<HTMLElement>("table td"))) {
      const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? "";
        const re = /[^\s\-–/]+/gu;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const range = document.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
          if (tops.size > 1) out.push(m[0]);
        }
      }
    }
    return out;
  });
}

suite("the reviewers' table in Chromium at 1280 px", () => {
  let server: Server;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    let origin: string;
    ({ server, origin } = await serve(build()));
    context = await launch({ width: 1280, height: 900 });
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${origin}/pruefen.html`);
    const long = vorlageOf(1, "VI", "Stadtverordnetenversammlung", 1_240_000, "einmalig", "Neufassung der Gebührensatzung für die Benutzung der Stadtbibliothek und des Kinderschutzbundes");
    const second = vorlageOf(2, "II", "Ausschuss für Finanzen", 500_000, "jaehrlich", "Zuschuss an den Kinderschutzbund");
    const noNumber = { ...second, header: { ...second.header, vorlagenNr: "" } };
    await chooseFiles(page, [
      { name: "gebuehren.docx", bytes: save(long) },
      { name: "zuschuss.docx", bytes: save(second) },
      { name: "ohne-nummer.docx", bytes: save(noNumber) },
    ]);
    await readingDone(page, 3);
  });

  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  it("breaks no word of a cell inside the word", async () => {
    await page.getByRole("cell", { name: "Stadtverordnetenversammlung" }).first().waitFor();
    expect(await splitWords(page)).toEqual([]);
  });

  it("opens a row without a Vorlagen-Nr. through a button of at least 24 × 24 px whose name contains what it shows", async () => {
    const button = page.locator("tr[data-file='ohne-nummer.docx'] td").first().getByRole("button");
    const box = await button.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(box!.height).toBeGreaterThanOrEqual(24);
    const name = (await button.getAttribute("aria-label")) ?? "";
    const shown = ((await button.textContent()) ?? "").trim();
    expect(shown).toMatch(/\p{L}/u);
    expect(name).toContain(shown);
    expect(name).toContain("ohne-nummer.docx");
    await button.click();
    await page.getByRole("heading", { name: /ohne-nummer\.docx/ }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
