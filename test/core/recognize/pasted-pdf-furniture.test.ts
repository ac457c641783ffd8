import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A Vorlage pasted from a PDF line by line keeps what the PDF printed on every page: a running
 * head between two clauses, a place with its river or region in brackets under the signature
 * (found on the fourth fresh set, Landkreis Elbe-Elster; „Frankfurt (Oder)“, „Halle (Saale)“,
 * „Herzberg (Elster)“ are how such towns write their name).
 */
const read = (lines: readonly string[]) => recognize(lines, WIESBADEN, sequentialIds("k"));

describe("a page's running head pasted between two clauses", () => {
  const r = read([
    "Vorlage Nr.: 0630/2027",
    "Betreff: Förderrichtlinie Schulprojekte",
    "Beschlussvorschlag:",
    "1. Die Richtlinie wird beschlossen.",
    "2. Für die Förderung werden Mittel von 45.000 €",
    "bereitgestellt.",
    "Landkreis Elbe-Elster – Beschlussvorlage 0630/2027 – Seite 2 von 3",
    "3. Der Landrat wird ermächtigt, die Richtlinie anzupassen.",
  ]);
  const clauses = r.vorlage.sections[0]?.clauses ?? [];

  it("is part of no clause", () => expect(clauses[1]?.text).not.toContain("Seite 2 von 3"));

  it("does not cut the clause off from the line that goes on", () => expect(clauses[1]?.text).toContain("bereitgestellt"));

  it("leaves the numbering of the clauses as it is", () => expect(clauses.map((c) => c.writtenNumber)).toEqual(["1.", "2.", "3."]));
});

describe("a signature whose place has a bracketed addition", () => {
  it("reads „Herzberg (Elster), 10.02.2027“ as place and date of a signature", () => {
    const r = read([
      "Vorlage Nr.: 0631/2027",
      "Betreff: Förderrichtlinie Schulprojekte",
      "Beschlussvorschlag:",
      "Die Richtlinie wird beschlossen.",
      "Finanzielle Auswirkungen:",
      "ja, Haushaltsjahr 2027, Aufwand 45.000 €",
      "Herzberg (Elster), 10.02.2027",
      "Frank Wendisch",
      "Landrat",
    ]);
    expect(r.vorlage.zeichnungen.map((z) => [z.ort, z.datum, z.name])).toEqual([["Herzberg (Elster)", "2027-02-10", "Frank Wendisch"]]);
  });
});

describe("a page number in en dashes and a PDF's page separator", () => {
  it.each([["– 2 –"], ["-- 2 of 3 --"]])("„%s“ between two clauses is page furniture, part of no clause", (line) => {
    const lines = ["Vorlage Nr.: 0632/2027", "Betreff: Förderrichtlinie Schulprojekte", "Beschlussvorschlag:", "Die Richtlinie wird beschlossen.", line, "Der Landrat wird ermächtigt, sie anzupassen."];
    const r = read(lines);
    expect(r.places[lines.indexOf(line)]).toBe("furniture");
    expect(r.vorlage.sections[0]?.clauses.map((c) => c.text)).toEqual(["Die Richtlinie wird beschlossen.", "Der Landrat wird ermächtigt, sie anzupassen."]);
  });
});
