import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";
import { BESCHLUSS_0057, document0057 } from "../../fixtures/tryout-0057";

/**
 * Prose right after the decision's last numbered clause, with no heading and no empty paragraph
 * between (offices space paragraphs by „Abstand nach“, not by empty ones): a Begründung that does
 * not begin with the word „Begründung“, or the text of a Sachdarstellung. A tryout found it taken
 * into the last clause's text — the decision then said what the reasons say. A clause that ended
 * its sentence and announced nothing below it is over; the paragraph is left unassigned and said
 * so. A clause that announces text („… wie folgt geändert:“) or has not ended its sentence still
 * goes on in the paragraphs below.
 */
const read = (paragraphs: readonly (string | ParagraphInput)[]) => recognize(paragraphs, WIESBADEN, sequentialIds("k"));
const VERTEILER = ["", "Dem Magistrat", "mit der Bitte um weitere Veranlassung"];
const lastClause = (r: ReturnType<typeof read>) => r.vorlage.sections[r.vorlage.sections.length - 1]?.clauses.at(-1);
const placeOf = (r: ReturnType<typeof read>, paragraphs: readonly (string | ParagraphInput)[], text: string) =>
  r.places[paragraphs.findIndex((p) => (typeof p === "string" ? p : p.text) === text)];
const unassigned = (r: ReturnType<typeof read>) => r.findings.filter((f) => f.code === "recognize-unassigned").map((f) => f.params?.["auszug"]);

const BEGRUENDUNG = "Die Landeshauptstadt Wiesbaden ist seit 2019 in verschiedenen Netzwerken aktiv. Im Jahr 2023 wurde der Beitritt in der Dezernentenrunde erörtert und befürwortet.";

describe("prose right after the last numbered clause", () => {
  it("is not taken into the clause when the clause ended its sentence: it is left unassigned and said", () => {
    const paragraphs = document0057({ tail: [BEGRUENDUNG, ...VERTEILER] });
    const r = read(paragraphs);
    expect(lastClause(r)?.text).toBe(BESCHLUSS_0057[2]?.[1]);
    expect(placeOf(r, paragraphs, BEGRUENDUNG)).toBe("unassigned");
    expect(unassigned(r)).toEqual([expect.stringMatching(/^Die Landeshauptstadt Wiesbaden ist seit 2019/u)]);
  });

  it("is not taken into a list-numbered clause either", () => {
    const paragraphs = document0057({ form: "list", tail: [BEGRUENDUNG, ...VERTEILER] });
    const r = read(paragraphs);
    expect(lastClause(r)?.text).toBe(BESCHLUSS_0057[2]?.[1]);
    expect(placeOf(r, paragraphs, BEGRUENDUNG)).toBe("unassigned");
  });

  it("ends the last sub-point the same way", () => {
    const paragraphs = document0057({
      sectionTwo: [["2.1", "der Magistrat beauftragt wird,"], ["a)", "den Beitritt zu erklären und"], ["b)", "den Beitrag zu zahlen."]],
      tail: [BEGRUENDUNG, ...VERTEILER],
    });
    const r = read(paragraphs);
    expect(lastClause(r)?.unterpunkte?.map((u) => u.text)).toEqual(["den Beitritt zu erklären und", "den Beitrag zu zahlen."]);
    expect(placeOf(r, paragraphs, BEGRUENDUNG)).toBe("unassigned");
  });
});

describe("a real second paragraph of the last clause", () => {
  it("goes on where the clause announces the text below it, over several paragraphs", () => {
    const paragraphs = document0057({
      sectionTwo: [["2.1", "die Satzung des Vereins wie folgt geändert wird:"]],
      tail: ["§ 3 erhält folgende Fassung: „Der Beitrag beträgt 1.000 € im Jahr.“", "§ 5 wird aufgehoben.", ...VERTEILER],
    });
    const r = read(paragraphs);
    expect(lastClause(r)?.text).toBe("die Satzung des Vereins wie folgt geändert wird:\n§ 3 erhält folgende Fassung: „Der Beitrag beträgt 1.000 € im Jahr.“\n§ 5 wird aufgehoben.");
  });

  it("goes on where the clause has not ended its sentence", () => {
    const paragraphs = document0057({ sectionTwo: [["2.1", "die Landeshauptstadt Wiesbaden dem Verein NExT e. V. zum 1. Januar 2025"]], tail: ["als assoziiertes Mitglied beitritt.", ...VERTEILER] });
    const r = read(paragraphs);
    expect(lastClause(r)?.text).toBe("die Landeshauptstadt Wiesbaden dem Verein NExT e. V. zum 1. Januar 2025\nals assoziiertes Mitglied beitritt.");
  });
});
