import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import type { Vorlage } from "../../src/core/model/vorlage";
import type { Finding } from "../../src/core/validation/finding";
import type { FileCheck } from "../../src/cli/check-file";
import { textReport } from "../../src/cli/check-report";
import { completeVorlage } from "../fixtures/builders";

/**
 * The summary of `check` says in words what it did not read, never with a bare sign (third tryout): a Betrag read with
 * doubt is „Betrag unsicher“ (its finding names the figures), one the document does not state „kein Betrag“, not „?“;
 * a decision written as one unnumbered paragraph is „1 Absatz ohne Nummer“, not „–“.
 */
const checked = (v: Vorlage, findings: readonly Finding[] = []): FileCheck => ({ file: "a.docx", readable: true, structured: false, recovered: false, complete: false, keineVorlage: false, findings, vorlage: v, dates: {}, profile: { id: "wiesbaden", name: "Stadt Wiesbaden", source: "default", stored: undefined } });
const lineOf = (text: string, re: RegExp) => text.split("\n").find((l) => re.test(l));
const withoutBetrag = (): Vorlage => {
  const v = completeVorlage();
  const { betragCent: _dropped, ...f } = v.finanzierung as NonNullable<Vorlage["finanzierung"]>;
  return { ...v, finanzierung: { ...f, turnus: "jaehrlich" } };
};
const doubt: Finding = { code: "recognize-uncertain", severity: "info", location: { type: "field", field: "finanzierung.betrag" }, params: { field: "finanzierung.betrag", auszug: "84.300 €, 21.000 €" } };

describe("the summary of `check` in words", () => {
  it("says „Betrag unsicher“ where the Betrag was read with doubt", () => {
    const line = lineOf(textReport([checked(withoutBetrag(), [doubt])], WIESBADEN, "de"), /^\s+Finanzierung:/u);
    expect(line).toMatch(/^\s+Finanzierung: Betrag unsicher jährlich/u);
    expect(line).not.toContain("?");
  });

  it("says „kein Betrag“ where none is stated, and „amount uncertain“ in English", () => {
    expect(lineOf(textReport([checked(withoutBetrag())], WIESBADEN, "de"), /^\s+Finanzierung:/u)).toMatch(/^\s+Finanzierung: kein Betrag jährlich/u);
    expect(lineOf(textReport([checked(withoutBetrag(), [doubt])], WIESBADEN, "en"), /^\s+Financing:/u)).toMatch(/^\s+Financing: amount uncertain yearly/u);
  });

  it("names a decision of one unnumbered paragraph in words", () => {
    const v = completeVorlage();
    const one: Vorlage = { ...v, sections: [{ id: "s1", kind: "beschluss", clauses: [{ id: "c1", text: "Der Gemeinderat beschließt die Benennung." }] }] };
    const text = textReport([checked(one)], WIESBADEN, "de");
    const line = lineOf(text, /Absatz/u);
    expect(line).toMatch(/: 1 Absatz ohne Nummer$/u);
    expect(line).not.toMatch(/^\s+–/u);
  });

  it("says that a Finanzierung names income only, not that it gives nothing", () => {
    const v: Vorlage = { ...completeVorlage(), finanzierung: undefined };
    const income: Finding = { code: "recognize-nur-ertraege", severity: "info", location: { type: "field", field: "finanzierung" }, params: { auszug: "Mehrerträge von rund 140.000 € jährlich" } };
    expect(lineOf(textReport([checked(v, [income])], WIESBADEN, "de"), /Finanzierung/u)).toBe("  Finanzierung: nur Erträge, keine Kosten");
  });
});
