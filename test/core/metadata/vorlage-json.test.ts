import Ajv2020 from "ajv/dist/2020";
import fc from "fast-check";
import schema from "../../../schemas/vorlage.schema.json";
import { toVorlageJson } from "../../../src/core/metadata/vorlage-json";
import { fromVorlageJson, InvalidVorlageJsonError } from "../../../src/core/metadata/vorlage-json-import";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { schemaProblemText } from "../../../src/i18n/schema-problems";
import { arbitraryVorlageWithReferences } from "../../fixtures/arbitrary-references";
import { arbitraryVorlage } from "../../fixtures/arbitrary-vorlage";
import { reference0057 } from "../../fixtures/reference-0057";
import { referencingVorlage } from "../../fixtures/references";

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
    expect(json.version).toBe("1.3");
    expect(json.vorlage.zeichnungen[1]).toMatchObject({ absender: "Der Magistrat", absenderNummer: "16" });
    expect(fromVorlageJson(json).vorlage.zeichnungen[1]?.absenderNummer).toBe("16");
    (json.vorlage.zeichnungen[1] as Record<string, unknown>)["absenderNummer"] = 16;
    expect(() => fromVorlageJson(json)).toThrow(InvalidVorlageJsonError);
    // A 1.1 export, written before the field existed, still reads.
    const older = viaText(toVorlageJson({ ...reference0057(), zeichnungen: reference0057().zeichnungen.map(({ absenderNummer: _n, ...z }) => z) }, WIESBADEN)) as { version: string };
    older.version = "1.1";
    expect(fromVorlageJson(older).vorlage.zeichnungen[1]).not.toHaveProperty("absenderNummer");
  });

  describe("references between clauses (version 1.3)", () => {
    type Owner = { id: string; text: string; verweise?: { ziel: string; start: number; end: number }[]; unterpunkte?: Owner[] };
    type Doc = { version: string; vorlage: { sections: { id: string; clauses: Owner[] }[] } };
    const referencing = (): Doc => viaText(toVorlageJson(referencingVorlage(), WIESBADEN)) as Doc;
    const owner = (json: Doc, id: string): Owner => json.vorlage.sections.flatMap((s) => s.clauses.flatMap((c) => [c, ...(c.unterpunkte ?? [])])).find((o) => o.id === id) as Owner;
    const refusal = (json: unknown): InvalidVorlageJsonError => {
      try {
        fromVorlageJson(json);
      } catch (e) {
        if (e instanceof InvalidVorlageJsonError) return e;
        throw e;
      }
      throw new Error("accepted");
    };
    const german = (e: InvalidVorlageJsonError): string => schemaProblemText(e.path, e.problem, "de");

    it("writes each clause's and sub-point's references as target id and the number's offsets, and reads them back", () => {
      const json = referencing();
      expect(json.version).toBe("1.3");
      expect(validate(json)).toBe(true);
      const b2 = owner(json, "b2");
      expect(b2.verweise).toEqual([
        { ziel: "b1", start: 26, end: 29 },
        { ziel: "u2", start: 40, end: 41 },
      ]);
      expect(b2.text.slice(26, 29)).toBe("2.1");
      expect(b2.text.slice(40, 41)).toBe("b");
      expect(owner(json, "u1").verweise).toEqual([{ ziel: "k1", start: 20, end: 23 }]);
      expect(fromVorlageJson(json)).toEqual({ profil: "wiesbaden", vorlage: referencingVorlage() });
    });

    it("round-trips the references of any Vorlage with references exactly through JSON text, and the export stays valid", () => {
      fc.assert(
        fc.property(arbitraryVorlageWithReferences, (v) => {
          const json = viaText(toVorlageJson(v, WIESBADEN));
          expect(validate(json)).toBe(true);
          const back = fromVorlageJson(json).vorlage;
          const refs = (x: typeof v) => x.sections.flatMap((s) => s.clauses.flatMap((c) => [[c.id, c.verweise], ...(c.unterpunkte ?? []).map((u) => [u.id, u.verweise])]));
          expect(refs(back)).toEqual(refs(v));
          expect(back).toEqual(v);
        }),
        { numRuns: 150 },
      );
    });

    it("still reads a 1.2 export, written before references were carried", () => {
      const older = viaText(toVorlageJson(reference0057(), WIESBADEN)) as { version: string };
      older.version = "1.2";
      expect(fromVorlageJson(older).vorlage).toEqual(reference0057());
    });

    it("accepts a stale number (the target has moved) as it is: writing the document makes it the target's number", () => {
      const json = referencing();
      const k1 = owner(json, "k1");
      k1.text = k1.text.replace(/2\.2$/, "7.9");
      expect(fromVorlageJson(json).vorlage.sections[0]?.clauses[0]).toMatchObject({ text: "der Bürgerservice die Räder wie unter Ziffer 7.9", verweise: [{ ziel: "b2", start: 45, end: 48 }] });
    });

    it("refuses a target that is no clause or sub-point of the Vorlage (a section neither), in German with the place", () => {
      const json = referencing();
      (owner(json, "b2").verweise as { ziel: string }[])[1]!.ziel = "weg";
      const e = refusal(json);
      expect(e.path).toBe("/vorlage/sections/1/clauses/1/verweise/1/ziel");
      expect(german(e)).toBe("an der Stelle /vorlage/sections/1/clauses/1/verweise/1/ziel: der Verweis nennt die Kennung „weg“, aber keine Ziffer und kein Unterpunkt dieser Vorlage hat sie");
      const section = referencing();
      owner(section, "k1").verweise![0]!.ziel = section.vorlage.sections[1]!.id;
      expect(refusal(section).problem).toMatchObject({ kind: "verweis-ziel-unbekannt" });
    });

    it("refuses offsets outside the text, empty or reversed", () => {
      for (const [start, end] of [
        [45, 49],
        [48, 45],
        [46, 46],
      ] as const) {
        const json = referencing();
        owner(json, "k1").verweise = [{ ziel: "b2", start, end }];
        const e = refusal(json);
        expect(e.path).toBe("/vorlage/sections/0/clauses/0/verweise/0");
        expect(e.problem).toEqual({ kind: "verweis-ausserhalb", start, end, length: 48 });
        expect(german(e)).toBe(`an der Stelle /vorlage/sections/0/clauses/0/verweise/0: die Stelle ${start} bis ${end} liegt nicht im Text (er hat 48 Zeichen)`);
      }
      const negative = referencing();
      owner(negative, "k1").verweise = [{ ziel: "b2", start: -1, end: 48 }];
      expect(refusal(negative).path).toBe("/vorlage/sections/0/clauses/0/verweise/0/start");
    });

    it("refuses references that overlap or are not in text order", () => {
      const json = referencing();
      const b2 = owner(json, "b2");
      b2.verweise = [b2.verweise![1]!, b2.verweise![0]!];
      const e = refusal(json);
      expect(e.path).toBe("/vorlage/sections/1/clauses/1/verweise/1/start");
      expect(german(e)).toMatch(/überschneidet sich mit dem vorigen oder steht vor ihm/);
      const overlap = referencing();
      owner(overlap, "b2").verweise = [
        { ziel: "b1", start: 26, end: 29 },
        { ziel: "b1", start: 28, end: 29 },
      ];
      expect(refusal(overlap).problem).toEqual({ kind: "verweis-ueberlappend" });
    });

    it("refuses a reference whose characters are no number: writing the document would overwrite the user's words", () => {
      const json = referencing();
      owner(json, "k1").verweise = [{ ziel: "b2", start: 4, end: 17 }];
      const e = refusal(json);
      expect(e.problem).toEqual({ kind: "verweis-keine-nummer", shows: "Bürgerservice" });
      expect(german(e)).toBe("an der Stelle /vorlage/sections/0/clauses/0/verweise/0: an dieser Stelle steht „Bürgerservice“, keine Nummer einer Ziffer oder eines Unterpunkts");
    });
  });
});
