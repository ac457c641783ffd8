import { checkAccessibility } from "../../../src/core/accessibility/rules";
import { firstWords } from "../../../src/core/german/first-words";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A finding quotes the first words of a heading or a paragraph: cut at a word boundary, never
 * in the middle of a word („wolle beschließe…“), so that the reader can find the text again.
 */
describe("the first words a finding quotes", () => {
  it("ends at a word boundary, with „…“", () => {
    expect(firstWords("Die Stadtverordnetenversammlung wolle beschließen:", 40)).toBe("Die Stadtverordnetenversammlung wolle…");
    expect(firstWords("Kurzer Text", 40)).toBe("Kurzer Text");
  });

  it("cuts inside a word only where the first word alone is too long", () => {
    expect(firstWords("Donaudampfschifffahrtsgesellschaftskapitän", 10)).toBe("Donaudamp…");
  });

  it("quotes a heading without outline level at a word boundary", () => {
    const found = checkAccessibility({
      language: "de-DE",
      title: "Titel",
      headings: [{ sectionId: "s1", text: "Die Stadtverordnetenversammlung wolle beschließen:", style: "Normal" }],
      tables: [],
      images: [],
      textBoxes: [],
      placeholders: [],
    }).find((f) => f.code === "accessibility-heading-style");
    expect(found?.params["auszug"]).toBe("Die Stadtverordnetenversammlung wolle…");
  });

  it("quotes an unassigned paragraph at a word boundary", () => {
    const long = "Der Verband wurde 1990 gegründet und zählt heute einhundertzwanzig Mitglieder aus dem ganzen Landkreis.";
    const r = recognize(["Betreff: Beitritt", "Beschlussvorschlag", "1. Die Stadt tritt bei.", "Begründung", long], WIESBADEN, sequentialIds("q"));
    const quoted = r.findings.filter((f) => f.code === "recognize-unassigned").map((f) => String(f.params["auszug"]));
    expect(quoted).toContain("Der Verband wurde 1990 gegründet und zählt heute einhundertzwanzig Mitglieder…");
  });
});
