import { clause, finanzierung, section, vorlage } from "../../../src/core/model/builders";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { deriveNumbers } from "../../../src/core/numbering/derive-numbers";
import fc from "fast-check";
import { SEVERITY_ORDER, type Finding } from "../../../src/core/validation/finding";
import { RULES } from "../../../src/core/validation/rules";
import { ruleContext, validate } from "../../../src/core/validation/validate";
import { arbitraryVorlage } from "../../fixtures/arbitrary-vorlage";
import { formatFinding } from "../../../src/i18n/format-finding";
import { completeVorlage } from "../../fixtures/builders";
import { codes, findingsOf } from "./helpers";

/** A complete Karlsruhe Vorlage in the shape of sample 2024/1032 (Bauausschuss, Vergabe, Dez. 6). */
const karlsruhe = (klima: Record<string, string> | null = { auswirkung: "ja-positiv" }) =>
  vorlage({
    header: { gremium: "Bauausschuss", sitzungsdatum: "2024-10-17", vorlagenNr: "2024/1032", betreff: "Verwaltungsgebäude Helmholtzstraße 1, Vergabe von Rohbauarbeiten" },
    zustaendigkeit: { federfuehrend: "6", beteiligt: [] },
    sections: [section("b", "beschluss", [clause("b1", "Der Bauausschuss genehmigt die Vergabe zum Preis von 655.910,66 €."), clause("b2", "Die Verwaltung wird ermächtigt, den Zuschlag zu erteilen.")])],
    finanzierung: finanzierung({
      betragCent: 65_591_066,
      turnus: "einmalig",
      haushaltsjahr: 2024,
      quellen: [{ id: "q1", stelle: { dezernat: "6", produkt: "7.880240.700", kostenstelle: "-" }, anteil: 1 }],
    }),
    verteiler: [{ id: "v1", empfaenger: "Amt für Hochbau und Gebäudewirtschaft", bitte: "veranlassung" }],
    bloecke: klima === null ? {} : { klimapruefung: klima },
  });

describe("a second city by configuration alone (Karlsruhe)", () => {
  it("accepts its own Vorlagen-Nr. 2024/1032 and 'Dez. 6', which Wiesbaden refuses", () => {
    expect(codes(karlsruhe(), KARLSRUHE)).toEqual([]);
    expect(codes(karlsruhe(), WIESBADEN)).toEqual(expect.arrayContaining(["vorlagen-nr-format", "dezernat-unknown", "block-unknown"]));
  });

  it("numbers in its own style: I., then 1., 2. as its Beschlussanträge do", () => {
    const n = deriveNumbers(karlsruhe(), KARLSRUHE.numbering);
    expect(n.sections.map((s) => [s.number, s.clauses.map((c) => c.number)])).toEqual([["I.", ["1.", "2."]]]);
  });

  it("requires its Klimaprüfung block, and a reason when the impact is negative", () => {
    expect(codes(karlsruhe(null), KARLSRUHE)).toEqual(["block-missing"]);
    expect(findingsOf(karlsruhe({ auswirkung: "ja-negativ" }), "block-field-missing", KARLSRUHE)[0]).toMatchObject({
      location: { type: "block", block: "klimapruefung", field: "begruendung" },
    });
    expect(codes(karlsruhe({ auswirkung: "ja-negativ", begruendung: "Mehr Verkehr während der Bauzeit" }), KARLSRUHE)).toEqual([]);
    expect(codes(karlsruhe({ auswirkung: "vielleicht" }), KARLSRUHE)).toEqual(["block-value-invalid"]);
  });

  it("turns a rule off through its severity table (no 'who books it' in Karlsruhe)", () => {
    expect(codes(karlsruhe(), KARLSRUHE)).not.toContain("finanzierung-bewirtschaftung-missing");
    expect(codes(karlsruhe(), WIESBADEN)).toContain("finanzierung-bewirtschaftung-missing");
  });

  it("asks for no Verteiler, which its Vorlagen do not have (none of the three published ones in ../shared/reference/samples), while Wiesbaden's must name one", () => {
    const without = { ...karlsruhe(), verteiler: [] };
    expect(codes(without, KARLSRUHE)).not.toContain("verteiler-missing");
    expect(codes({ ...completeVorlage(), verteiler: [] }, WIESBADEN)).toContain("verteiler-missing");
    // An entry it does have must still name its recipient.
    expect(codes({ ...karlsruhe(), verteiler: [{ id: "v", empfaenger: "", bitte: undefined }] }, KARLSRUHE)).toContain("verteiler-empfaenger-missing");
  });

  it("asks for no Deckungsquelle and no Haushaltsjahr, which its form does not have (it ticks „bereits vollständig budgetiert“ in all three published ones), while Wiesbaden's must name both", () => {
    const base = karlsruhe();
    const without = { ...base, finanzierung: finanzierung({ ...base.finanzierung, quellen: [], haushaltsjahr: undefined }) };
    expect(codes(without, KARLSRUHE)).not.toContain("finanzierung-quelle-missing");
    expect(codes(without, KARLSRUHE)).not.toContain("finanzierung-haushaltsjahr-missing");
    const wiesbaden = completeVorlage();
    const wiesbadenWithout = { ...wiesbaden, finanzierung: finanzierung({ ...wiesbaden.finanzierung, quellen: [], haushaltsjahr: undefined }) };
    expect(codes(wiesbadenWithout, WIESBADEN)).toEqual(expect.arrayContaining(["finanzierung-quelle-missing", "finanzierung-haushaltsjahr-missing"]));
  });

  it("names its declared blocks in the messages", () => {
    const [finding] = validate(karlsruhe({ auswirkung: "ja-negativ" }), KARLSRUHE);
    expect(formatFinding(finding!, "de", KARLSRUHE)).toBe("Im Block „CO2-Relevanz: Auswirkung auf den Klimaschutz“ fehlt die Angabe „Begründung“.");
    expect(formatFinding(finding!, "en", KARLSRUHE)).toBe('Block "Climate impact" lacks "Reason".');
  });
});

describe("optional blocks of a profile", () => {
  it("are checked only when present (Beteiligungen in Wiesbaden)", () => {
    expect(codes(completeVorlage())).toEqual([]);
    expect(codes(completeVorlage({ bloecke: { beteiligungen: { personalrat: "beteiligt" } } }))).toEqual(["block-field-missing", "block-field-missing"]);
  });
});

describe("severity overrides", () => {
  it("can raise a warning to an error", () => {
    const strict = { ...WIESBADEN, severity: { "finanzierung-quelle-stelle-incomplete": "error" as const } };
    const v = completeVorlage({ finanzierung: { ...completeVorlage().finanzierung!, quellen: [{ id: "q", stelle: { dezernat: "III", produkt: "", kostenstelle: "" }, anteil: 1 }] } });
    expect(validate(v, strict).map((f) => f.severity)).toEqual(["error"]);
  });
});

describe("ordering of findings", () => {
  it("lists errors before warnings", () => {
    const v = completeVorlage({
      header: { ...completeVorlage().header, betreff: "" },
      finanzierung: { ...completeVorlage().finanzierung!, quellen: [{ id: "q", stelle: { dezernat: "III", produkt: "", kostenstelle: "" }, anteil: 1 }] },
    });
    expect(validate(v, WIESBADEN).map((f) => f.severity)).toEqual(["error", "warning"]);
  });

  it("lists any Vorlage's findings as a stable sort by severity of the rules' findings in rule order, with a profile's severities and „off“", () => {
    const turned = { ...WIESBADEN, severity: { "numbering-missing": "info", "clause-empty": "off", "finanzierung-betrag-text": "error", "verteiler-empty": "warning" } as const };
    fc.assert(
      fc.property(arbitraryVorlage, fc.constantFrom(WIESBADEN, KARLSRUHE, turned), (v, profile) => {
        const ctx = ruleContext(v, profile);
        const inRuleOrder: Finding[] = RULES.flatMap((rule) =>
          rule.check(ctx).flatMap((hit) => {
            const severity = profile.severity[hit.code] ?? rule.codes[hit.code];
            return severity === undefined || severity === "off" ? [] : [{ code: hit.code, severity, location: hit.location, params: hit.params ?? {} }];
          }),
        );
        const expected = inRuleOrder.map((f, i) => [f, i] as const).sort(([a, i], [b, j]) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || i - j).map(([f]) => f);
        expect(validate(v, profile)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
