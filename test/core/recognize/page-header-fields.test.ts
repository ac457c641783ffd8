import { sequentialIds } from "../../../src/core/model/ids";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { pageHeaderFields } from "../../../src/core/recognize/page-header-fields";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * Offices often print the Vorlagen-Nr. and the Federführung in the Kopfzeile only. Recognition reads them from the
 * page header's texts where the body does not give them, and says so; never more than these fields.
 */
const BODY = [
  "Neugestaltung des Spielplatzes am Elsässer Platz",
  "Beratungsfolge: Stadtverordnetenversammlung, Sitzung am 12.06.2025",
  "Beschlussvorschlag",
  "1. Es wird beschlossen, dass der Spielplatz am Elsässer Platz neu gestaltet wird.",
  "2. Es wird beschlossen, dass die Mittel bereitgestellt werden.",
  "Begründung",
  "Der Spielplatz ist in die Jahre gekommen.",
];
const HEADER = ["Landeshauptstadt Wiesbaden", "Vorlagen-Nr.: 25-V-03-0012", "Federführendes Dezernat: Dezernat II"];

describe("fields that stand only in the page header", () => {
  it("takes the Vorlagen-Nr., the Betreff below it in the body and the labelled Federführung, and says where they stand", () => {
    const r = recognize(BODY, WIESBADEN, sequentialIds("r"), { pageHeader: HEADER });
    expect(r.vorlage.header.vorlagenNr).toBe("25-V-03-0012");
    expect(r.vorlage.header.betreff).toBe("Neugestaltung des Spielplatzes am Elsässer Platz");
    // The label wins over the office code 03 of the number.
    expect(r.vorlage.zustaendigkeit.federfuehrend).toBe("II");
    expect(r.findings.filter((f) => f.code === "recognize-page-header").map((f) => f.params["field"])).toEqual(["header.vorlagenNr", "zustaendigkeit.federfuehrend"]);
    // The header's lines are no body lines: the places and lines are the body's alone.
    expect(r.places).toHaveLength(BODY.length);
    expect(r.lines.some((l) => l.text.includes("25-V-03-0012"))).toBe(false);
  });

  it("without the page header the same body lacks them (what a new user got)", () => {
    const r = recognize(BODY, WIESBADEN, sequentialIds("r"));
    expect(r.vorlage.header.vorlagenNr).toBe("");
    expect(r.vorlage.header.betreff).toBe("");
  });

  it("reads a number by the profile's pattern where no label names it, and derives the Dezernat from its office code", () => {
    const r = recognize(BODY, WIESBADEN, sequentialIds("r"), { pageHeader: ["Landeshauptstadt Wiesbaden\t25-V-03-0012"] });
    expect(r.vorlage.header.vorlagenNr).toBe("25-V-03-0012");
    expect(r.vorlage.zustaendigkeit.federfuehrend).toBe("III");
  });

  it("the body's number and Federführung win over the page header's", () => {
    const body = ["Vorlagen-Nr.: 25-V-01-0099", "Federführendes Dezernat: Dezernat I", ...BODY];
    const r = recognize(body, WIESBADEN, sequentialIds("r"), { pageHeader: HEADER });
    expect(r.vorlage.header.vorlagenNr).toBe("25-V-01-0099");
    expect(r.vorlage.zustaendigkeit.federfuehrend).toBe("I");
    expect(r.findings.some((f) => f.code === "recognize-page-header")).toBe(false);
  });

  it("a page header with only a page number or the city's name gives nothing", () => {
    for (const pageHeader of [["- 2 -"], ["Seite 1 von 3"], ["Landeshauptstadt Wiesbaden"], ["Stadt Karlsruhe", "Karlsruhe, 12.06.2025"]]) {
      expect(pageHeaderFields(pageHeader, WIESBADEN)).toEqual({});
      expect(pageHeaderFields(pageHeader, KARLSRUHE)).toEqual({});
      const r = recognize(BODY, WIESBADEN, sequentialIds("r"), { pageHeader });
      expect(r.vorlage.header.vorlagenNr).toBe("");
      expect(r.findings.some((f) => f.code === "recognize-page-header")).toBe(false);
    }
  });

  it("takes no clause, section or money from the page header", () => {
    const r = recognize(BODY, WIESBADEN, sequentialIds("r"), { pageHeader: [...HEADER, "Es wird beschlossen, dass 50.000 € bereitgestellt werden."] });
    expect(r.vorlage.sections.flatMap((s) => s.clauses.map((c) => c.text)).some((t) => t.includes("50.000"))).toBe(false);
    expect(r.vorlage.finanzierung).toBeUndefined();
  });

  it("takes an unlabelled number only where it is an item of its own on the line", () => {
    expect(pageHeaderFields(["Stadt Karlsruhe\t– 2025/0412 –"], KARLSRUHE).vorlagenNr?.value).toBe("2025/0412");
    expect(pageHeaderFields(["Doppelhaushalt 2025/2026 der Stadt Karlsruhe"], KARLSRUHE)).toEqual({});
  });

  it("takes a Federführung by its label only, an office as written, no person named as responsible", () => {
    expect(pageHeaderFields(["Federführung: Amt für Grünflächen\tSeite 1"], WIESBADEN).federfuehrung?.value).toBe("Amt für Grünflächen");
    expect(pageHeaderFields(["Verantwortlich: Frau Sommer"], WIESBADEN)).toEqual({});
    const r = recognize(BODY, WIESBADEN, sequentialIds("r"), { pageHeader: ["Federführung: Amt für Grünflächen"] });
    expect(r.vorlage.zustaendigkeit.federfuehrend).toBe("Amt für Grünflächen");
  });

  it("takes the number a label gives, not what is said of it („(Ergänzung zu 23-V-07-0099)“; second tryout)", () => {
    expect(pageHeaderFields(["Vorlage Nr. 24-V-07-0001 (Ergänzung zu 23-V-07-0099)"], WIESBADEN).vorlagenNr?.value).toBe("24-V-07-0001");
  });

  it("a labelled number in the Kopfzeile is the Vorlagen-Nr.; „Beschluss Nr. 0057“ in the body stays the Beschluss-Nr. (second tryout)", () => {
    const body = ["Beschluss Nr. 0057", ...BODY];
    const r = recognize(body, WIESBADEN, sequentialIds("r"), { pageHeader: ["Vorlagen-Nr. 24-V-07-0001"] });
    expect(r.vorlage.header.vorlagenNr).toBe("24-V-07-0001");
    expect(r.vorlage.header.beschlussNr).toBe("0057");
  });

  it("reads Karlsruhe's number by its label", () => {
    expect(pageHeaderFields(["Vorlage Nr.: 2025/0412   Seite 1"], KARLSRUHE).vorlagenNr?.value).toBe("2025/0412");
  });
  it("reads a labelled number that is the second item of the line: the city on the left, the number on the right (tryout7 F3)", () => {
    for (const line of ["Landeshauptstadt Wiesbaden\tVorlagen-Nr. 24-V-07-0001", "Landeshauptstadt Wiesbaden\tVorlagen-Nr.: 24-V-07-0001", "Landeshauptstadt Wiesbaden    Vorlagen-Nr. 24-V-07-0001"]) {
      expect(pageHeaderFields([line], WIESBADEN).vorlagenNr?.value).toBe("24-V-07-0001");
      const r = recognize(BODY, WIESBADEN, sequentialIds("r"), { pageHeader: [line] });
      expect(r.vorlage.header.vorlagenNr).toBe("24-V-07-0001");
      expect(r.findings.some((f) => f.code === "recognize-page-header" && f.params["field"] === "header.vorlagenNr")).toBe(true);
    }
    expect(pageHeaderFields(["Stadt Karlsruhe\tFederführung: Amt für Grünflächen"], KARLSRUHE).federfuehrung?.value).toBe("Amt für Grünflächen");
    // A label inside words is no label of its own item.
    expect(pageHeaderFields(["Landeshauptstadt Wiesbaden – siehe Vorlagen-Nr. 24-V-07-0001"], WIESBADEN).vorlagenNr).toBeUndefined();
  });
});
