import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * Fraktionen's letter to the Bezirksbürgermeister that carries their Antrag (Düsseldorf's Bezirksvertretungen): the sentence
 * that asks to put „den folgenden Antrag“ on the agenda heads the decision, whose unnumbered paragraphs are its clauses; the
 * session it names („der Sitzung der Bezirksvertretung 10 am 9. März 2027“) gives Gremium and Sitzungsdatum, and the line above
 * the salutation is the Betreff. A letter without such an Antrag stays no Vorlage.
 */
const read = (lines: readonly string[]) => recognize(lines, WIESBADEN, sequentialIds("k"));
const letter = [
  "BV 10 – interfraktioneller Antrag",
  "Düsseldorf, 12. Februar 2027",
  "Herrn Bezirksbürgermeister",
  "Uwe Lindenthal",
  "Frankfurter Straße 231",
  "40595 Düsseldorf",
  "Einrichtung einer Beschlusskontrolle in der Bezirksvertretung",
  "Sehr geehrter Herr Lindenthal,",
  "hiermit bitten wir Sie, den folgenden Antrag auf die Tagesordnung der Sitzung der Bezirksvertretung 10 am 9. März 2027 zu nehmen und ihn dort abstimmen zu lassen:",
  "Die Bezirksvertretung 10 bittet die Verwaltung, halbjährlich einen Sachstandsbericht zu erstellen.",
  "Die Sachstandsberichte werden als Informationsvorlagen vorgelegt.",
  "Sachdarstellung:",
  "Im Rat hat sich die Beschlusskontrolle bewährt.",
  "Mit freundlichen Grüßen",
];

describe("an Antrag carried by a letter", () => {
  const r = read(letter);

  it("reads the paragraphs below „… den folgenden Antrag auf die Tagesordnung … :“ as the decision's clauses, and is a Vorlage", () => {
    expect(r.vorlage.sections.map((s) => [s.kind, s.clauses.map((c) => c.text.slice(0, 30))])).toEqual([
      ["beschluss", ["Die Bezirksvertretung 10 bitte", "Die Sachstandsberichte werden "]],
    ]);
    expect(r.findings.some((f) => f.code === "recognize-keine-vorlage")).toBe(false);
  });

  it("takes Gremium and Sitzungsdatum from the session the sentence names", () => {
    expect(r.vorlage.header).toMatchObject({ gremium: "Bezirksvertretung 10", sitzungsdatum: "2027-03-09" });
  });

  it("names the body without the genitive where the session is „des Rates“", () => {
    const rat = read(letter.map((l) => l.replace("der Sitzung der Bezirksvertretung 10", "der Sitzung des Rates")));
    expect(rat.vorlage.header.gremium).toBe("Rat");
  });

  it("reads the line above the salutation as the Betreff", () => {
    expect(r.vorlage.header.betreff).toBe("Einrichtung einer Beschlusskontrolle in der Bezirksvertretung");
  });

  it("leaves a letter that carries no Antrag no Vorlage", () => {
    const plain = read(["Stadt Chemnitz", "Antwort auf die Anfrage", "Sehr geehrte Damen und Herren,", "zu Ihren Fragen antworte ich wie folgt:", "Die Kosten betragen 12.000 €.", "Mit freundlichen Grüßen"]);
    expect(plain.findings.some((f) => f.code === "recognize-keine-vorlage")).toBe(true);
  });
});
