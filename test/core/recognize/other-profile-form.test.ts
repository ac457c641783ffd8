import { sequentialIds } from "../../../src/core/model/ids";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A Karlsruhe Vorlage checked without --profile is read with Wiesbaden's rules (fifth tryout). Reading says which
 * built-in profile's form the document shows, from that profile's data: its Vorlagen-Nr. pattern and its Kopf labels.
 */
const karlsruheHead = (nr: string) => [
  "Beschlussvorlage",
  `Vorlage Nr.: ${nr}`,
  "Verantwortlich: Dez. 2",
  "Dienststelle: POA",
  "Stellenschaffungen 2026",
  "Beschlussantrag (Kurzfassung)",
  "1. Der Gemeinderat beschließt die in der Liste 1 enthaltenen Stellenschaffungen.",
];
const hints = (lines: readonly string[], profile = WIESBADEN) => recognize(lines, profile, sequentialIds("k")).findings.filter((f) => f.code === "recognize-anderes-profil");

describe("a document in another profile's form", () => {
  it("names the profile whose form it shows, with what shows it", () => {
    const found = hints(karlsruheHead("2025/1057"));
    expect(found).toHaveLength(1);
    expect(found[0]?.params["profil"]).toBe("karlsruhe");
    expect(found[0]?.params["merkmale"]).toBe("„Vorlage Nr.:“, „Verantwortlich: Dez.“");
  });

  it("says nothing when checked with that profile", () => {
    expect(hints(karlsruheHead("2025/1057"), KARLSRUHE)).toEqual([]);
  });

  it("says nothing where the number fits the profile in use, or only the number fits the other", () => {
    expect(hints(karlsruheHead("25-V-03-0017"))).toEqual([]);
    expect(hints(["Vorlagen-Nr. 2025/1057", "Betreff: Zuschuss", "Es wird beschlossen, dass", "1.1 ein Zuschuss gewährt wird."])).toEqual([]);
  });
});
