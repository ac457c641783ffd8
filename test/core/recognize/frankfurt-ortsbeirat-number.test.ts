import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * Frankfurt's Parlis record of an Ortsbeirat's Antrag: the decision heading says „Der Ortsbeirat möge beschließen:“,
 * the number of the Ortsbeirat stands in „Beratung im Ortsbeirat: 6“, and the session that decided it in the
 * Beratungsergebnisse: „32. Sitzung des OBR 6 am 08.07.2014, TO I, TOP 32“ (OBR: Ortsbeirat).
 */
const record = (ergebnisse: readonly string[]) =>
  recognize(
    [
      "Antrag vom 07.06.2014, OF 1068/6",
      "Betreff:",
      "Trauerhalle in Zeilsheim",
      "Der Ortsbeirat möge beschließen:",
      "Der Magistrat wird gebeten, an der Trauerhalle die erforderlichen Renovierungsarbeiten auszuführen.",
      "Begründung:",
      "In der Trauerhalle sind erhebliche Putzablösungen festzustellen.",
      "Antragsteller:",
      "SPD",
      "Vertraulichkeit: Nein",
      "Beratung im Ortsbeirat: 6",
      ...ergebnisse,
    ],
    WIESBADEN,
    sequentialIds("v"),
  ).vorlage.header;

describe("an Ortsbeirat's Antrag in Frankfurt's record", () => {
  it("names the Ortsbeirat with its number", () => expect(record([]).gremium).toBe("Ortsbeirat 6"));

  it("takes the date of the one session of that Ortsbeirat in the Beratungsergebnisse", () => {
    const h = record(["Beratungsergebnisse:", "32. Sitzung des OBR 6 am 08.07.2014, TO I, TOP 32", "Beschluss:", "Die Vorlage OF 1068/6 wird in der vorgelegten Fassung beschlossen."]);
    expect(h.gremium).toBe("Ortsbeirat 6");
    expect(h.sitzungsdatum).toBe("2014-07-08");
    expect([h.tagesordnung, h.tagesordnungspunkt]).toEqual(["I", "32"]);
  });

  it("takes no date from the session of another Ortsbeirat, nor one of several sessions", () => {
    expect(record(["Beratungsergebnisse:", "12. Sitzung des OBR 5 am 08.07.2014, TO I, TOP 3"]).sitzungsdatum).toBe("");
    expect(record(["Beratungsergebnisse:", "31. Sitzung des OBR 6 am 10.06.2014, TO I, TOP 12", "32. Sitzung des OBR 6 am 08.07.2014, TO I, TOP 32"]).sitzungsdatum).toBe("");
  });
});
