import Ajv2020 from "ajv/dist/2020";
import fc from "fast-check";
import schema from "../../../schemas/vorlage.schema.json";
import { toVorlageJson } from "../../../src/core/metadata/vorlage-json";
import { fromVorlageJson, InvalidVorlageJsonError } from "../../../src/core/metadata/vorlage-json-import";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { arbitraryVorlage } from "../../fixtures/arbitrary-vorlage";
import { reference0057 } from "../../fixtures/reference-0057";

const validate = new Ajv2020({ strict: true }).compile(schema);
const viaText = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe("the JSON export", () => {
  it("validates against its JSON Schema (draft 2020-12) for the reference and for any Vorlage", () => {
    expect(validate(viaText(toVorlageJson(reference0057(), WIESBADEN)))).toBe(true);
    fc.assert(
      fc.property(arbitraryVorlage, (v) => {
        const ok = validate(viaText(toVorlageJson(v, WIESBADEN)));
        expect(validate.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("writes the derived numbers beside the model", () => {
    const json = viaText(toVorlageJson(reference0057(), WIESBADEN)) as { vorlage: { sections: { number: string; clauses: { number: string }[] }[] } };
    expect(json.vorlage.sections.map((s) => [s.number, s.clauses.map((c) => c.number).join(" ")])).toEqual([
      ["1.", "1.1 1.2 1.3 1.4 1.5 1.6"],
      ["2.", "2.1 2.2 2.3"],
    ]);
  });

  it("round-trips any Vorlage exactly through JSON text", () => {
    fc.assert(
      fc.property(arbitraryVorlage, (v) => {
        const back = fromVorlageJson(viaText(toVorlageJson(v, WIESBADEN)));
        expect(back).toEqual({ profil: "wiesbaden", vorlage: v });
      }),
      { numRuns: 200 },
    );
  });

  it("refuses JSON that is not a Vorlage document with the path of the wrong value itself, not of the optional part around it („muss null sein“)", () => {
    const pathOf = (json: unknown): string => {
      try {
        fromVorlageJson(json);
      } catch (e) {
        if (e instanceof InvalidVorlageJsonError) return e.path;
        throw e;
      }
      throw new Error("accepted");
    };
    const json = viaText(toVorlageJson(reference0057(), WIESBADEN)) as { vorlage: { finanzierung: { betragCent: unknown; quellen: { stelle: Record<string, unknown> }[] } } };
    json.vorlage.finanzierung.betragCent = "1.000 €";
    expect(pathOf(json)).toBe("/vorlage/finanzierung/betragCent");
    json.vorlage.finanzierung.betragCent = 100_000;
    delete json.vorlage.finanzierung.quellen[0]?.stelle["kostenstelle"];
    expect(pathOf(json)).toBe("/vorlage/finanzierung/quellen/0/stelle/kostenstelle");
    expect(() => fromVorlageJson({ format: "beschlussvorlage", version: "2.0", profil: "x", vorlage: {} })).toThrow(/version/);
  });

  it("carries the Absender's internal number (version 1.2), reads it back, and refuses one that is no text", () => {
    const json = viaText(toVorlageJson(reference0057(), WIESBADEN)) as { version: string; vorlage: { zeichnungen: Record<string, unknown>[] } };
    expect(json.version).toBe("1.2");
    expect(json.vorlage.zeichnungen[1]).toMatchObject({ absender: "Der Magistrat", absenderNummer: "16" });
    expect(fromVorlageJson(json).vorlage.zeichnungen[1]?.absenderNummer).toBe("16");
    (json.vorlage.zeichnungen[1] as Record<string, unknown>)["absenderNummer"] = 16;
    expect(() => fromVorlageJson(json)).toThrow(InvalidVorlageJsonError);
    // A 1.1 export, written before the field existed, still reads.
    const older = viaText(toVorlageJson({ ...reference0057(), zeichnungen: reference0057().zeichnungen.map(({ absenderNummer: _n, ...z }) => z) }, WIESBADEN)) as { version: string };
    older.version = "1.1";
    expect(fromVorlageJson(older).vorlage.zeichnungen[1]).not.toHaveProperty("absenderNummer");
  });
});
