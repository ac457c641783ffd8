import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * One paragraph of the head that holds several „Label: Wert“ lines, set apart by soft line breaks (Shift+Enter):
 * „Gremium: Stadtrat↵Sitzung am: 07.12.2027↵öffentlich“. Each label's value ends at its line's break, as it does at a tab.
 */
const read = (head: string) =>
  recognize(["Beschlussvorlage Nr. BV 12/2027", head, "Betreff: Billigung des Planentwurfes", "Beschlussvorschlag:", "1. Der Entwurf wird gebilligt."], WIESBADEN, sequentialIds("s")).vorlage
    .header;

describe("labels on the soft-broken lines of one paragraph", () => {
  it("reads the Gremium up to its line's break, and the session's date from the next line", () => {
    const h = read("Gremium: Stadtrat\u000bSitzung am: 07.12.2027\u000böffentlich");
    expect([h.gremium, h.sitzungsdatum]).toEqual(["Stadtrat", "2027-12-07"]);
  });
});
