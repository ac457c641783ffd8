import { sequentialIds } from "../../../src/core/model/ids";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";
import { validate } from "../../../src/core/validation/validate";

const head = ["Beschlussvorlage", "Vorlage Nr.: 2027/0102", "Verantwortlich: Dez. 4", "Betreff: Pflanzung von Straßenbäumen", "Beschlussantrag", "Der Gemeinderat stimmt der Pflanzung zu."];
const read = (lines: readonly string[], profile = KARLSRUHE) => recognize([...head, ...lines], profile, sequentialIds("k"));
const blockCodes = (lines: readonly string[]) => {
  const r = read(lines);
  return validate(r.vorlage, KARLSRUHE).filter((f) => f.code.startsWith("block-")).map((f) => f.code);
};

describe("a profile's block in a plain document (Karlsruhe's CO2-Relevanz)", () => {
  it("is there where its heading is, with the choice its ticked box gives, box after the label", () => {
    const r = read(["CO2-Relevanz: Auswirkung auf den Klimaschutz", "Bei Ja: Begründung | Optimierung (im Text ergänzende Erläuterungen)", "Nein ☒ Ja ☐ positiv ☐ negativ ☐"]);
    expect(r.vorlage.bloecke).toEqual({ klimapruefung: { auswirkung: "nein" } });
  });

  it("takes „Ja ☒ positiv ☒“ as „Ja, positiv“, also when the copy split the heading („CO“ | „2“ | „-Relevanz …“) and left blank lines", () => {
    const r = read(["CO", "2", "-Relevanz: Auswirkung auf den Klimaschutz", "Bei Ja: Begründung", "Nein ☐", "", "Ja ☒ positiv ☒", "negativ ☐"]);
    expect(r.vorlage.bloecke).toEqual({ klimapruefung: { auswirkung: "ja-positiv" } });
  });

  it("is there with its field missing where no box is ticked: the check names the field, not the block", () => {
    expect(blockCodes(["CO2-Relevanz: Auswirkung auf den Klimaschutz", "Nein ☐ Ja ☐ positiv ☐ negativ ☐"])).toEqual(["block-field-missing"]);
  });

  it("is missing where the document has no such heading, and a mention in prose is none", () => {
    expect(blockCodes(["Die Maßnahme hat eine CO2-Relevanz, die später geprüft wird."])).toEqual(["block-missing"]);
  });

  it("reads no block a profile does not declare", () => {
    expect(read(["CO2-Relevanz: Auswirkung auf den Klimaschutz", "Nein ☒ Ja ☐"], WIESBADEN).vorlage.bloecke).toEqual({});
  });
});
