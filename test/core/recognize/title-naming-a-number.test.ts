import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * An unlabelled title below the Vorlagen-Nr. is the Betreff even where it names a plan's or a statute's number late in
 * its words („… zum vorzeitigen Bebauungsplan Nr. 09 „Gewerbegebiet …““). A line that starts with a number's label
 * („Drucksache Nr. 4“, „Niederschrift Nr. 12“) is still no subject.
 */
const read = (title: string) =>
  recognize(["Beschlussvorlage Nr. BV 12/2027", "Gremium: Stadtrat", title, "I. Beschlussantrag", "1. Der Entwurf wird gebilligt."], WIESBADEN, sequentialIds("b")).vorlage.header.betreff;

describe("an unlabelled title that names a number", () => {
  it("is the Betreff where the number stands late in its words", () => {
    const title = "Billigung des Planentwurfes und Auslegungsbeschluss zum vorzeitigen Bebauungsplan Nr. 09 „Gewerbegebiet Ramsdorfer Straße“";
    expect(read(title)).toBe(title);
  });

  it("is none where the line starts with a number's label", () => {
    expect(read("Niederschrift Nr. 12")).toBe("");
  });
});
