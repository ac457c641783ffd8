import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import fc from "fast-check";
import schema from "../../../schemas/oparl-paper.schema.json";
import { toOParlPaper } from "../../../src/core/metadata/oparl-paper";
import { clause, section, vorlage } from "../../../src/core/model/builders";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { arbitraryVorlage } from "../../fixtures/arbitrary-vorlage";
import { reference0057 } from "../../fixtures/reference-0057";

const ajv = new Ajv2020({ strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);
const times = { created: "2024-03-21T10:00:00+01:00", modified: "2024-03-22T08:30:00+01:00" };

describe("the OParl 1.1 Paper export", () => {
  it("turns the reference resolution into a Paper with reference 24-V-07-0001", () => {
    expect(toOParlPaper(reference0057(), WIESBADEN, times)).toEqual({
      type: "https://schema.oparl.org/1.1/Paper",
      name: "Beitritt NExT e. V. der Landeshauptstadt Wiesbaden",
      reference: "24-V-07-0001",
      paperType: "Beschlussvorlage",
      consultation: [
        {
          type: "https://schema.oparl.org/1.1/Consultation",
          role: "Entscheidung",
          authoritative: true,
        },
      ],
      created: "2024-03-21T10:00:00+01:00",
      modified: "2024-03-22T08:30:00+01:00",
    });
  });

  // Found by a new-user tryout: 0057's Paper was dated 2024-03-21, the session's day: the date of the Zuleitung signed
  // after the decision („Dem Magistrat … Wiesbaden, 21.03.2024“), which OParl's Paper.date (the Paper's own date) is not.
  it("dates the Paper by a Zeichnung before the session, never by one signed on or after the session's day", () => {
    const v = reference0057();
    expect(v.header.sitzungsdatum).toBe("2024-03-21");
    expect(toOParlPaper(v, WIESBADEN, times).date).toBeUndefined();
    const signedBefore = { ...v, zeichnungen: [{ ...v.zeichnungen[0]!, datum: "2024-03-01" }, ...v.zeichnungen] };
    expect(toOParlPaper(signedBefore, WIESBADEN, times).date).toBe("2024-03-01");
    const noSession = { ...v, header: { ...v.header, sitzungsdatum: "" } };
    expect(toOParlPaper(noSession, WIESBADEN, times).date).toBe("2024-03-21");
  });

  it("names the session the document states as the Paper's Consultation when no Gremium is stated, without an Organization", () => {
    const v = vorlage({ header: { gremium: "", sitzungsdatum: "2024-06-06", betreff: "Neue Bänke" }, sections: [section("b", "beschluss", [clause("b1", "Bänke werden aufgestellt.")])] });
    const paper = toOParlPaper(v, KARLSRUHE, times);
    expect(paper.consultation).toEqual([{ type: "https://schema.oparl.org/1.1/Consultation", role: "Entscheidung", authoritative: true }]);
    expect(validate(JSON.parse(JSON.stringify(paper)))).toBe(true);
    expect(toOParlPaper({ ...v, header: { ...v.header, sitzungsdatum: "" } }, KARLSRUHE, times).consultation).toBeUndefined();
  });

  it("invents no URL: Wiesbaden's profile knows no OParl server, so body and organisations are left out", () => {
    const paper = toOParlPaper(reference0057(), WIESBADEN, times);
    expect(JSON.stringify(paper)).not.toMatch(/"(body|id|underDirectionOf|organization)"/);
  });

  it("takes body and organisation URLs from the profile where the city has them (Karlsruhe)", () => {
    const v = vorlage({
      header: { gremium: "Gemeinderat", vorlagenNr: "2026/0139", betreff: "Vollumbau BBBank WILDPARK", vorlagenart: "Beschlussvorlage" },
      beratungsfolge: [
        { id: "r1", gremium: "Betriebsausschuss", datum: "2026-03-12", rolle: "Vorberatung", entscheidend: false },
        { id: "r2", gremium: "Gemeinderat", datum: "2026-04-28", rolle: "Entscheidung", entscheidend: true },
      ],
      sections: [section("b", "beschluss", [clause("b1", "Der Gemeinderat ermächtigt …")])],
    });
    const paper = toOParlPaper(v, KARLSRUHE, { ...times, id: "https://web1.karlsruhe.de/oparl/bodies/0001/papers/vo/54276" });
    expect(paper.body).toBe("https://web1.karlsruhe.de/oparl/bodies/0001");
    expect(paper.id).toBe("https://web1.karlsruhe.de/oparl/bodies/0001/papers/vo/54276");
    expect(paper.consultation).toEqual([
      { type: "https://schema.oparl.org/1.1/Consultation", role: "Vorberatung", authoritative: false },
      {
        type: "https://schema.oparl.org/1.1/Consultation",
        role: "Entscheidung",
        authoritative: true,
        organization: ["https://web1.karlsruhe.de/oparl/bodies/0001/organizations/gr/32130"],
      },
    ]);
    expect(validate(paper)).toBe(true);
  });

  it("describes the document as its mainFile when given", () => {
    const paper = toOParlPaper(reference0057(), WIESBADEN, { ...times, mainFile: { fileName: "24-V-07-0001.docx", size: 20480, sha512Checksum: "a".repeat(128) } });
    expect(paper.mainFile).toEqual({
      type: "https://schema.oparl.org/1.1/File",
      name: "Beschlussvorlage",
      fileName: "24-V-07-0001.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      size: 20480,
      sha512Checksum: "a".repeat(128),
      text: expect.stringMatching(/^1\. Es wird zur Kenntnis genommen, dass\n1\.1 der Verein NExT/) as unknown as string,
    });
    expect(validate(paper)).toBe(true);
  });

  it("carries the decided text with clause numbers and sub-point letters as the main File's text (a Paper has no text field)", () => {
    const v = vorlage({
      sections: [
        section("s1", "beschluss", [
          { id: "c1", text: "folgende Maßnahmen umgesetzt werden:", unterpunkte: [{ id: "u1", text: "Sanierung der Turnhalle," }, { id: "u2", text: "Neubau der Mensa." }] },
        ]),
      ],
    });
    const wiesbaden = toOParlPaper(v, WIESBADEN, { ...times, mainFile: { fileName: "v.docx" } });
    expect(wiesbaden.mainFile?.text).toBe("1. Es wird beschlossen, dass\n1.1 folgende Maßnahmen umgesetzt werden:\na) Sanierung der Turnhalle,\nb) Neubau der Mensa.");
    const karlsruhe = toOParlPaper(v, { ...KARLSRUHE, numbering: { ...KARLSRUHE.numbering, unterpunkt: "alpha-both" } }, { ...times, mainFile: { fileName: "v.docx" } });
    expect(karlsruhe.mainFile?.text).toBe("I. Beschlussantrag\n1. folgende Maßnahmen umgesetzt werden:\n(a) Sanierung der Turnhalle,\n(b) Neubau der Mensa.");
    expect(validate(JSON.parse(JSON.stringify(wiesbaden)))).toBe(true);
    expect(toOParlPaper(v, WIESBADEN, times).mainFile).toBeUndefined();
  });

  it("validates against the schema of what we emit, for any Vorlage", () => {
    fc.assert(
      fc.property(arbitraryVorlage, (v) => {
        const ok = validate(JSON.parse(JSON.stringify(toOParlPaper(v, WIESBADEN, times))));
        expect(validate.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("is refused by the schema when a mandatory field is missing (the check can fail)", () => {
    const { created: _c, ...withoutCreated } = toOParlPaper(reference0057(), WIESBADEN, times);
    expect(validate(withoutCreated)).toBe(false);
  });
});
