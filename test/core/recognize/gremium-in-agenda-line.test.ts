import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * The agenda line of a header names the deciding body in the genitive, whichever body it is:
 * „Tagesordnung I Punkt 4 der öffentlichen Sitzung des Bauausschusses am 12. Juni 2025“. The Gremium is that body in
 * the nominative, with its date, and not only where it is one of the profile's bodies.
 */
const header = (agenda: string) =>
  recognize(
    [agenda, "Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "1. Es wird beschlossen, dass", "1.1 zehn Lastenräder beschafft werden."],
    WIESBADEN,
    sequentialIds("v"),
  ).vorlage.header;

describe("the Gremium of an agenda line", () => {
  it.each([
    ["Tagesordnung I Punkt 4 der öffentlichen Sitzung des Ausschusses für Finanzen am 12. Juni 2025", "Ausschuss für Finanzen"],
    ["Tagesordnung I Punkt 4 der öffentlichen Sitzung des Bauausschusses am 12. Juni 2025", "Bauausschuss"],
    ["Tagesordnung I Punkt 4 der nichtöffentlichen Sitzung des Finanzausschusses am 12.06.2025", "Finanzausschuss"],
    ["Tagesordnung I Punkt 4 der öffentlichen Sitzung des Ortsbeirates Wiesbaden-Mitte am 12. Juni 2025", "Ortsbeirat Wiesbaden-Mitte"],
    ["TOP 4 der Sitzung des Ortsbeirats 6 am 12.06.2025", "Ortsbeirat 6"],
    ["Tagesordnung I Punkt 4 der öffentlichen Sitzung des Ausschusses für Planung, Bau und Verkehr am 12. Juni 2025", "Ausschuss für Planung, Bau und Verkehr"],
  ])("reads „%s“ as %s", (agenda, gremium) => {
    const h = header(agenda);
    expect(h.gremium).toBe(gremium);
    expect(h.sitzungsdatum).toBe("2025-06-12");
    expect(h.tagesordnungspunkt).toBe("4");
  });

  it("still reads the profile's body", () => {
    expect(header("Tagesordnung I Punkt 4 der öffentlichen Sitzung der Stadtverordnetenversammlung am 12. Juni 2025").gremium).toBe("Stadtverordnetenversammlung");
  });
});

describe("a comma in the agenda line", () => {
  it("ends the body's name before an article („des Bauausschusses, der am … tagt“)", () => {
    expect(header("Tagesordnung I Punkt 4 der Sitzung des Bauausschusses, die am 12.06.2025 stattfindet").gremium).not.toMatch(/,/u);
  });
});
