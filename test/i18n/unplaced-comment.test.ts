import { clause, section, vorlage } from "../../src/core/model/builders";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { unplacedCommentText } from "../../src/i18n/unplaced-comment";

/** A review comment whose place was not found stands at the top: it names its place and says why it stands there. */
describe("the text of a review comment whose place is not found", () => {
  const v = vorlage({ sections: [section("s1", "beschluss", [clause("c1", "Es wird beschlossen.", "2.3")], "2.")] });

  it("names the clause and says that the place was not found, in German and in English", () => {
    expect(unplacedCommentText("Betrag prüfen.", { type: "clause", id: "c1" }, v, "de", WIESBADEN)).toBe(
      "Betrag prüfen. (Betrifft Ziffer 2.3; die Stelle wurde im Dokument nicht gefunden, daher steht der Hinweis am Anfang.)",
    );
    expect(unplacedCommentText("Check the amount.", { type: "clause", id: "c1" }, v, "en", WIESBADEN)).toBe(
      "Check the amount. (About clause 2.3: this place was not found in the document, so the note stands at its beginning.)",
    );
  });

  it("says only that the place was not found where the finding names none in words", () => {
    expect(unplacedCommentText("Hinweis.", { type: "document" }, v, "de", WIESBADEN)).toBe("Hinweis. (Die Stelle wurde im Dokument nicht gefunden, daher steht der Hinweis am Anfang.)");
  });
});
