import { recoverWithMetadata } from "../../../src/document/docx/recover";
import { completeVorlage } from "../../fixtures/builders";

describe("recovering a document whose controls were lost, with its metadata part", () => {
  it("keeps the stored Deckungsquellen where the text names none (Wiesbaden's house style prints none), beside an amount read from the text", () => {
    const stored = completeVorlage();
    const fin = stored.finanzierung as NonNullable<typeof stored.finanzierung>;
    // What recognition makes of the printed text: the amount from clause 2.1, no source.
    const body = { ...stored, finanzierung: { ...fin, quellen: [] } };
    const v = recoverWithMetadata(body, stored);
    expect(v.finanzierung?.quellen).toEqual(fin.quellen);
    expect(v.finanzierung?.betragCent).toBe(fin.betragCent);
  });

  it("keeps the sources the text does name", () => {
    const stored = completeVorlage();
    const fin = stored.finanzierung as NonNullable<typeof stored.finanzierung>;
    const named = [{ id: "q9", stelle: { dezernat: "V", produkt: "", kostenstelle: "" }, anteil: 1 }];
    expect(recoverWithMetadata({ ...stored, finanzierung: { ...fin, quellen: named } }, stored).finanzierung?.quellen.map((q) => q.stelle.dezernat)).toEqual(["V"]);
  });
});
