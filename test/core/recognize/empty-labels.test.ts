import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A header whose fields are empty shows only their labels (LibreOffice drops the prompts of
 * empty controls): the label's punctuation and the next word of its line are no values.
 * The LibreOffice round trip itself is test/interop/empty-fields-roundtrip.test.ts.
 */
const header = (lines: readonly string[]) =>
  recognize([...lines, "Es wird beschlossen, dass", "2.1\tdie Stadt handelt."], WIESBADEN, sequentialIds("e")).vorlage.header;

describe("an empty header field, read from its label alone", () => {
  it("„Beschluss Nr. “ is no Beschluss-Nr. „.“", () => {
    expect(header(["Vorlagen-Nr. 24-V-07-0001", "Betreff der Vorlage", "Beschluss Nr. "]).beschlussNr).toBe("");
    expect(header(["Beschluss-Nr.:"]).beschlussNr).toBe("");
  });

  it("a filled Beschluss-Nr. is still read", () => {
    expect(header(["Beschluss Nr. 0057"]).beschlussNr).toBe("0057");
    expect(header(["Beschluss-Nr.: 12/2025"]).beschlussNr).toBe("12/2025");
  });

  it("an empty Punkt does not take the next word, an empty Tagesordnung does not hide the Punkt", () => {
    expect(header(["Tagesordnung II Punkt  der öffentlichen Sitzung am 21. März 2024"])).toMatchObject({ tagesordnung: "II", tagesordnungspunkt: "" });
    expect(header(["Tagesordnung  Punkt 10 der öffentlichen Sitzung am 21. März 2024"])).toMatchObject({ tagesordnung: "", tagesordnungspunkt: "10" });
    expect(header(["Tagesordnung II Punkt 10 der öffentlichen Sitzung am 21. März 2024"])).toMatchObject({ tagesordnung: "II", tagesordnungspunkt: "10" });
  });

  it("the Betreff after an empty Vorlagen-Nr. is still the Betreff", () => {
    expect(header(["Vorlagen-Nr. ", "Beitritt zum Verein", "Beschluss Nr. 0057"])).toMatchObject({ vorlagenNr: "", betreff: "Beitritt zum Verein" });
  });

  it("„Vorlagenart: Beschlussvorlage“ is read, „Vorlagenart: “ is empty", () => {
    expect(header(["Vorlagenart: Beschlussvorlage"]).vorlagenart).toBe("Beschlussvorlage");
    expect(header(["Vorlagenart: "]).vorlagenart).toBe("");
  });
});
