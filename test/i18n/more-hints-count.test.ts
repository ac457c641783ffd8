import { CLI_MESSAGES } from "../../src/i18n/cli-messages";

describe("the folded hints' line of the text report", () => {
  it("says one hint in the singular, in German and English (tryout: „… und 1 weitere Hinweise“)", () => {
    expect(CLI_MESSAGES.de.moreHints(1)).toBe("… und ein weiterer Hinweis dieser Art (alle mit --json, --report oder --csv).");
    expect(CLI_MESSAGES.de.moreHints(276)).toBe("… und 276 weitere Hinweise dieser Art (alle mit --json, --report oder --csv).");
    expect(CLI_MESSAGES.en.moreHints(1)).toBe("… and one more note of this kind (all of them with --json, --report or --csv).");
  });
});
