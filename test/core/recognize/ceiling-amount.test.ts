import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";
import { formatFinding } from "../../../src/i18n/format-finding";

/**
 * A Betrag stated only as a ceiling („Aufwand von bis zu 185.000 € jährlich“, „höchstens …“): the one figure the Vorlage states is
 * taken, as an approximate amount is, and the reading says that it is only a ceiling, so nobody takes it for the certain cost.
 */
const read = (fin: string) =>
  recognize(["Vorlage Nr.: SG/0412/2027", "Betreff: Vertrag", "Beschlussvorschlag:", "1. Die Samtgemeinde erstattet die ungedeckten Betriebskosten.", "Finanzielle Auswirkungen", fin], WIESBADEN, sequentialIds("k"));

describe("a Betrag stated as a ceiling", () => {
  it("is taken, with an uncertain-reading finding that names it a ceiling", () => {
    const r = read("Aufwand von bis zu 185.000 € jährlich ab dem Haushaltsjahr 2027.");
    expect(r.vorlage.finanzierung?.betragCent).toBe(18_500_000);
    const doubt = r.findings.find((f) => f.code === "recognize-uncertain" && f.params["field"] === "finanzierung.betrag");
    expect(doubt?.params).toMatchObject({ uebernommen: "ja", angabe: "obergrenze" });
    expect(formatFinding(doubt as NonNullable<typeof doubt>, "de", WIESBADEN)).toContain("nur als Obergrenze");
    expect(formatFinding(doubt as NonNullable<typeof doubt>, "en", WIESBADEN)).toContain("only as a ceiling");
  });

  it("says nothing of a ceiling where the amount is stated as such", () => {
    const r = read("Aufwand von 185.000 € jährlich ab dem Haushaltsjahr 2027.");
    expect(r.vorlage.finanzierung?.betragCent).toBe(18_500_000);
    expect(r.findings.filter((f) => f.code === "recognize-uncertain")).toEqual([]);
  });
});
