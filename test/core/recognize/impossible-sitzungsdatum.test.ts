import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";
import { validate } from "../../../src/core/validation/validate";
import { formatFinding } from "../../../src/i18n/format-finding";

/**
 * A Sitzungsdatum no calendar has („… Sitzung am 31.04.2025“) is kept as typed, so that the check says the date is
 * impossible. Found by the third tryout, which got „Pflichtangabe fehlt: Sitzungsdatum“ for a date that is there.
 */
describe("an impossible Sitzungsdatum", () => {
  it("is reported as impossible, not as missing", () => {
    const v = recognize(
      [
        "Stadtverordnetenversammlung",
        "Tagesordnung II Punkt 4 der nichtöffentlichen Sitzung am 31.04.2025",
        "Vorlagen-Nr. 25-V-04-0031",
        "Betreff: Zuschuss an den Kinderschutzbund",
        "1. Es wird beschlossen, dass",
        "1.1 dem Kinderschutzbund ein Zuschuss gewährt wird.",
      ],
      WIESBADEN,
      sequentialIds("d"),
    ).vorlage;
    const findings = validate(v, WIESBADEN);
    expect(findings.filter((f) => f.code === "date-invalid").map((f) => f.params["date"])).toEqual(["2025-04-31"]);
    expect(findings.some((f) => f.code.startsWith("required") && JSON.stringify(f).includes("sitzungsdatum"))).toBe(false);
  });
});

describe("the message of an impossible date", () => {
  it("shows the date as the document types it", () => {
    const finding = { code: "date-invalid", severity: "error", location: { type: "field", field: "header.sitzungsdatum" }, params: { date: "2025-04-31" } } as const;
    expect(formatFinding(finding, "de", WIESBADEN)).toBe("„31.04.2025“ ist kein gültiges Datum (diesen Tag gibt es im Kalender nicht).");
  });
});
