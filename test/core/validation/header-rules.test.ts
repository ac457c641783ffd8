import { completeVorlage } from "../../fixtures/builders";
import { codes, findingsOf } from "./helpers";

const withHeader = (header: Partial<ReturnType<typeof completeVorlage>["header"]>) =>
  completeVorlage({ header: { ...completeVorlage().header, ...header } });

describe("required fields", () => {
  it("accepts the complete fixture without any finding", () => {
    expect(codes(completeVorlage())).toEqual([]);
  });

  it("reports a missing Betreff, also when it is only blanks", () => {
    expect(findingsOf(withHeader({ betreff: "  " }), "field-missing")).toEqual([
      { code: "field-missing", severity: "error", location: { type: "field", field: "header.betreff" }, params: { field: "header.betreff" } },
    ]);
  });

  it("reports a missing Vorlagen-Nr., Gremium and Sitzungsdatum", () => {
    const found = findingsOf(withHeader({ vorlagenNr: "", gremium: "", sitzungsdatum: "" }), "field-missing").map((f) => f.params["field"]);
    expect(found).toEqual(["header.gremium", "header.sitzungsdatum", "header.vorlagenNr"]);
  });

  it("reports a missing federführendes Dezernat", () => {
    const v = completeVorlage({ zustaendigkeit: { federfuehrend: "", beteiligt: [] } });
    expect(findingsOf(v, "field-missing").map((f) => f.params["field"])).toEqual(["zustaendigkeit.federfuehrend"]);
  });

  it("reports a Vorlage that says nothing about money when the profile requires it", () => {
    expect(codes(completeVorlage({ finanzierung: undefined }))).toContain("field-missing");
  });
});

describe("Vorlagen-Nr.", () => {
  it("must match the profile's pattern", () => {
    expect(findingsOf(withHeader({ vorlagenNr: "2025/0012" }), "vorlagen-nr-format")[0]?.params).toEqual({ value: "2025/0012", example: "24-V-07-0001" });
  });

  it("must carry the year of the Sitzung or the year before", () => {
    expect(codes(withHeader({ vorlagenNr: "24-V-03-0012" }))).toEqual([]);
    expect(findingsOf(withHeader({ vorlagenNr: "22-V-03-0012" }), "vorlagen-nr-jahr")[0]?.params).toEqual({ value: "22-V-03-0012", jahr: 2022, sitzungsjahr: 2025 });
    expect(codes(withHeader({ vorlagenNr: "26-V-03-0012" }))).toEqual(["vorlagen-nr-jahr"]);
  });

  it("must carry the organisation code of the federführendes Dezernat", () => {
    expect(findingsOf(withHeader({ vorlagenNr: "25-V-07-0012" }), "vorlagen-nr-dezernat")[0]?.params).toEqual({
      value: "25-V-07-0012",
      org: "07",
      dezernat: "VII",
      federfuehrend: "III",
    });
    expect(findingsOf(withHeader({ vorlagenNr: "25-V-09-0012" }), "vorlagen-nr-dezernat")[0]?.params["dezernat"]).toBe("");
  });
});

describe("Dezernate", () => {
  it("must be known to the profile, federführend and beteiligt", () => {
    const v = completeVorlage({ zustaendigkeit: { federfuehrend: "IX", beteiligt: ["II", "Stadtwerke"] } });
    expect(findingsOf(v, "dezernat-unknown").map((f) => f.params["dezernat"])).toEqual(["IX", "Stadtwerke"]);
  });
});

describe("dates", () => {
  it("reports a date that does not exist", () => {
    expect(findingsOf(withHeader({ sitzungsdatum: "2025-02-30" }), "date-invalid")[0]?.params).toEqual({ date: "2025-02-30" });
  });

  it("reports an earlier decision dated after the Sitzung", () => {
    const v = completeVorlage({ bezuege: [{ id: "b1", gremium: "Magistrat", datum: "2025-06-01", bp: "0101", vermerk: "" }] });
    expect(findingsOf(v, "date-order")[0]?.location).toEqual({ type: "entry", list: "bezuege", id: "b1" });
  });

  it("reports a Beratungsfolge that runs backwards in time, and invalid dates in it and in signatures", () => {
    const v = completeVorlage({
      beratungsfolge: [
        { id: "r1", gremium: "Ausschuss für Finanzen", datum: "2025-05-20", rolle: "Vorberatung", entscheidend: false },
        { id: "r2", gremium: "Magistrat", datum: "2025-05-06", rolle: "Entscheidung", entscheidend: true },
        { id: "r3", gremium: "Magistrat", datum: "2025-13-01", rolle: "Kenntnisnahme", entscheidend: false },
      ],
      zeichnungen: [{ id: "z1", ort: "Wiesbaden", datum: "2025-04-31", zusatz: "", name: "N. N." }],
    });
    expect(codes(v)).toEqual(["date-order", "date-invalid", "date-invalid"]);
  });

  it("reports an earlier decision that cannot be found again", () => {
    const v = completeVorlage({ bezuege: [{ id: "b1", gremium: "Magistrat", datum: "2025-01-01", bp: "", vermerk: "" }] });
    expect(codes(v)).toEqual(["bezug-incomplete"]);
  });
});
