import { vorlage } from "../../src/core/model/builders";
import { fillPhrase } from "../../src/core/phrases/fill-phrase";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { reference0057 } from "../fixtures/reference-0057";

describe("fillPhrase", () => {
  it("fills the Textbaustein of clause 2.3 from the Finanzierung, word for word as the reference has it", () => {
    expect(fillPhrase(WIESBADEN.phrases["haushaltstechnischeUmsetzung"] as string, reference0057(), WIESBADEN)).toBe(
      "die haushaltstechnische Umsetzung durch Dezernat III/20 in Verbindung mit Dezernat VII und II erfolgt",
    );
  });

  it("writes the earlier decision in the house style", () => {
    expect(fillPhrase(WIESBADEN.phrases["antragsgemaess"] as string, reference0057(), WIESBADEN)).toBe("(antragsgemäß Magistrat 27.02.2024 BP 0106)");
  });

  it("leaves a visible blank where the Vorlage has nothing yet", () => {
    expect(fillPhrase("durch Dezernat {bewirtschaftung} mit {quellen} ({unbekannt})", vorlage(), WIESBADEN)).toBe("durch Dezernat … mit … (…)");
  });
});
