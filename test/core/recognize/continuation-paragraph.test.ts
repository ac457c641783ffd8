import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";
import { document0057 } from "../../fixtures/tryout-0057";

/**
 * A clause whose text goes on in a paragraph of its own (Enter pressed inside a clause, or the
 * list numbering switched off for one paragraph) in the first of two sections. Found by a new-user
 * tryout on Beschluss 0057: the paragraph ended the decision, and section 2 — the Beschluss
 * itself — was lost („Die Vorlage enthält keine Beschlussziffer“), and recognize wrote the file
 * without it. A continuation paragraph belongs to the clause above; the next heading still opens
 * the next section.
 */
const read = (paragraphs: readonly (string | ParagraphInput)[]) => recognize(paragraphs, WIESBADEN, sequentialIds("k"));
const numbersOf = (r: ReturnType<typeof read>) => r.vorlage.sections.map((s) => [s.kind, s.clauses.map((c) => c.writtenNumber)]);
const SECTIONS = [
  ["kenntnisnahme", ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"]],
  ["beschluss", ["2.1", "2.2", "2.3"]],
];

/** Splits the clause `at` after its first sentence, with an empty paragraph between (as in the tryout's files). */
const splitAt = (at: string, empty: boolean) => (number: string, p: string | ParagraphInput) => {
  const text = typeof p === "string" ? p : p.text;
  if (number !== at) return [p];
  const cut = text.indexOf(". ") + 1;
  const first = typeof p === "string" ? text.slice(0, cut) : { ...p, text: text.slice(0, cut) };
  return [first, ...(empty ? [""] : []), text.slice(cut + 1)];
};

describe("a paragraph that continues a clause in the first section", () => {
  it("keeps the last clause's second paragraph in it and still reads section 2 (0057-cont)", () => {
    const r = read(document0057({ clauses: splitAt("1.6", true) }));
    expect(numbersOf(r)).toEqual(SECTIONS);
    const c16 = r.vorlage.sections[0]?.clauses[5];
    expect(c16?.text).toBe("Der Beitritt durch die Dezernate VII und II initiiert ist.\nDoch alle Mitarbeitenden der Landeshauptstadt Wiesbaden können und sollen an der Mitgliedschaft partizipieren.");
  });

  it("keeps a middle clause's second paragraph in it, and the clauses after it (0057-cont3)", () => {
    const r = read(document0057({ clauses: splitAt("1.4", true) }));
    expect(numbersOf(r)).toEqual(SECTIONS);
    expect(r.vorlage.sections[0]?.clauses[3]?.text).toMatch(/müssen\.\nDie Landeshauptstadt Wiesbaden verpflichtet sich damit/u);
  });

  it("reads a list paragraph with its numbering switched off as the clause above's, and the rest of the list (0057-nonum)", () => {
    const r = read(
      document0057({
        form: "list",
        clauses: (number, p) => (number === "1.3" && typeof p !== "string" ? [{ text: p.text }] : [p]),
      }),
    );
    // Word shows 1.1, 1.2, (no number), 1.3, 1.4, 1.5: the unnumbered paragraph goes on with 1.2.
    expect(numbersOf(r)).toEqual([
      ["kenntnisnahme", ["1.1", "1.2", "1.4", "1.5", "1.6"]],
      ["beschluss", ["2.1", "2.2", "2.3"]],
    ]);
    expect(r.vorlage.sections[0]?.clauses[1]?.text).toMatch(/verpflichtet;\nMitarbeitende der Stadtverwaltung/u);
  });

  it("still ends the decision at prose after the last section's full stop", () => {
    const r = read(document0057({ tail: ["", "Die Mitgliedschaft kann jährlich gekündigt werden.", "", "Dem Magistrat", "mit der Bitte um weitere Veranlassung"] }));
    expect(numbersOf(r)).toEqual(SECTIONS);
    expect(r.vorlage.sections[1]?.clauses[2]?.text).toBe("die haushaltstechnische Umsetzung durch Dezernat III/20 in Verbindung mit Dezernat VII und II erfolgt.");
  });
});

describe("a decision heading after a paragraph that ends the clauses", () => {
  it("still opens its section: recognize never drops a part it found the heading of", () => {
    // „Anlage …“ ends section 1's clauses; section 2's heading comes after it.
    const paragraphs = document0057({
      clauses: (number, p) => (number === "1.6" ? [p, "", "Anlage 1 bleibt unverändert.", ""] : [p]),
    });
    const r = read(paragraphs);
    expect(r.vorlage.sections.map((s) => s.kind)).toEqual(["kenntnisnahme", "beschluss"]);
    expect(r.vorlage.sections[1]?.clauses.map((c) => c.writtenNumber)).toEqual(["2.1", "2.2", "2.3"]);
  });
});
