import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * „Vorlage Nr. StVV - V 21/2027“ / „für die Sitzung der Stadtverordnetenversammlung am 24.06.2027“ / the title (Bremerhaven's
 * Magistratsvorlagen): the session's line stands between the number and the unlabelled title; it is no subject, the title is.
 */
describe("the session's line between the Vorlagen-Nr. and the unlabelled title", () => {
  const r = recognize(
    [
      "Schulamt",
      "Vorlage Nr. StVV - V 21/2027",
      "für die Sitzung der Stadtverordnetenversammlung am 24.06.2027",
      "Trinkwasserspender an allen Schulen\u000bhier: Beantwortung des Antrags Nr. AT 15/2027",
      "A. Problem",
      "Die Schulen haben keine Trinkwasserspender.",
      "G. Beschlussvorschlag",
      "1. Die Stadtverordnetenversammlung nimmt den Bericht zur Kenntnis.",
    ],
    WIESBADEN,
    sequentialIds("k"),
  );

  it("is passed over: the title below it is the Betreff, with its „hier:“ line", () => {
    expect(r.vorlage.header.betreff).toBe("Trinkwasserspender an allen Schulen hier: Beantwortung des Antrags Nr. AT 15/2027");
  });

  it("still names the session", () => {
    expect([r.vorlage.header.gremium, r.vorlage.header.sitzungsdatum]).toEqual(["Stadtverordnetenversammlung", "2027-06-24"]);
  });
});
