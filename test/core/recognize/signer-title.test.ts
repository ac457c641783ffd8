import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * The signer's office below the name („Kowol / Stadtrat“) is part of the Zeichnung. Found by the third tryout: every file
 * got the hint „Der Absatz „Stadtrat“ wurde als Zeichnung gelesen, aber in keinen Teil der Vorlage übernommen“.
 */
const unassigned = (...tail: string[]) =>
  recognize(
    [
      "Vorlagen-Nr. 25-V-06-0012",
      "Gremium: Stadtverordnetenversammlung",
      "Sitzungsdatum: 06.05.2025",
      "Betreff: Beschaffung von Lastenrädern",
      "1. Es wird beschlossen, dass",
      "1.1 sechs Lastenräder beschafft werden.",
      "Dem Magistrat",
      "mit der Bitte um weitere Veranlassung",
      "Wiesbaden, 14.04.2025",
      ...tail,
    ],
    WIESBADEN,
    sequentialIds("s"),
  ).findings.filter((f) => f.code === "recognize-unassigned").map((f) => f.params["auszug"]);

describe("the signer's title below the name", () => {
  it.each([["Stadtrat"], ["Oberbürgermeister"], ["Stadträtin"], ["Erster Beigeordneter"], ["Fraktionsvorsitzende"], ["Vorsitzender"]])("„%s“ belongs to the Zeichnung", (title) => {
    expect(unassigned("Kowol", title)).toEqual([]);
  });

  it("takes no other line below the name", () => {
    expect(unassigned("Kowol", "Telefonnummer folgt")).toEqual(["Telefonnummer folgt"]);
  });
});
