import { compareWithBody } from "../../../src/core/metadata/reconcile";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { reference0057 } from "../../fixtures/reference-0057";

/**
 * Tryout 4: a pane Vorlage with one Zeichnung, resaved by LibreOffice, got „Metadaten weichen beim
 * Feld „Verteiler“ … ab“ although both Verteiler read the same. The text linked each entry to the
 * one Zeichnung above it; the pane had stored no link. With one Zeichnung both say the same.
 */
const oneZeichnung = (linked: boolean): Vorlage => {
  const v = reference0057();
  const z = v.zeichnungen[0] as Vorlage["zeichnungen"][number];
  return { ...v, zeichnungen: [z], verteiler: v.verteiler.map(({ zeichnung: _, ...e }) => (linked ? { ...e, zeichnung: z.id } : e)) };
};
const verteilerFindings = (body: Vorlage, stored: Vorlage) => compareWithBody(body, stored).filter((f) => f.location.type === "field" && f.location.field === "verteiler");

describe("the Verteiler compared with the stored metadata", () => {
  it("agrees when the first (here the only) Zeichnung is linked on one side and implied on the other", () => {
    expect(verteilerFindings(oneZeichnung(true), oneZeichnung(false))).toEqual([]);
    expect(verteilerFindings(oneZeichnung(false), oneZeichnung(true))).toEqual([]);
  });

  it("still disagrees where a link names another than the first Zeichnung", () => {
    const v = reference0057();
    const moved = { ...v, verteiler: v.verteiler.map((e) => ({ ...e, zeichnung: "z1" })) };
    expect(verteilerFindings(moved, v)).toHaveLength(1);
  });

  it("still disagrees where an entry's words differ", () => {
    const other = oneZeichnung(false);
    expect(verteilerFindings(oneZeichnung(true), { ...other, verteiler: other.verteiler.map((e, i) => (i === 0 ? { ...e, empfaenger: "Dezernat IV" } : e)) })).toHaveLength(1);
  });
});
