import wiesbaden from "../../../src/core/profile/profiles/wiesbaden.json";
import { InvalidProfileError } from "../../../src/core/errors";
import type { Zeichnung } from "../../../src/core/model/vorlage";
import { parseProfile } from "../../../src/core/profile/parse-profile";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import type { Profile } from "../../../src/core/profile/profile";
import { readBodyXml, type BodyParagraph } from "../../../src/document/ooxml/read-body";
import { documentPart } from "../../fixtures/docx";
import { renderZeichnung } from "../../../src/document/ooxml/render-vorlage";

/** Issue 24: the office that sends on prints its internal number under its name, in the house style's form. */
const MAGISTRAT: Zeichnung = { id: "z2", ort: "Wiesbaden", datum: "2024-03-21", zusatz: "im Auftrag", name: "Bock", absender: "Der Magistrat", absenderNummer: "16" };

const paragraphs = (z: Zeichnung, profile: Profile = WIESBADEN): BodyParagraph[] => readBodyXml(documentPart(renderZeichnung(z, profile)), "word/document.xml");
const shown = (p: BodyParagraph | undefined): string => (p?.segments ?? []).map((s) => s.text).join("");

/** A copy of the Wiesbaden profile with another form of the number. */
const withForm = (form: unknown): unknown => {
  const copy = JSON.parse(JSON.stringify(wiesbaden));
  copy.houseStyle.layout = { ...copy.houseStyle.layout, absenderNummer: form };
  return copy;
};

describe("the Absender's internal number in the printout", () => {
  it("stands under „Der Magistrat“ in Wiesbaden's form „-16 -“, after a line break in the same paragraph", () => {
    const [first] = paragraphs(MAGISTRAT);
    expect(shown(first)).toBe("Der Magistrat\v-16 -");
    expect(first?.style).toBe("BVAbsender");
  });

  it("is its own field, so that it reads back and can be edited alone", () => {
    const [first] = paragraphs(MAGISTRAT);
    expect(first?.segments.filter((s) => s.tag?.kind === "feld").map((s) => [s.tag?.kind === "feld" ? s.tag.name : "", s.text])).toEqual([
      ["absender", "Der Magistrat"],
      ["absenderNummer", "16"],
    ]);
  });

  it("takes the profile's form", () => {
    const profile = parseProfile(withForm("Nr. {nummer}"));
    expect(shown(paragraphs(MAGISTRAT, profile)[0])).toBe("Der Magistrat\vNr. 16");
  });

  it("is left out, line break and all, when the office has none", () => {
    const { absenderNummer: _n, ...without } = MAGISTRAT;
    expect(shown(paragraphs(without)[0])).toBe("Der Magistrat");
  });

  it("needs a {nummer} in a profile's form", () => {
    expect(() => parseProfile(withForm("-16 -"))).toThrow(InvalidProfileError);
  });
});
