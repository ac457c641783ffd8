import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * The agenda line („Tagesordnung II Punkt 10 der öffentlichen Sitzung am …“, „TOP 5“, „Tagesordnungspunkt 5“)
 * right above an unlabelled Betreff. A tryout found the Betreff empty: the search for the first plain line
 * after the Vorlagen-Nr. stopped at the agenda line, and without a Vorlagen-Nr. line nothing looked below it.
 * The agenda line is a header line; the Betreff is the plain line under it.
 */
const read = (head: readonly string[]) =>
  recognize([...head, "1. Es wird beschlossen, dass", "1.1 die Stadt dem Verein beitritt.", "", "Dem Magistrat", "mit der Bitte um weitere Veranlassung"], WIESBADEN, sequentialIds("k")).vorlage.header;
const BETREFF = "Beitritt NExT e. V. der Landeshauptstadt Wiesbaden";
const AGENDA = "Tagesordnung II Punkt 10 der öffentlichen Sitzung am 21. März 2024";

describe("an agenda line between the Vorlagen-Nr. and the Betreff", () => {
  it("is read as the agenda item and the line below it as the Betreff", () => {
    const h = read(["Vorlagen-Nr. 24-V-07-0001", AGENDA, BETREFF]);
    expect([h.vorlagenNr, h.tagesordnung, h.tagesordnungspunkt, h.sitzungsdatum, h.betreff]).toEqual(["24-V-07-0001", "II", "10", "2024-03-21", BETREFF]);
  });

  it("reads „Tagesordnungspunkt 5“ and „Punkt 5 der Tagesordnung“ as the agenda item, the Betreff below", () => {
    for (const agenda of ["Tagesordnungspunkt 5", "Punkt 5 der Tagesordnung", "TOP 5"]) {
      const h = read(["Vorlagen-Nr. 24-V-07-0001", "", agenda, "", BETREFF]);
      expect([agenda, h.tagesordnungspunkt, h.betreff]).toEqual([agenda, "5", BETREFF]);
    }
  });
});

describe("an agenda line above the Betreff with no Vorlagen-Nr. line", () => {
  it("leaves the Betreff the plain line under it, empty lines between or not", () => {
    expect(read([AGENDA, BETREFF]).betreff).toBe(BETREFF);
    expect(read([AGENDA, "", BETREFF, ""]).betreff).toBe(BETREFF);
    expect(read(["TOP 5", BETREFF]).betreff).toBe(BETREFF);
  });

  it("takes no label or body's name under it for the Betreff", () => {
    expect(read([AGENDA, "Federführung: Dezernat VII", BETREFF]).betreff).toBe(BETREFF);
  });
});
