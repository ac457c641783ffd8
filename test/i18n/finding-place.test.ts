import { join } from "node:path";
import { clause, section } from "../../src/core/model/builders";
import { KARLSRUHE, WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { findingPlace } from "../../src/i18n/finding-place";
import { run, tempFolder } from "../cli/cli-helpers";
import { completeVorlage } from "../fixtures/builders";

describe("the place of a finding, in words the printout shows", () => {
  it("names a clause that prints no number by its first words, never by its internal id", () => {
    const v = completeVorlage({ sections: [section("s", "beschluss", [clause("05hqapd9r5", "Die Verwaltung wird beauftragt, ein Konzept für den Radverkehr vorzulegen.")])] });
    const place = findingPlace({ type: "clause", id: "05hqapd9r5" }, v, "de", WIESBADEN);
    expect(place).not.toContain("05hqapd9r5");
    expect(place).toBe("Ziffer „Die Verwaltung wird beauftragt, ein …“");
  });

  it("names a block of the profile by its printed label, never by its id", () => {
    const v = completeVorlage();
    expect(findingPlace({ type: "block", block: "klimapruefung" }, v, "de", KARLSRUHE)).toBe("CO2-Relevanz: Auswirkung auf den Klimaschutz");
    expect(findingPlace({ type: "block", block: "klimapruefung", field: "begruendung" }, v, "en", KARLSRUHE)).not.toContain("klimapruefung");
  });

  it("tells apart clauses printed with the same number in different sections (Karlsruhe: I.1 and II.1)", () => {
    const v = completeVorlage({
      sections: [
        { ...section("s1", "beschluss", [clause("a", "erstens.", "1.")]), writtenNumber: "I." },
        { ...section("s2", "beschluss", [clause("b", "zweitens.", "1.")]), writtenNumber: "II." },
      ],
    });
    expect(findingPlace({ type: "clause", id: "a" }, v, "de", KARLSRUHE)).toBe("Abschnitt I., Ziffer 1.");
    expect(findingPlace({ type: "clause", id: "b" }, v, "de", KARLSRUHE)).toBe("Abschnitt II., Ziffer 1.");
  });

  it("keeps the plain number where it is unique", () => {
    const v = completeVorlage({ sections: [section("s", "beschluss", [clause("a", "erstens.", "1.1"), clause("b", "zweitens.", "1.2")])] });
    expect(findingPlace({ type: "clause", id: "b" }, v, "de", WIESBADEN)).toBe("Ziffer 1.2");
    expect(findingPlace({ type: "clause", id: "b" }, v, "en", WIESBADEN)).toBe("clause 1.2");
  });
});

describe("beschluss check prints the place in the reader's words", () => {
  it("names a required block by its printed label and two clauses numbered alike by their sections, never an id", async () => {
    const { dir } = tempFolder("bv-place-");
    const out = join(dir, "karlsruhe.docx");
    expect((await run("new", "--profile", "karlsruhe", "-o", out)).code).toBe(0);
    const r = await run("check", "--profile", "karlsruhe", out);
    expect(r.out).toContain("[CO2-Relevanz: Auswirkung auf den Klimaschutz, Auswirkung auf den Klimaschutz]");
    expect(r.out).toContain("[Abschnitt I., Ziffer 1.]");
    expect(r.out).toContain("[Abschnitt II., Ziffer 1.]");
    expect(r.out).not.toMatch(/\[klimapruefung/u);
  });
});
