import { boxLabels, tickedLabels } from "../../../src/core/recognize/ticked-boxes";

describe("which labels of a form line are ticked", () => {
  it("reads a box before its label („☒ Ja ☐ Nein“)", () => {
    expect(tickedLabels("☒ Ja ☐ Nein")).toEqual(["Ja"]);
    expect(tickedLabels("☐ ja ☒ nein")).toEqual(["nein"]);
    expect(tickedLabels("☑ Mittel werden nicht benötigt")).toEqual(["Mittel werden nicht benötigt"]);
  });

  it("reads a box after its label where the line ends with a box (Karlsruhe: „Ja ☒ Nein ☐“)", () => {
    expect(tickedLabels("Ja ☒ Nein ☐")).toEqual(["Ja"]);
    expect(tickedLabels("Finanzielle Auswirkungen Ja ☒ Nein ☐")).toEqual(["Finanzielle Auswirkungen Ja"]);
    expect(tickedLabels("Nein ☒ Ja ☐ positiv ☐ negativ ☐ geringfügig ☐ erheblich ☐")).toEqual(["Nein"]);
    expect(tickedLabels("Ja: ☐ Nein: ☒")).toEqual(["Nein:"]);
  });

  it("reads a line with text on both ends box-after where an option word stands before the first box, else box-first", () => {
    expect(boxLabels("IQ-relevant Nein ☒ Ja ☐ Korridorthema:")).toEqual([
      { label: "IQ-relevant Nein", ticked: true },
      { label: "Ja", ticked: false },
    ]);
    expect(tickedLabels("Anhörung Ortschaftsrat (§ 70 Abs. 1 GemO) Nein ☒ Ja ☐ durchgeführt am")).toEqual(["Anhörung Ortschaftsrat (§ 70 Abs. 1 GemO) Nein"]);
    expect(tickedLabels("Finanzielle Auswirkungen: ☐ ja ☒ nein, siehe Anlage")).toEqual(["nein, siehe Anlage"]);
  });

  it("finds nothing in a line without boxes", () => {
    expect(boxLabels("Finanzielle Auswirkungen: keine")).toEqual([]);
  });
});
