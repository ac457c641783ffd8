import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";
import { withUnreadVerteiler } from "../../../src/core/validation/uncertain-amount";
import { validate } from "../../../src/core/validation/validate";

/**
 * Where the document shows a Verteiler that recognition did not understand, the check must not say „Der Verteiler ist
 * leer“ (third tryout); it says the Verteiler was not recognised, with its words. Where nothing like one is there, it
 * stays „leer“.
 */
const checked = (...tail: string[]) => {
  const r = recognize(
    [
      "Vorlagen-Nr. 25-V-06-0012",
      "Gremium: Stadtverordnetenversammlung",
      "Sitzungsdatum: 06.05.2025",
      "Betreff: Beschaffung von Lastenrädern",
      "1. Es wird beschlossen, dass",
      "1.1 sechs Lastenräder beschafft werden.",
      ...tail,
    ],
    WIESBADEN,
    sequentialIds("w"),
  );
  return withUnreadVerteiler(validate(r.vorlage, WIESBADEN), r.findings).filter((f) => f.code.startsWith("verteiler-"));
};

describe("a Verteiler not understood", () => {
  it("is said to be not recognised, with its words, not empty", () => {
    const found = checked("Verteiler", "an alle Ämter nach Liste B");
    expect(found.map((f) => f.code)).toEqual(["verteiler-nicht-erkannt"]);
    expect(found[0]?.params["auszug"]).toContain("Verteiler");
  });

  it("stays „leer“ where the document shows none", () => {
    expect(checked("Wiesbaden, 14.04.2025", "Kowol").map((f) => f.code)).toEqual(["verteiler-missing"]);
  });
});
