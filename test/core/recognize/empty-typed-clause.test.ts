import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";
import { validate } from "../../../src/core/validation/validate";

/**
 * A typed Ziffer left empty („2.2“ alone on its line, its text never written) is a clause without text: check says that
 * Ziffer 2.2 is empty (`clause-empty`), instead of joining the number to the clause above and then calling 2.3 a gap
 * and 2.4 out of order (found by the third tryout).
 */
const read = () => {
  const v = recognize(
    [
      "Vorlagen-Nr. 25-V-06-0021",
      "Beschaffung von Lastenrädern",
      "1. Es wird zur Kenntnis genommen, dass",
      "1.1 die Stadtpolizei über zwei Dienstfahrräder verfügt.",
      "2. Es wird beschlossen, dass",
      "2.1 sechs Lastenräder beschafft werden;",
      "2.2",
      "2.3 die Kosten aus dem Budget der Dezernate VI und III finanziert werden;",
      "2.4 die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt.",
    ],
    WIESBADEN,
    sequentialIds("e"),
  ).vorlage;
  return { v, codes: validate(v, WIESBADEN).map((f) => f.code) };
};

describe("a typed Ziffer left empty", () => {
  it("is a clause of its own, with no text", () => {
    const { v } = read();
    expect(v.sections.flatMap((s) => s.clauses.map((c) => [c.writtenNumber, c.text]))).toEqual([
      ["1.1", "die Stadtpolizei über zwei Dienstfahrräder verfügt."],
      ["2.1", "sechs Lastenräder beschafft werden;"],
      ["2.2", ""],
      ["2.3", "die Kosten aus dem Budget der Dezernate VI und III finanziert werden;"],
      ["2.4", "die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt."],
    ]);
  });

  it("is said to be empty, and the numbers after it are no gap", () => {
    const { codes } = read();
    expect(codes).toContain("clause-empty");
    expect(codes.filter((c) => /^numbering-/u.test(c))).toEqual([]);
  });
});
