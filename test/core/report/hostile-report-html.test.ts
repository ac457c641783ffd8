import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { buildReport } from "../../../src/core/report/report-model";
import { reportHtml } from "../../../src/core/report/report-html";
import { reportText } from "../../../src/i18n/report-messages";
import { readOf, unreadable, withHeader } from "./report-fixtures";

jest.setTimeout(120_000);

const AT = "2026-12-07T10:00:00Z";
/** The longest run of characters with no place to break (no space, no <wbr>) in the report's body. */
const longestUnbroken = (html: string): number => Math.max(...(html.slice(html.indexOf("<body")).replace(/<wbr>/g, " ").replace(/<[^>]*>/g, " ").split(/\s+/u).map((w) => [...w].length)));

describe("the HTML report of a hostile document", () => {
  it("writes a Betreff of one word of a million characters whole, with break points, in bounded time (each 30-character piece spread the whole word again: hours)", () => {
    const word = "Haushaltsmittelbewirtschaftung".repeat(33_334);
    const html = reportHtml(buildReport([readOf("lang.docx", withHeader({ betreff: word }))]), reportText("de", WIESBADEN), AT);
    expect(html.replace(/<wbr>/g, "")).toContain(word);
    expect(longestUnbroken(html)).toBeLessThanOrEqual(60);
  });

  it("breaks one long word in a file name, a reason and a Betreff in the details under the table too, not only in its cells", () => {
    const html = reportHtml(
      buildReport([unreadable(`${"ä".repeat(10_000)}.docx`, `kaputt ${"ö".repeat(10_000)}`), readOf("b.docx", withHeader({ betreff: "ü".repeat(10_000) }))]),
      reportText("de", WIESBADEN),
      AT,
    );
    expect(html.split("ö").length - 1).toBeGreaterThanOrEqual(10_000);
    expect(html.split("ü").length - 1).toBeGreaterThanOrEqual(10_000);
    expect(longestUnbroken(html)).toBeLessThanOrEqual(60);
  });
});
