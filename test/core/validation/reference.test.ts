import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { isComplete } from "../../../src/core/validation/finding";
import { validate } from "../../../src/core/validation/validate";
import { formatFinding } from "../../../src/i18n/format-finding";
import { reference0057 } from "../../fixtures/reference-0057";

describe("the reference resolution 0057 (Wiesbaden, 21.03.2024)", () => {
  const findings = validate(reference0057(), WIESBADEN);

  it("gets exactly two warnings: its Deckungsquellen name no Produkt or Kostenstelle", () => {
    expect(findings).toEqual([
      { code: "finanzierung-quelle-stelle-incomplete", severity: "warning", location: { type: "entry", list: "quellen", id: "q1" }, params: { dezernat: "VII", fehlt: "beides" } },
      { code: "finanzierung-quelle-stelle-incomplete", severity: "warning", location: { type: "entry", list: "quellen", id: "q2" }, params: { dezernat: "II", fehlt: "beides" } },
    ]);
  });

  it("is complete: nothing blocks its submission", () => {
    expect(isComplete(findings)).toBe(true);
  });

  it("reads as German sentences for the reviewer", () => {
    expect(findings.map((f) => formatFinding(f, "de", WIESBADEN))).toEqual([
      "Bei der Deckungsquelle von Dezernat VII fehlen Produkt und Kostenstelle.",
      "Bei der Deckungsquelle von Dezernat II fehlen Produkt und Kostenstelle.",
    ]);
  });
});
