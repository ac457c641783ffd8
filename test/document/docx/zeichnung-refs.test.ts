import { renameZeichnungRefs } from "../../../src/core/model/zeichnung-ids";
import type { VerteilerEintrag, Zeichnung } from "../../../src/core/model/vorlage";
import { adoptIds, recoverWithMetadata } from "../../../src/document/docx/recover";
import { reference0057 } from "../../fixtures/reference-0057";

const z = (id: string): Zeichnung => ({ id, ort: "Wiesbaden", datum: "2024-03-21", zusatz: "", name: id });
const e = (id: string, zeichnung?: string): VerteilerEintrag => ({ id, empfaenger: id, bitte: "kenntnisnahme", ...(zeichnung ? { zeichnung } : {}) });

describe("a Verteiler entry's Zeichnung follows the Zeichnung's new id", () => {
  it("renames the references position by position, and leaves entries without one or with an unknown one", () => {
    const out = renameZeichnungRefs([e("a", "r1"), e("b", "r2"), e("c"), e("d", "elsewhere")], [z("r1"), z("r2")], [z("m1"), z("m2")]);
    expect(out.map((x) => x.zeichnung)).toEqual(["m1", "m2", undefined, "elsewhere"]);
  });

  // Recognition names each entry's Zeichnung by the ids it minted; the ids stored in the metadata part replace them.
  const recognised = () => {
    const v = reference0057();
    return {
      ...v,
      verteiler: v.verteiler.map((x) => ({ ...x, id: `r-${x.id}`, zeichnung: `r-${x.zeichnung as string}` })),
      zeichnungen: v.zeichnungen.map((x) => ({ ...x, id: `r-${x.id}` })),
    };
  };

  it("in a document whose controls were lost but whose metadata part survived", () => {
    const v = recoverWithMetadata(recognised(), reference0057());
    expect(v.zeichnungen.map((x) => x.id)).toEqual(["z1", "z2"]);
    expect(v.verteiler.map((x) => [x.id, x.zeichnung])).toEqual([["v1", "z1"], ["v2", "z2"], ["v3", "z2"]]);
  });

  it("in a document structured in place, whose lists are read from its text", () => {
    const v = adoptIds(recognised(), reference0057());
    expect(v.verteiler.map((x) => [x.id, x.zeichnung])).toEqual([["v1", "z1"], ["v2", "z2"], ["v3", "z2"]]);
  });

  it("recovers the Absender's number from the metadata part when the text lost it", () => {
    const stored = reference0057();
    const withNummer = { ...stored, zeichnungen: stored.zeichnungen.map((x) => (x.absender ? { ...x, absenderNummer: "16" } : x)) };
    const body = recognised();
    const v = recoverWithMetadata({ ...body, zeichnungen: body.zeichnungen.map(({ absender: _a, ...x }) => x) }, withNummer);
    expect(v.zeichnungen[1]).toMatchObject({ absender: "Der Magistrat", absenderNummer: "16" });
  });
});
