import type { Server } from "node:http";
import type { BrowserContext, Page } from "playwright-core";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { vorlageOf } from "./desk-fixtures";
import { chooseFiles, eventually, launch, readingDone } from "./desk-page";
import { build, CHROMIUM, serve } from "./harness";
import { axeViolations } from "./pane-checks";

/**
 * The reviewers' page at 320 px as the third tryout used it: several versions of one Vorlage
 * (so the overview has its long chip „… weitere Fassungen mehrfach vorhandener Vorlagen nicht
 * mitgezählt“) and a file's Prüfergebnis open. The chip did not wrap and the Prüfergebnis's
 * columns were at least 320 px wide: the page was 526 px wide and scrolled sideways. And Escape
 * did not close the Prüfergebnis; now it does, and the focus goes back to the row it came from.
 */
if (!CHROMIUM && process.env["CI"]) throw new Error("chromium is not installed; .ci/run installs Debian's chromium package");
if (!CHROMIUM) console.warn("chromium not installed: end-to-end test of the reviewers' page at 320 px skipped (apt-get install chromium)");
const suite = CHROMIUM ? describe : describe.skip;
jest.setTimeout(600_000);

/** Three saved versions of one Vorlage and one other, without a distribution list (an error to show). */
function files(): { name: string; bytes: Uint8Array }[] {
  const one = vorlageOf(12, "III", "Stadtverordnetenversammlung", 1_240_000, "einmalig", "Beschaffung von Lastenrädern für den Kinderschutzbund");
  const other = { ...vorlageOf(13, "VI", "Stadtverordnetenversammlung", 500_000, "jaehrlich", "Zuschuss an den Kinderschutzbund Ortsverband Wiesbaden e. V."), verteiler: [] };
  return [
    ...["2025-05-06T09:00:00Z", "2025-05-07T09:00:00Z", "2025-05-08T09:00:00Z"].map((at, i) => ({ name: `lastenraeder-fassung-${i + 1}.docx`, bytes: DocxDocument.create(one, WIESBADEN, at).save() })),
    { name: "zuschuss.docx", bytes: DocxDocument.create(other, WIESBADEN, "2025-05-06T09:00:00Z").save() },
  ];
}

suite("the reviewers' page at 320 px with older versions and a Prüfergebnis open", () => {
  let server: Server;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    let origin: string;
    ({ server, origin } = await serve(process.env["DESK_DIST"] ?? build()));
    context = await launch({ width: 320, height: 800 });
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${origin}/pruefen.html`);
    await chooseFiles(page, files());
    await readingDone(page, 4);
  });

  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it("wraps the overview's chips within the page instead of scrolling sideways", async () => {
    await page.getByTestId("superseded").waitFor();
    await expect(page.getByTestId("superseded").textContent()).resolves.toContain("weitere Fassung");
    await expect(sideways()).resolves.toBeLessThanOrEqual(0);
  });

  it("opens a Prüfergebnis by keyboard without widening the page, closes it with Escape and puts the focus back on its row", async () => {
    const opener = page.getByRole("button", { name: "Prüfergebnis von 25-V-06-0013 anzeigen" });
    await opener.focus();
    await page.keyboard.press("Enter");
    await eventually(() => page.evaluate(() => document.activeElement?.id), "detail-heading");
    await page.getByTestId("detail").getByText("Der Verteiler ist leer.", { exact: false }).waitFor();
    await expect(sideways()).resolves.toBeLessThanOrEqual(0);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByTestId("detail").waitFor({ state: "detached" });
    await eventually(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? ""), "Prüfergebnis von 25-V-06-0013 anzeigen");
  });
});
