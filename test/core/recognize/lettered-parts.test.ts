import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * A Vorlage in lettered parts, as Bremen's Senatsvorlagen and many Landes- and Kabinettsvorlagen
 * are written: „A. Problem“, „B. Lösung“, „C. Alternativen“ … „G. Beschluss“. Found on the fourth
 * fresh set (Bremen), where the whole decision was missed and the document called no Vorlage.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("k"));
const li = (n: number, text: string): ParagraphInput => ({ text, label: `${n}.\t` });

const SENATSVORLAGE = [
  "Die Senatorin für Umwelt, Klima und Wissenschaft",
  "Bremen, 2. Februar 2027",
  "Vorlage für die Sitzung des Senats am 16. Februar 2027",
  "Beitritt der Freien Hansestadt Bremen zum Städtenetzwerk Klimaanpassung der Hafenstädte",
  "A. Problem",
  "Die Hafenstädte an Nord- und Ostsee stehen vor denselben Folgen des Klimawandels.",
  "B. Lösung",
  "Die Freie Hansestadt Bremen tritt dem Städtenetzwerk zum 1. April 2027 bei.",
  "C. Alternativen",
  "Keine, die empfohlen werden.",
  "D. Finanzielle und personalwirtschaftliche Auswirkungen, Genderprüfung, Klimacheck",
  "Der Mitgliedsbeitrag beträgt 6.500 € jährlich ab dem Haushaltsjahr 2027.",
  "E. Beteiligung und Abstimmung",
  "Die Vorlage ist mit der Senatskanzlei und der Senatorin für Finanzen abgestimmt.",
  "G. Beschluss",
  li(1, "Der Senat nimmt den Bericht der Senatorin vom 2. Februar 2027 zur Kenntnis."),
  li(2, "Der Senat beschließt den Beitritt zum Städtenetzwerk und stimmt dem jährlichen Mitgliedsbeitrag von 6.500 € zu."),
  li(3, "Der Senat bittet die Senatorin, die städtische Deputation zu unterrichten."),
];

describe("a decision under the lettered heading „G. Beschluss“", () => {
  const r = read(SENATSVORLAGE);

  it("is one decision part numbered „G.“", () => expect(r.vorlage.sections.map((s) => [s.kind, s.writtenNumber])).toEqual([["beschluss", "G."]]));

  it("holds the three numbered clauses", () => expect(r.vorlage.sections[0]?.clauses.map((c) => c.writtenNumber)).toEqual(["1.", "2.", "3."]));

  it("makes the document a Vorlage, not „keine Vorlage“", () => expect(r.findings.map((f) => f.code)).not.toContain("recognize-keine-vorlage"));
});

describe("the head of a Senatsvorlage", () => {
  const r = read(SENATSVORLAGE);

  it("names the body of „Vorlage für die Sitzung des Senats am 16. Februar 2027“ as the Gremium, in the nominative", () => expect(r.vorlage.header.gremium).toBe("Senat"));

  it("takes that session's date", () => expect(r.vorlage.header.sitzungsdatum).toBe("2027-02-16"));
});

describe("the lettered parts before the decision", () => {
  const r = read(SENATSVORLAGE);
  const roleOf = (text: string) => {
    const d = r.lines.find((l) => l.text === text)?.decoded;
    return [d?.role, d?.head];
  };

  it("reads „A. Problem“, „B. Lösung“ and „E. Beteiligung und Abstimmung“ as headings of the Sachverhalt", () =>
    expect(["A. Problem", "B. Lösung", "E. Beteiligung und Abstimmung"].map(roleOf)).toEqual([
      ["sachverhalt", true],
      ["sachverhalt", true],
      ["sachverhalt", true],
    ]));

  it("reads „D. Finanzielle und personalwirtschaftliche Auswirkungen, Genderprüfung, Klimacheck“ as the Finanzierung's heading", () =>
    expect(roleOf("D. Finanzielle und personalwirtschaftliche Auswirkungen, Genderprüfung, Klimacheck")).toEqual(["finanzierung", true]));

  it("does not take a bare „Lösung“ without its letter for a part heading", () => {
    const s = read(["Vorlage Nr.: 12/2027", "Betreff: Parkraum", "Sachverhalt:", "Lösung", "Beschlussvorschlag:", "Der Parkraum wird neu geordnet."]);
    expect(s.lines.find((l) => l.text === "Lösung")?.decoded.head).toBe(false);
  });
});

describe("the head of a Senatsvorlage without Vorlagen-Nr. and Betreff label", () => {
  const r = read(SENATSVORLAGE);

  it("takes the title under the session line as the Betreff", () =>
    expect(r.vorlage.header.betreff).toBe("Beitritt der Freien Hansestadt Bremen zum Städtenetzwerk Klimaanpassung der Hafenstädte"));

  it("names the submitting Ressort at the head, without its article, as the Federführung", () =>
    expect(r.vorlage.zustaendigkeit.federfuehrend).toBe("Senatorin für Umwelt, Klima und Wissenschaft"));

  it("reads the place and date under the Ressort as the Vorlage's date, no signature", () => {
    expect(r.lines.find((l) => l.text === "Bremen, 2. Februar 2027")?.decoded.role).toBe("header-field");
    expect(r.vorlage.zeichnungen).toEqual([]);
  });
});

describe("„Die Vorlage ist mit … abgestimmt.“ under „E. Beteiligung und Abstimmung“", () => {
  it("names the offices taking part, each without its article", () =>
    expect([...read(SENATSVORLAGE).vorlage.zustaendigkeit.beteiligt].sort()).toEqual(["Senatorin für Finanzen", "Senatskanzlei"]));

  it("keeps a Ressort's name with a comma and „und“ in it whole", () => {
    const lines = SENATSVORLAGE.map((l) => (l === "Die Vorlage ist mit der Senatskanzlei und der Senatorin für Finanzen abgestimmt." ? "Die Vorlage ist mit dem Senator für Wirtschaft, Arbeit und Europa sowie der Senatskanzlei abgestimmt." : l));
    expect([...read(lines).vorlage.zustaendigkeit.beteiligt].sort()).toEqual(["Senator für Wirtschaft, Arbeit und Europa", "Senatskanzlei"]);
  });
});
