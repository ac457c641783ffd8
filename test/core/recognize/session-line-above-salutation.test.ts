import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A Fraktion's letter whose line above the salutation is the second line of its session („Sitzung der BV Porz“ /
 * „am 26.08.08 TOP 7.2.8“): that line names a session and an agenda item, no subject. The subject is the one the
 * letter gives after „hier:“ (found by the third tryout on a Köln Antrag).
 */
const read = () =>
  recognize(
    [
      "Herrn Oberbürgermeister",
      "Rathaus 50667 Köln",
      "Sitzung der BV Porz",
      "am 26.08.08 TOP 7.2.8",
      "Sehr geehrter Herr Bezirksbürgermeister,",
      "wir möchten Sie bitten, folgenden Beschluss auf die Tagesordnung zu setzen:",
      "Antrag zur Sitzung der Bezirksvertretung Köln-Porz am 26. August 2008",
      "hier: Konzept Carl-Stamitz-Musikschule in Köln-Porz",
      "BESCHLUSSENTWURF:",
      "Die Bezirksvertretung Porz fordert die Verwaltung auf, mit ihr über die Zukunft der Musikschule zu sprechen.",
    ],
    WIESBADEN,
    sequentialIds("k"),
  ).vorlage.header.betreff;

describe("the line above a letter's salutation", () => {
  it("is no Betreff where it is the second line of a session; the subject after „hier:“ is", () => {
    expect(read()).toBe("Konzept Carl-Stamitz-Musikschule in Köln-Porz");
  });
});
