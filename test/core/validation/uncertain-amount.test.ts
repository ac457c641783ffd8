import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";
import { withUncertainAmount } from "../../../src/core/validation/uncertain-amount";
import { validate } from "../../../src/core/validation/validate";
import { formatFinding } from "../../../src/i18n/format-finding";

/**
 * An amount that is stated but not certain is „unsicher gelesen“, never „kein Betrag“ (third tryout: „12.400 € netto
 * (14.756 € brutto)“ and „Einführungskosten von 84.300 € und … jährlichen Lizenzkosten von 21.000 €“ gave the error
 * „Finanzielle Auswirkungen sind angegeben, aber kein Betrag“).
 */
const checked = (clause: string) => {
  const r = recognize(
    [
      "Vorlagen-Nr. 25-V-06-0021",
      "Gremium: Stadtverordnetenversammlung",
      "Sitzungsdatum: 06.05.2025",
      "Betreff: Beschaffung von Lastenrädern",
      "1. Es wird beschlossen, dass",
      `1.1 ${clause}`,
      "1.2 die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt.",
    ],
    WIESBADEN,
    sequentialIds("u"),
  );
  return withUncertainAmount(validate(r.vorlage, WIESBADEN), r.findings);
};

describe("a Betrag stated but not read for certain", () => {
  it.each([
    ["die einmaligen Kosten in Höhe von 12.400 € netto (14.756 € brutto) im Haushaltsjahr 2025 hälftig aus dem Budget der Dezernate VI und III gedeckt werden;"],
    ["die Einführungskosten von 84.300 € und die jährlichen Lizenzkosten von 21.000 € im Haushaltsjahr 2025 aus dem Budget des Dezernats I gedeckt werden;"],
  ])("is said to be unsure, not missing: %s", (clause) => {
    const findings = checked(clause);
    expect(findings.map((f) => f.code)).not.toContain("finanzierung-betrag-missing");
    const unsure = findings.find((f) => f.code === "finanzierung-betrag-unsicher");
    expect(unsure?.severity).toBe("warning");
    expect(formatFinding(unsure as NonNullable<typeof unsure>, "de", WIESBADEN)).toMatch(/^Ein Betrag ist angegeben, wurde aber nicht sicher gelesen \(„.*€.*“\)/u);
  });

  it("leaves „kein Betrag“ where none is stated", () => {
    const findings = checked("die Räder im Haushaltsjahr 2025 einmalig aus dem Budget des Dezernats VI beschafft werden;");
    expect(findings.map((f) => f.code)).toContain("finanzierung-betrag-missing");
    expect(findings.map((f) => f.code)).not.toContain("finanzierung-betrag-unsicher");
  });
});
