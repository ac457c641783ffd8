import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A Fraktion's letter whose subject names the session it is written for without the word „Sitzung“: „Antrag zur
 * Tagesordnung für den Kreistag am 14.10.2027“. The body and the date are the Gremium and the Sitzungsdatum, as
 * „Antrag zur Sitzung des Kreistages am …“ gives them. A body named in the letter's prose gives neither.
 */
const read = (subject: string) =>
  recognize(
    [
      "Herrn Landrat",
      "Bernd Lühmann",
      "Hildesheim, den 02.09.2027",
      subject,
      "Sehr geehrter Herr Landrat,",
      "wir bitten Sie, den Beratungspunkt in die Tagesordnung aufzunehmen.",
      "Beschlussvorschlag:",
      "Die Verwaltung wird beauftragt, den Beirat bis zum 30.11.2027 einzurichten.",
    ],
    WIESBADEN,
    sequentialIds("a"),
  ).vorlage.header;

describe("the session a Fraktion's Antrag names", () => {
  it("„Antrag zur Tagesordnung für den Kreistag am 14.10.2027“ gives the Gremium and the date", () => {
    const h = read("Antrag zur Tagesordnung für den Kreistag am 14.10.2027\u000bund Beschlussvorschlag zum Beratungspunkt „Sanierungsbeirat“");
    expect([h.gremium, h.sitzungsdatum]).toEqual(["Kreistag", "2027-10-14"]);
  });

  it("„Antrag für den Rat am 02.03.2027“ does too", () => {
    const h = read("Antrag für den Rat am 02.03.2027: Sanierungsbeirat");
    expect([h.gremium, h.sitzungsdatum]).toEqual(["Rat", "2027-03-02"]);
  });
});
