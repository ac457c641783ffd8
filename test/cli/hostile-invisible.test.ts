import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

/**
 * Invisible characters that make a Vorlage read otherwise than it looks: a right-to-left override
 * before a clause („\u202E3. Die Verwaltung …“ shows reversed), a right-to-left mark before a
 * clause number (the number is not read as one), a zero-width space inside the Betreff or an
 * amount. check said nothing of them: a clause „without a number“ and a Betrag „missing“, while
 * the page shows both. Now each place is named with the characters' code points (warning
 * `text-steuerzeichen`), in the text report, the JSON and the review report's kinds.
 */
const lines = (betreff: string, clause2: string) => [
  "Vorlagen-Nr. 25-V-03-0042",
  `Betreff: ${betreff}`,
  "Federführend: Dezernat III",
  "Beschlussvorschlag:",
  "1. Die Stadt beschafft zehn Lastenräder.",
  clause2,
  "Dem Magistrat",
  "mit der Bitte um Kenntnisnahme",
  "Wiesbaden, 02.06.2025",
  "Müller",
];

async function findings(betreff: string, clause2: string): Promise<{ code: string; message: string; location: { type: string } }[]> {
  const { file } = tempFolder("bv-invisible-");
  const out = await run("check", "--json", file("v.docx", docxFromBody(lines(betreff, clause2).map(paragraphXml).join(""))));
  return (JSON.parse(out.out) as { files: { findings: { code: string; message: string; location: { type: string } }[] }[] }).files[0]?.findings ?? [];
}

describe("invisible control characters in a Vorlage", () => {
  it("none in an ordinary Vorlage", async () => {
    expect((await findings("Lastenräder", "2. Die Verwaltung wartet die Räder.")).map((f) => f.code)).not.toContain("text-steuerzeichen");
  });

  it.each([
    ["a right-to-left override around a clause", "Lastenräder", "\u202E2. Die Verwaltung wartet die Räder.\u202C", "U+202E, U+202C", "clause"],
    ["a right-to-left mark before a clause number", "Lastenräder", "\u200F2. Die Verwaltung wartet die Räder.", "U+200F", "clause"],
    ["a zero-width space in an amount of a clause", "Lastenräder", "2. Die Stadt zahlt 1\u200B000.000 € an den Verein.", "U+200B", "clause"],
    ["a zero-width space in the Betreff", "Lasten\u200Bräder", "2. Die Verwaltung wartet die Räder.", "U+200B", "field"],
  ])("are named where they stand: %s", async (_name, betreff, clause2, codes, where) => {
    const hits = (await findings(betreff, clause2)).filter((f) => f.code === "text-steuerzeichen");
    expect(hits.map((f) => f.location.type)).toEqual([where]);
    expect(hits[0]?.message).toContain(`unsichtbare Steuerzeichen (${codes})`);
  });
});
