import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, typedNumber } from "../../../src/core/recognize/recognize";

/**
 * „📌 1.3 die Mitgliedschaft …“: an emoji set off by a space before a line's number marks the line, as a bullet does (Word
 * writes it as a w16se:symEx, read as its character). The number after it is the clause's, anchored where it stands; the
 * line was read as text of clause 1.2. A form's boxes („☑ ja“, „☐ nein“) are no such marker.
 */
const HEAD = ["Vorlagen-Nr. 24-V-07-0001", "Betreff: Beitritt zum Verein NExT e. V.", "1. Es wird beschlossen, dass", "1.1 die Landeshauptstadt Wiesbaden dem Verein beitritt;", "1.2 der Beitrag gezahlt wird;"];
const read = (line: string) => {
  const paragraphs = [...HEAD, line, "Dem Magistrat", "mit der Bitte um weitere Veranlassung"];
  const r = recognize(paragraphs, WIESBADEN, sequentialIds("k"));
  const number = r.anchors.sections[0]?.clauses[2]?.number;
  return { clauses: r.vorlage.sections[0]?.clauses.map((c) => [c.writtenNumber, c.text]), anchored: number && paragraphs[number.paragraph]?.slice(number.start, number.end) };
};

describe("an emoji before a clause's number", () => {
  it.each(["📌 1.3 die Mitgliedschaft jährlich geprüft wird.", "✅\t1.3 die Mitgliedschaft jährlich geprüft wird.", "✔️ 1.3 die Mitgliedschaft jährlich geprüft wird."])("„%s“ is clause 1.3, its number anchored", (line) => {
    const { clauses, anchored } = read(line);
    expect(clauses?.[2]).toEqual(["1.3", "die Mitgliedschaft jährlich geprüft wird."]);
    expect(anchored).toBe("1.3");
  });

  it("is read so by the structured reading as well", () => expect(typedNumber("📌 1.3 die Mitgliedschaft", "clause")).toEqual({ number: "1.3", rest: "die Mitgliedschaft" }));

  it("a box of a form („☑ 1.3 …“) is none: the line stays text of the clause above", () => {
    expect(read("☑ 1.3 die Mitgliedschaft jährlich geprüft wird.").clauses).toHaveLength(2);
  });
});
