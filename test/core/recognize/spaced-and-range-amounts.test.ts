import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * The Betrag of a Finanzierung whose digits are grouped by spaces (DIN 5008: „1 250 000 €“) is the whole figure,
 * and a Betrag given as a range or with a grouping that may join two numbers is named as a doubt, never taken as certain.
 */
const doc = (betrag: string, clause = "1.1 zehn Lastenräder beschafft werden.") =>
  recognize(
    [
      "Vorlagen-Nr. 25-V-03-0042",
      "Gremium: Stadtverordnetenversammlung",
      "Sitzungsdatum: 12.06.2025",
      "Betreff: Anschaffung von Lastenrädern",
      "1. Es wird beschlossen, dass",
      clause,
      "Finanzielle Auswirkungen: Ja",
      `Betrag: ${betrag}`,
      "Haushaltsjahr: 2025",
      "Die Mittel stehen im Budget des Dezernats III zur Verfügung.",
    ],
    WIESBADEN,
    sequentialIds("v"),
  );
const uncertain = (r: ReturnType<typeof doc>) => r.findings.filter((f) => f.code === "recognize-uncertain").map((f) => f.params?.["field"]);

describe("a Betrag with digits grouped by spaces", () => {
  it.each([" ", "\u00a0", "\u202f", "\u2009"])("reads „1 250 000 €“ grouped by %j as 1.250.000 €", (sp) => {
    const r = doc(`1${sp}250${sp}000 € einmalig`, `1.1 zehn Lastenräder für 1${sp}250${sp}000 € beschafft werden.`);
    expect(r.vorlage.finanzierung?.betragCent).toBe(125_000_000);
  });

  it("reads „12 400 €“ as 12.400 €, not 400 €", () => expect(doc("12 400 € einmalig").vorlage.finanzierung?.betragCent).toBe(1_240_000));

  it("takes no Betrag where the grouping may join two numbers, and names the doubt", () => {
    const r = doc("Seite 3 400 € einmalig");
    expect(r.vorlage.finanzierung?.betragCent).toBeUndefined();
    expect(uncertain(r)).toContain("finanzierung.betrag");
  });
});

describe("a Betrag given as a range", () => {
  it.each(["120.000 bis 150.000 € einmalig", "120.000 – 150.000 € einmalig", "zwischen 120.000 und 150.000 € einmalig"])("takes no Betrag from „%s“ and names the doubt", (betrag) => {
    const r = doc(betrag);
    expect(r.vorlage.finanzierung?.betragCent).toBeUndefined();
    expect(uncertain(r)).toContain("finanzierung.betrag");
  });
});
