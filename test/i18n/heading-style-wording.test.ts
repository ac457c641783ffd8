import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import type { Finding } from "../../src/core/validation/finding";
import { formatFinding } from "../../src/i18n/format-finding";

/** Tryout 4: „(keine Formatvorlage ohne Gliederungsebene)“ read as a double negative. The reason is said plainly. */
const heading = (formatvorlage?: string): Finding => ({
  code: "accessibility-heading-style",
  severity: "warning",
  location: { type: "document" },
  params: { auszug: "1. Es wird beschlossen, dass", ...(formatvorlage !== undefined ? { formatvorlage } : {}) },
});

describe("the heading-style warning's reason", () => {
  it("says the paragraph has no style and no outline level, with no double negative", () => {
    const de = formatFinding(heading(), "de", WIESBADEN);
    expect(de).not.toMatch(/keine Formatvorlage ohne/u);
    expect(de).toContain("ohne eigene Formatvorlage und ohne Gliederungsebene");
    expect(formatFinding(heading(), "en", WIESBADEN)).toContain("no style of its own and no outline level");
  });

  it("names a style that has no outline level", () => {
    expect(formatFinding(heading("Normal"), "de", WIESBADEN)).toContain("Formatvorlage „Normal“, die keine Gliederungsebene hat");
    expect(formatFinding(heading("Normal"), "en", WIESBADEN)).toContain('style "Normal", which has no outline level');
  });
});
