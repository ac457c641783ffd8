import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A Verband's Vorlage without a Betreff label titles itself as the agenda item („Tagesordnungspunkt 4: Teilfortschreibung …“,
 * „TOP 7: …“): the title after the colon is the Betreff. Its decision heading „Beschlussvorschlag“ names no body; the line
 * below it („Die Verbandsversammlung beschließt:“) does, and names the Gremium.
 */
const read = (lines: readonly string[]) => recognize(lines, WIESBADEN, sequentialIds("k")).vorlage.header;
const decision = ["I. Beschlussvorschlag", "Die Verbandsversammlung beschließt:", "1. Der Entwurf wird gebilligt.", "2. Die Verwaltung wird beauftragt, ihn offenzulegen.", "II. Sachverhalt", "Der erste Entwurf wurde gebilligt."];

describe("an agenda item's title as the Betreff", () => {
  it("reads the title after „Tagesordnungspunkt 4:“, a soft break before „hier:“ read as a space", () => {
    const h = read(["VERBAND REGION", "Vorlage VV 41/27/04", "Tagesordnungspunkt 4: Teilfortschreibung des Regionalplans, Kapitel Windenergie\nhier: Billigung des zweiten Entwurfs", ...decision]);
    expect(h.betreff).toBe("Teilfortschreibung des Regionalplans, Kapitel Windenergie hier: Billigung des zweiten Entwurfs");
  });

  it("reads the title after „TOP 7:“", () => {
    expect(read(["Vorlage VV 41/27/07", "TOP 7: Haushaltssatzung 2027", ...decision]).betreff).toBe("Haushaltssatzung 2027");
  });

  it("takes no agenda line without a title for the Betreff", () => {
    expect(read(["Vorlage VV 41/27/07", "TOP 7:", ...decision]).betreff).not.toBe("TOP 7:");
  });
});

describe("the body named below a heading that names none", () => {
  it("takes „Die Verbandsversammlung beschließt:“ below „I. Beschlussvorschlag“ as the Gremium", () => {
    expect(read(["Vorlage VV 41/27/04", "Tagesordnungspunkt 4: Teilfortschreibung", ...decision]).gremium).toBe("Verbandsversammlung");
  });
});
