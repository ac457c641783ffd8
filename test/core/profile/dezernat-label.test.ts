import { dezernatLabel } from "../../../src/core/profile/dezernat-label";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { reportText } from "../../../src/i18n/report-messages";

describe("how a Dezernat is named to a reader", () => {
  it("puts the city's word before an id of the profile or a bare number", () => {
    expect(dezernatLabel("VII", WIESBADEN)).toBe("Dezernat VII");
    expect(dezernatLabel("6", KARLSRUHE)).toBe("Dez. 6");
    expect(dezernatLabel("XI", WIESBADEN, "\u00a0")).toBe("Dezernat\u00a0XI");
  });

  it("shows a Federführung another city wrote as it stands, not as „Dezernat Fachbereich 3 …“ or „Dezernat Dez. 4“", () => {
    expect(dezernatLabel("Fachbereich 3 Sicherheit und Ordnung", WIESBADEN)).toBe("Fachbereich 3 Sicherheit und Ordnung");
    expect(dezernatLabel("Dez. 4", WIESBADEN)).toBe("Dez. 4");
    expect(dezernatLabel("Amt 20 – Finanzen", WIESBADEN)).toBe("Amt 20 – Finanzen");
    expect(dezernatLabel("III/20", WIESBADEN)).toBe("III/20");
  });

  it("is what the reviewers' report prints in its Dezernat rows", () => {
    expect(reportText("de", WIESBADEN).dezernat("Stadtkämmerei")).toBe("Stadtkämmerei");
    expect(reportText("de", WIESBADEN).dezernat("IV")).toBe("Dezernat\u00a0IV");
    expect(reportText("en", WIESBADEN).dezernat("")).toBe("none stated");
  });
});
