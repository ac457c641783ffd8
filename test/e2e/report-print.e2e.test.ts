import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { buildReport, type ReadResult } from "../../src/core/report/report-model";
import { reportHtml } from "../../src/core/report/report-html";
import { reportText } from "../../src/i18n/report-messages";
import { completeVorlage } from "../fixtures/builders";
import { distinct, readOf, unreadable, withHeader, withMoney } from "../core/report/report-fixtures";
import { CHROMIUM, CHROMIUM_ARGS } from "./harness";

/**
 * The HTML report (`check --report`) as Chromium prints it on A4 landscape: no heading and no
 * cell breaks a word where no hyphen is shown („Federführ|ung“, „Stadtveror|dnetenver|sammlung“).
 * The page is laid out at the printable width of A4 landscape with print media, and every
 * character's line box is compared with the one before it, as preview-narrow does for the pane.
 */
if (!CHROMIUM && process.env["CI"]) throw new Error("chromium is not installed; .ci/run installs Debian's chromium package");
if (!CHROMIUM) console.warn("chromium not installed: end-to-end tests skipped (apt-get install chromium)");
const suite = CHROMIUM ? describe : describe.skip;
jest.setTimeout(120_000);

/** A4 landscape (297 mm) less the report's 12 mm margins, in CSS pixels (96 per inch). */
const PRINT_WIDTH = Math.floor(((297 - 2 * 12) / 25.4) * 96);

/** Table cells whose text a line break splits between two letters or digits (no space, no hyphen, no soft hyphen), with the halves. */
function splitWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("th, td"))) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      // A word lies in one text node; a new line between two nodes (after a <br>, a list) splits none.
      const chars: { ch: string; top: number; node: number }[] = [];
      let node = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode(), node++) {
        const text = n.textContent ?? "";
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          // The box that holds the character: a range at a line break also has an empty box at the end of the line
          // before. A soft hyphen where the line does not break has no box; where it breaks, it is shown and counts.
          const rect = Array.from(range.getClientRects()).filter((r) => r.width > 0).at(-1);
          // A space at the end of a line collapses to no box: it still stands between the two words.
          if (rect || /\s/u.test(text[i] as string)) chars.push({ ch: text[i] as string, top: rect?.top ?? Number.NaN, node });
        }
      }
      for (let i = 1; i < chars.length; i++) {
        const prev = chars[i - 1] as { ch: string; top: number; node: number };
        const cur = chars[i] as { ch: string; top: number; node: number };
        if (cur.node === prev.node && cur.top > prev.top + 2 && /[\p{L}\p{N}]/u.test(prev.ch) && /[\p{L}\p{N}]/u.test(cur.ch)) {
          const text = chars.map((c) => c.ch).join("");
          out.push(`${text.slice(0, i)}|${text.slice(i)}`);
        }
      }
    }
    return out;
  });
}

/** Cells whose content sticks out of them: a word too long for its column. */
function overrun(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("table.rows th, table.rows td"))
      .filter((c) => c.scrollWidth > c.clientWidth + 1)
      .map((c) => c.textContent ?? ""),
  );
}

/** The same file read with its metadata part where its controls were lost: „ohne Steuerelemente, mit gespeicherten Metadaten“. */
const recovered = (r: ReadResult): ReadResult => (r.readable ? { ...r, recovered: true } : r);

suite("the HTML report printed on A4 landscape in Chromium", () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "chromium-")), {
      executablePath: CHROMIUM as string,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: PRINT_WIDTH, height: 800 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    await page.emulateMedia({ media: "print" });
  });

  afterAll(async () => {
    await context?.close();
  });

  // What the tester printed: other towns' files read as plain documents, a Gremium of 27 letters in one word, a recovered file.
  const results = distinct([
    readOf("A-musterhausen.docx", withHeader({ gremium: "Stadtverordnetenversammlung", betreff: "Sanierung der Turnhalle der Grundschule Am Weiher" }), false),
    readOf("Beschlussvorlage_2025-118_Kreistag.docx", withHeader({ gremium: "Stadtverordnetenversammlung", betreff: "Zuschuss an den Verein „Tafel Beispielkreis e. V.“" }, withMoney("VII", 1_240_000, "jaehrlich"))),
    recovered(readOf("C-gemeinde.docx", withHeader({ gremium: "" }), false)),
    readOf("24-V-07-0001.docx", completeVorlage()),
    unreadable("kaputt.docx"),
  ]);

  it.each(["de", "en"] as const)("breaks no heading or cell inside a word without a hyphen (%s)", async (lang) => {
    await page.setContent(reportHtml(buildReport(results), reportText(lang, WIESBADEN), "2026-11-26T14:05:00Z"));
    expect(await splitWords(page)).toEqual([]);
    expect(await overrun(page)).toEqual([]);
    // Laid out by its content, the table still fits the printable width of the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PRINT_WIDTH);
  });
});
