import { herkunftOf } from "../../../src/core/metadata/not-stated";
import { toVorlageJson } from "../../../src/core/metadata/vorlage-json";
import { fromVorlageJson } from "../../../src/core/metadata/vorlage-json-import";
import { finanzierung, vorlage } from "../../../src/core/model/builders";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import type { Finding } from "../../../src/core/validation/finding";

/**
 * One reading for every output (tryout7 F8): the JSON export carries the Gremium check shows, also where recognition
 * only inferred it, and says so in its place for it (`herkunft`); reading that JSON back (`new --from`) prints no value
 * marked so as stated.
 */
const info = (code: string, field: string, params: Record<string, string> = {}): Finding => ({ code, severity: "info", location: { type: "field", field }, params }) as Finding;
const v = vorlage({
  header: { ...vorlage().header, gremium: "Stadtverordnetenversammlung", vorlagenNr: "24-V-07-0001", betreff: "Beitritt NExT e. V." },
  zustaendigkeit: { federfuehrend: "VII", beteiligt: [] },
  finanzierung: finanzierung({ auswirkungen: true, betragCent: 100_000 }),
});
const inferred = [
  info("recognize-gremium-inferred", "header.gremium", { gremium: "Stadtverordnetenversammlung" }),
  info("recognize-federfuehrung-inferred", "zustaendigkeit.federfuehrend", { dezernat: "VII", org: "07", vorlagenNr: "24-V-07-0001" }),
];

describe("what the JSON export says of an inferred value", () => {
  it("carries the inferred Gremium and Federführung, each marked „erschlossen“", () => {
    const json = toVorlageJson(v, WIESBADEN, undefined, herkunftOf(inferred));
    expect((json.vorlage as { header: { gremium: string } }).header.gremium).toBe("Stadtverordnetenversammlung");
    expect(json.herkunft).toEqual({ "header.gremium": "erschlossen", "zustaendigkeit.federfuehrend": "erschlossen" });
  });

  it("marks an approximate amount taken over „unsicher“, and nothing where every value is stated", () => {
    expect(herkunftOf([info("recognize-uncertain", "finanzierung.betrag", { field: "finanzierung.betrag", auszug: "rund 1.000 €", uebernommen: "ja" })])).toEqual({ "finanzierung.betrag": "unsicher" });
    expect("herkunft" in toVorlageJson(v, WIESBADEN, undefined, herkunftOf([]))).toBe(false);
  });

  it("is valid JSON of the schema, and reading it back states no marked value", () => {
    const back = fromVorlageJson(JSON.parse(JSON.stringify(toVorlageJson(v, WIESBADEN, undefined, herkunftOf(inferred))))).vorlage;
    expect(back.header.gremium).toBe("");
    expect(back.zustaendigkeit.federfuehrend).toBe("");
    expect(back.header.vorlagenNr).toBe("24-V-07-0001");
    expect(back.finanzierung?.betragCent).toBe(100_000);
  });
});
