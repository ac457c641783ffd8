import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/** A header that writes its Sitzungsdatum in ISO 8601 („Sitzungsdatum: 2025-06-12“) states it as well as „12.06.2025“ does. */
describe("a Sitzungsdatum written in ISO 8601", () => {
  it("is read from the header", () => {
    const r = recognize(
      ["Vorlagen-Nr. 25-V-03-0042", "Gremium: Stadtverordnetenversammlung", "Sitzungsdatum: 2025-06-12", "Betreff: Lastenräder", "1. Es wird beschlossen, dass", "1.1 Lastenräder beschafft werden."],
      WIESBADEN,
      sequentialIds("v"),
    );
    expect(r.vorlage.header.sitzungsdatum).toBe("2025-06-12");
  });
});
