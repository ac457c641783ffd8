import { plainDocx } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

/** A letter: no Beschlussteil, no Vorlagen-Nr. (check: „keine Vorlage erkannt“). */
const LETTER = ["Sehr geehrte Damen und Herren,", "vielen Dank für Ihr Schreiben vom 3. Mai.", "Mit freundlichen Grüßen"];

describe("export of a document that is no Vorlage", () => {
  // Found by a new-user tryout: `export empty.docx --format oparl` printed an empty Paper and exited 0 while check
  // said „keine Vorlage erkannt“ and exited 1.
  it("exports nothing, says why in a German sentence and exits as check does", async () => {
    const { file } = tempFolder("export-no-vorlage-");
    const letter = file("brief.docx", plainDocx(LETTER));
    const check = await run("check", letter);
    expect(check.out).toContain("keine Vorlage erkannt");
    for (const format of ["oparl", "json", "xml"]) {
      const exported = await run("export", letter, "--format", format);
      expect(exported.code).toBe(check.code);
      expect(exported.out).toBe("");
      expect(exported.err).toMatch(/^beschluss: .*brief\.docx: Keine Vorlage erkannt: .* Es wurden keine Metadaten ausgegeben\.$/mu);
    }
    const english = await run("export", letter, "--format", "oparl", "--lang", "en");
    expect(english.err).toContain("No metadata was exported.");
  });
});
