import { RECOGNIZE_FINDING_CODES } from "../../src/core/recognize/findings";
import { METADATA_FINDING_CODES } from "../../src/core/metadata/read-metadata-xml";
import { FIELD_NAMES } from "../../src/core/model/fields";
import { STRUCTURE_FINDING_CODES } from "../../src/document/ooxml/read-structure";
import { REFERENCE_FIELD_FINDING_CODES } from "../../src/document/ooxml/reference-fields";
import { TEXT_REFERENCE_FINDING_CODES } from "../../src/core/references/references-in-text";
import { IMPORTED_CHUNK_FINDING_CODES } from "../../src/document/imported-chunks";
import { HIDDEN_TEXT_FINDING_CODES } from "../../src/document/ooxml/hidden-text-findings";
import { LIST_NUMBER_FINDING_CODES } from "../../src/document/ooxml/list-number-findings";
import { STORY_UNREAD_FINDING_CODES } from "../../src/document/word/story-revisions-word";
import { OPEN_REVISION_FINDING_CODES } from "../../src/core/validation/rules/open-revisions";
import { FINDING_CODES } from "../../src/core/validation/validate";
import { ACCESSIBILITY_FINDING_CODES } from "../../src/core/accessibility/rules";
import { REQUIRABLE_FIELDS } from "../../src/core/profile/profile";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { CATALOGUES, formatFinding } from "../../src/i18n/format-finding";

describe("message catalogues", () => {
  it.each(["de", "en"] as const)("%s has a message for every finding code and a label for every required field", (lang) => {
    const catalogue = CATALOGUES[lang];
    const codes = [...Object.keys(FINDING_CODES), ...Object.keys(METADATA_FINDING_CODES), ...Object.keys(STRUCTURE_FINDING_CODES), ...Object.keys(RECOGNIZE_FINDING_CODES), ...Object.keys(ACCESSIBILITY_FINDING_CODES), ...Object.keys(REFERENCE_FIELD_FINDING_CODES), ...Object.keys(IMPORTED_CHUNK_FINDING_CODES), ...Object.keys(HIDDEN_TEXT_FINDING_CODES), ...Object.keys(LIST_NUMBER_FINDING_CODES), ...Object.keys(STORY_UNREAD_FINDING_CODES), ...Object.keys(OPEN_REVISION_FINDING_CODES), ...Object.keys(TEXT_REFERENCE_FINDING_CODES)];
    expect(codes.filter((code) => catalogue.findings[code] === undefined)).toEqual([]);
    const fields = [...REQUIRABLE_FIELDS, ...FIELD_NAMES, "sections", "text", "bloecke"];
    expect(fields.filter((f) => catalogue.fields[f] === undefined)).toEqual([]);
  });

  it("writes German with umlauts and ß, not transliterations", () => {
    const format = { euro: String, date: String, field: String, block: String, blockField: (_b: string, f: string) => f };
    const params = { field: "header.betreff", value: "x", example: "y", text: "jaehrlich", dezernat: "II", betrag: 1, genannt: "1 €" };
    const all = [...Object.values(CATALOGUES.de.fields), ...Object.values(CATALOGUES.de.findings).map((m) => m(params, format))].join(" ");
    expect(all).toContain("Federführendes");
    expect(all).toContain("jährlich");
    expect(all).not.toMatch(/fuer|fuehr|oeffentl|jaehr|pruef|aender|Beschluesse|Massnahme|Strasse|schliess/);
  });

  it("formats amounts and dates in the profile's house style", () => {
    const text = formatFinding(
      { code: "finanzierung-betrag-text", severity: "warning", location: { type: "document" }, params: { genannt: "1.500 €", betrag: 1000 } },
      "de",
      WIESBADEN,
    );
    expect(text).toBe("Im Beschlusstext steht „1.500 €“, in der Finanzierung jedoch 1.000\u00a0€.");
    const order = formatFinding(
      { code: "date-order", severity: "error", location: { type: "document" }, params: { date: "2024-04-01", before: "2024-03-21" } },
      "de",
      WIESBADEN,
    );
    expect(order).toBe("Der frühere Beschluss vom 01.04.2024 liegt nach der Sitzung am 21.03.2024.");
  });

  it("never ends a sentence with two periods, whatever field it names", () => {
    const names = Object.keys(CATALOGUES.de.fields);
    for (const lang of ["de", "en"] as const) {
      for (const field of names) {
        const text = formatFinding({ code: "field-missing", severity: "error", location: { type: "field", field }, params: { field } }, lang, WIESBADEN);
        expect(text).not.toMatch(/\.\.$/);
      }
    }
    expect(formatFinding({ code: "field-missing", severity: "error", location: { type: "document" }, params: { field: "header.vorlagenNr" } }, "de", WIESBADEN)).toBe("Pflichtangabe fehlt: Vorlagen-Nr.");
  });

  it("never ends a finding's sentence with two periods, with or without its optional parts", () => {
    const format = { euro: String, date: String, field: String, block: String, blockField: (_b: string, f: string) => f };
    for (const lang of ["de", "en"] as const) {
      for (const [code, message] of Object.entries(CATALOGUES[lang].findings)) {
        for (const params of [{}, { grund: "" }, { grund: "Sehr geehrte" }] as Readonly<Record<string, string>>[]) {
          expect(`${code}: ${message(params, format)}`).not.toMatch(/[^.]\.\.(?!\.)/);
        }
      }
    }
  });

  it("falls back to the code for a finding it does not know (from a newer version)", () => {
    expect(formatFinding({ code: "future-code", severity: "info", location: { type: "document" }, params: {} }, "en", WIESBADEN)).toBe("future-code");
  });
});

describe("numbering messages", () => {
  it("end a sentence on a number with one full stop, not two", () => {
    const gap = formatFinding({ code: "numbering-gap", severity: "error", location: { type: "document" }, params: { written: "2.", expected: "1." } }, "de", WIESBADEN);
    expect(gap).toBe("Lücke in der Nummerierung: „2.“ steht an Stelle 1.");
    const clause = formatFinding({ code: "numbering-mismatch", severity: "error", location: { type: "document" }, params: { written: "2.5", expected: "2.4" } }, "de", WIESBADEN);
    expect(clause).toBe("Nummer „2.5“ passt nicht zur Reihenfolge; richtig wäre 2.4.");
    const english = formatFinding({ code: "numbering-mismatch", severity: "error", location: { type: "document" }, params: { written: "2.5", expected: "2.4" } }, "en", WIESBADEN);
    expect(english).toBe('Number "2.5" does not fit the order; it should be 2.4.');
    for (const lang of ["de", "en"] as const) {
      for (const code of ["numbering-gap", "numbering-duplicate", "numbering-order", "numbering-mismatch", "numbering-missing"]) {
        expect(formatFinding({ code, severity: "error", location: { type: "document" }, params: { written: "3.", expected: "2." } }, lang, WIESBADEN)).not.toMatch(/\.\.$/);
      }
    }
  });
});
