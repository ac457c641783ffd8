import { formatTag, parseTag } from "../../src/document/tags";

describe("reading a control's tag", () => {
  it("reads each kind of our tags back as written", () => {
    for (const tag of [
      { kind: "abschnitt", id: "s1", sectionKind: "beschluss" },
      { kind: "ziffer", id: "c1" },
      { kind: "nr", id: "c1" },
      { kind: "kopf" },
      { kind: "feld", name: "header.betreff" },
      { kind: "quelle", id: "q1" },
    ] as const) {
      expect(parseTag(formatTag(tag))).toEqual(tag);
    }
  });

  it("takes no tag for ours that has another prefix, a missing or empty part, or one part too many", () => {
    for (const text of ["", "bv", "bv:", "bvx:ziffer:c1", "b:ziffer:c1", "xbv:ziffer:c1", "bv:ziffer", "bv:ziffer:", "bv:ziffer:c1:x", "bv:abschnitt:s1", "bv:abschnitt:s1:beschluss:x", "bv:kopf:", "bv:kopf:x", "bv:unbekannt:x", "bv:quelle:q1:x", "other:ziffer:c1"]) {
      expect(parseTag(text)).toBeUndefined();
    }
  });
});
