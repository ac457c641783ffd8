import { scorePersonalData } from "../../fixtures/personal-data/score";
import { PERSONAL_DATA_SENTENCES } from "../../fixtures/personal-data/sentences";

describe("the personal-data detectors over the labelled set", () => {
  const score = scorePersonalData();

  it("covers at least 200 sentences, with and without personal data of every kind", () => {
    expect(PERSONAL_DATA_SENTENCES.length).toBeGreaterThanOrEqual(200);
    expect(PERSONAL_DATA_SENTENCES.filter((s) => s.kinds.length === 0).length).toBeGreaterThanOrEqual(80);
    const kinds = new Set(PERSONAL_DATA_SENTENCES.flatMap((s) => s.kinds));
    expect([...kinds].sort()).toEqual(["anschrift", "email", "geburtsdatum", "iban", "steuer-id", "telefon"]);
  });

  it("finds personal data with a precision of at least 95 %", () => {
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
  });

  it("finds personal data with a recall of at least 95 %", () => {
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  it("counts per occurrence and kind: a missed and a wrongly found kind lower recall and precision", () => {
    const off = scorePersonalData([
      { text: "Tel. 0611 445566 und Tel. 0611 445577", kinds: ["telefon", "telefon", "iban"] },
      { text: "E-Mail: anna.meier@gmx.de", kinds: [] },
    ]);
    expect(off).toMatchObject({ truePositives: 2, falseNegatives: 1, falsePositives: 1, precision: 2 / 3, recall: 2 / 3 });
    expect(off.misses.map((m) => m.found)).toEqual([["telefon", "telefon"], ["email"]]);
  });
});
