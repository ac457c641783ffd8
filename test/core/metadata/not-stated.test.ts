import { withoutUnstated } from "../../../src/core/metadata/not-stated";
import { finanzierung, vorlage } from "../../../src/core/model/builders";
import type { Finding } from "../../../src/core/validation/finding";

const info = (code: string, field: string, params: Record<string, string> = {}): Finding => ({ code, severity: "info", location: { type: "field", field }, params }) as Finding;
const v = vorlage({ header: { ...vorlage().header, gremium: "Stadtverordnetenversammlung", vorlagenNr: "24-V-03-0042" }, finanzierung: finanzierung({ auswirkungen: true, betragCent: 100_000 }) });

describe("values the document does not state", () => {
  it("leaves out a Gremium recognition only inferred", () => {
    const out = withoutUnstated(v, [info("recognize-gremium-inferred", "header.gremium", { gremium: "Stadtverordnetenversammlung" })]);
    expect(out.header.gremium).toBe("");
    expect(out.header.vorlagenNr).toBe("24-V-03-0042");
    expect(out.finanzierung?.betragCent).toBe(100_000);
  });

  it("leaves out an amount taken over although the document gives it only approximately", () => {
    const out = withoutUnstated(v, [info("recognize-uncertain", "finanzierung.betrag", { field: "finanzierung.betrag", auszug: "rund 1.000 €", uebernommen: "ja" })]);
    expect(out.finanzierung?.betragCent).toBeUndefined();
    expect(out.finanzierung?.auswirkungen).toBe(true);
    expect(out.header.gremium).toBe("Stadtverordnetenversammlung");
  });

  it("keeps everything when no finding doubts a value", () => {
    expect(withoutUnstated(v, [info("recognize-uncertain", "finanzierung.quellen", { field: "finanzierung.quellen", auszug: "Produkt 1" })])).toBe(v);
  });
});
