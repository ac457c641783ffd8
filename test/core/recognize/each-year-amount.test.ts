import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * „… in den Jahren 2027 und 2028 mit einem Zuschuss von jeweils 145.000 Euro jährlich zu fördern“: „jeweils“ with a yearly
 * word after the amount says the same sum in each year — the Betrag, yearly. „jeweils 5.000 € je Schule“ stays a per-unit figure.
 */
const finanzierung = (clause: string) =>
  recognize(["Vorlagen-Nummer: VIII/2027/00001", "Betreff: Förderung eines Jugendhauses", "Beschlussvorschlag:", clause, "Begründung:", "Das Haus ist wichtig."], WIESBADEN, sequentialIds("k")).vorlage
    .finanzierung;

describe("an amount „jeweils … jährlich“ in the decision", () => {
  it("is the Betrag, yearly", () => {
    const f = finanzierung("Der Stadtrat beschließt, den Verein in den Jahren 2027 und 2028 mit einem Zuschuss von jeweils 145.000 Euro jährlich zu fördern.");
    expect([f?.betragCent, f?.turnus]).toEqual([14500000, "jaehrlich"]);
  });

  it("a per-unit „jeweils“ amount stays no Betrag", () => {
    const f = finanzierung("Der Stadtrat beschließt, den Schulen einen Zuschuss von jeweils 5.000 Euro zu gewähren.");
    expect(f?.betragCent).toBeUndefined();
  });
});
