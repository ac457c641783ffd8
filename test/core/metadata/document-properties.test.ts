import { fitPropertyValue, MAX_PROPERTY_LENGTH, PROPERTY_NAMES, toDocumentProperties } from "../../../src/core/metadata/document-properties";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { validate } from "../../../src/core/validation/validate";
import { completeVorlage } from "../../fixtures/builders";
import { reference0057 } from "../../fixtures/reference-0057";

const asRecord = (v: ReturnType<typeof reference0057>) => Object.fromEntries(toDocumentProperties(v, WIESBADEN, validate(v, WIESBADEN)).map((p) => [p.name, p.value]));

describe("custom document properties", () => {
  it("carry the key fields of the reference resolution under their documented names", () => {
    expect(asRecord(reference0057())).toEqual({
      "Vorlagen-Nr.": "24-V-07-0001",
      Betreff: "Beitritt NExT e. V. der Landeshauptstadt Wiesbaden",
      "Beschluss-Nr.": "0057",
      Vorlagenart: "Beschlussvorlage",
      Gremium: "Stadtverordnetenversammlung",
      Sitzungsdatum: "2024-03-21",
      Federführung: "Dezernat VII",
      "Beteiligte Dezernate": "Dezernat II",
      "Finanzielle Auswirkungen": true,
      Betrag: 1000,
      Turnus: "jährlich",
      Haushaltsjahr: 2024,
      "Status der Prüfung": "vollständig",
      "Offene Fehler": 0,
      "Metadaten-Version": "1.3",
    });
  });

  it("report an incomplete Vorlage with the number of open errors", () => {
    const v = completeVorlage({ verteiler: [], header: { ...completeVorlage().header, betreff: "" } });
    const props = asRecord(v);
    expect([props[PROPERTY_NAMES.pruefstatus], props[PROPERTY_NAMES.offeneFehler], props[PROPERTY_NAMES.betreff]]).toEqual(["unvollständig", 2, undefined]);
  });

  it("never exceed 255 characters, and never split an emoji when shortening", () => {
    const long = completeVorlage({ header: { ...completeVorlage().header, betreff: "Sanierung ".repeat(60) } });
    const betreff = asRecord(long)[PROPERTY_NAMES.betreff] as string;
    expect(betreff.length).toBe(MAX_PROPERTY_LENGTH);
    expect(betreff.endsWith("…")).toBe(true);
    const emoji = fitPropertyValue("x".repeat(253) + "😀😀");
    expect(emoji.length).toBeLessThanOrEqual(MAX_PROPERTY_LENGTH);
    expect(emoji).toBe("x".repeat(253) + "…");
    expect(fitPropertyValue("kurz")).toBe("kurz");
  });
});
