import { AdoptRefusedError } from "../../src/document/adopt-refused";
import { UI_MESSAGES } from "../../src/i18n/ui-messages";
import { errorMessage } from "../../src/taskpane/error-message";

/** A refused „Übernehmen“ says why and what to do, not that the block is gone (which it is not). */
describe("the message of a refused take-over", () => {
  it.each([
    ["de", "table", /Tabelle.*„Ziffer einfügen“/su],
    ["de", "changed", /leeren Absatzes.*erneut übernehmen/su],
    ["en", "table", /table.*“Insert clause”/su],
    ["en", "changed", /empty paragraph.*take it over again/su],
  ] as const)("%s, %s", (lang, refusal, words) => {
    const t = UI_MESSAGES[lang];
    const said = errorMessage(new AdoptRefusedError("c1", refusal), t);
    expect(said).toMatch(words);
    expect(said).not.toBe(t.errors.notFound);
  });
});
