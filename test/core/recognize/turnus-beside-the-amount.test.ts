import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * The Turnus the Finanzierung states beside its Betrag („Betrag: 12.400 € einmalig“) is the Betrag's, even where a
 * decision clause names the same amount without one and another clause says „jährlich“ about something else
 * („die Räder jährlich gewartet werden“).
 */
const doc = (clauses: readonly string[], betrag = "Betrag: 12.400 € einmalig") =>
  recognize(
    [
      "Vorlagen-Nr. 25-V-03-0042",
      "Gremium: Stadtverordnetenversammlung",
      "Sitzungsdatum: 12.06.2025",
      "Betreff: Anschaffung von Lastenrädern",
      "1. Es wird beschlossen, dass",
      ...clauses,
      "Finanzielle Auswirkungen: Ja",
      betrag,
      "Haushaltsjahr: 2025",
      "Die Mittel stehen im Budget des Dezernats III zur Verfügung.",
    ],
    WIESBADEN,
    sequentialIds("v"),
  ).vorlage.finanzierung;

describe("the Turnus of the Betrag", () => {
  it("is the one beside the Betrag, not a „jährlich“ of another clause", () => {
    const f = doc(["1.1 zehn Lastenräder beschafft werden;", "1.2 dafür 12.400 € bereitgestellt werden;", "1.3 die Räder jährlich gewartet werden."]);
    expect(f?.betragCent).toBe(1_240_000);
    expect(f?.turnus).toBe("einmalig");
  });

  it("is yearly where the Finanzierung says so beside the Betrag", () => {
    const f = doc(["1.1 zehn Lastenräder beschafft werden;", "1.2 dafür 12.400 € bereitgestellt werden."], "Betrag: 12.400 € jährlich");
    expect(f?.turnus).toBe("jaehrlich");
  });
});

describe("a „jährlich“ in a clause about something else", () => {
  it("gives no Turnus to a Betrag that states none", () => {
    const f = doc(["1.1 zehn Lastenräder beschafft werden;", "1.2 die Räder jährlich gewartet werden."], "Betrag: 12.400 €");
    expect(f?.betragCent).toBe(1_240_000);
    expect(f?.turnus).toBeUndefined();
  });

  it("still gives the Turnus of a clause about the money („Der Zuschuss wird jährlich gezahlt“)", () => {
    const f = doc(["1.1 dem Verein ein Zuschuss gewährt wird;", "1.2 der Zuschuss jährlich ausgezahlt wird."], "Betrag: 12.400 €");
    expect(f?.turnus).toBe("jaehrlich");
  });
});
