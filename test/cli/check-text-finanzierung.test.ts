import { KARLSRUHE, WIESBADEN } from "../../src/core/profile/builtin-profiles";
import type { Vorlage } from "../../src/core/model/vorlage";
import { buildReport } from "../../src/core/report/report-model";
import { reportCsv } from "../../src/core/report/report-csv";
import { reportHtml } from "../../src/core/report/report-html";
import type { FileCheck } from "../../src/cli/check-file";
import { textReport } from "../../src/cli/check-report";
import { reportText } from "../../src/i18n/report-messages";
import { completeVorlage } from "../fixtures/builders";
import { readOf } from "../core/report/report-fixtures";

/** The complete fixture paid 60 % by Dezernat VII and 40 % by Dezernat III. */
const shared = (): Vorlage => {
  const v = completeVorlage();
  const f = v.finanzierung as NonNullable<Vorlage["finanzierung"]>;
  return {
    ...v,
    finanzierung: {
      ...f,
      quellen: [
        { id: "q1", stelle: { dezernat: "VII", produkt: "1.11.01", kostenstelle: "2010" }, anteil: 0.6 },
        { id: "q2", stelle: { dezernat: "III", produkt: "1.11.02", kostenstelle: "2020" }, anteil: 0.4 },
      ],
    },
  };
};

const checked = (v: Vorlage): FileCheck => ({ file: "a.docx", readable: true, structured: true, recovered: false, complete: true, keineVorlage: false, findings: [], vorlage: v, dates: {}, profile: { id: "wiesbaden", name: "Stadt Wiesbaden", source: "default", stored: undefined } });
const finanzierungLine = (text: string) => text.split("\n").find((l) => /^\s+(Finanzierung|Financing):/u.test(l));

describe("the Finanzierung line of `check`", () => {
  it("is in English with --lang en, the amount written as an English reader reads it", () => {
    expect(finanzierungLine(textReport([checked(shared())], WIESBADEN, "en"))).toBe("  Financing: €12,400 one-off – Dezernat\u00a0VII 60\u00a0%, Dezernat\u00a0III 40\u00a0%");
  });

  it("is in German by default, with no-break spaces in „60 %“ and „Dezernat VII“ as in „12.400 €“", () => {
    expect(finanzierungLine(textReport([checked(shared())], WIESBADEN, "de"))).toBe("  Finanzierung: 12.400\u00a0€ einmalig – Dezernat\u00a0VII 60\u00a0%, Dezernat\u00a0III 40\u00a0%");
  });

  it("names a Dezernat in the printed report with a no-break space (Karlsruhe: „Dez. 6“), in the CSV as a filter is typed", () => {
    const v = completeVorlage();
    const report = buildReport([readOf("a.docx", { ...v, zustaendigkeit: { ...v.zustaendigkeit, federfuehrend: "6" } })]);
    expect(reportHtml(report, reportText("de", KARLSRUHE), "2026-11-26T14:05:00Z")).toContain("<td>Dez.\u00a06</td>");
    expect(reportCsv(report, reportText("de", KARLSRUHE)).split("\r\n")[1]?.split(";")[3]).toBe("Dez. 6");
  });
});

describe("the summary of a Vorlage without financial effects", () => {
  const none = (): Vorlage => ({ ...completeVorlage(), finanzierung: { auswirkungen: false, quellen: [], bewirtschaftung: "" } });
  const summary = (lang: "de" | "en") => textReport([checked(none())], WIESBADEN, lang).split("\n");

  it("says that there are none, not that nothing is stated („Finanzielle Auswirkungen: Nein“)", () => {
    expect(summary("de")).toContain("  keine finanziellen Auswirkungen");
    expect(summary("de")).not.toContain("  keine Angaben zur Finanzierung");
    expect(summary("en")).toContain("  no financial effects");
  });

  it("still says that nothing is stated where the Vorlage has no Finanzierung", () => {
    expect(textReport([checked({ ...completeVorlage(), finanzierung: undefined })], WIESBADEN, "de").split("\n")).toContain("  keine Angaben zur Finanzierung");
  });
});
