import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toVorlageJson } from "../../../src/core/metadata/vorlage-json";
import { fromVorlageJson } from "../../../src/core/metadata/vorlage-json-import";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { inOrder, printedLines } from "../../fixtures/printed-order";
import { typedDocx, typedParagraphs, type TypedParagraph } from "../../fixtures/typed-docx";

/**
 * Issue 24, the Zuleitung: Beschluss 0057 read from a plain .docx (no structure of ours)
 * and drafted anew — `beschluss export --format json`, then `new --from` that JSON — prints
 * the seed's 29 paragraphs in the seed's order, the Gremium above them the only extra line.
 * Before the Zuleitung was read (issue 24 item 2) 24 of them came out in order: every
 * recipient stood before both signatures and „Der Magistrat -16 -“ was lost.
 *
 * The text is ours, modelled on the seed line for line (its clause texts are the reference
 * fixture's abbreviations; test/fixtures/texts/seed-0057-modelled.txt); scripts/acceptance.ts
 * runs the same check on the real text in ../shared.
 */
const TEXT = readFileSync(join(__dirname, "../../fixtures/texts/seed-0057-modelled.txt"), "utf8");
const NOW = "2024-03-21T10:00:00Z";

/** The number under the office: a line of its own in the text, a soft line break in the office's paragraph when typed. */
const isNumberUnderOffice = (line: string, previous: string): boolean => /^-\s*\d+\s*-$/u.test(line) && /^Der Magistrat$/u.test(previous);

/** The seed's paragraphs as they print: its lines, the Magistrat's number in the Magistrat's paragraph, the extraction's list dash before a clause number left out. */
const SEED_PARAGRAPHS: readonly string[] = typedParagraphs(TEXT, isNumberUnderOffice)
  .map((p) => (typeof p === "string" ? [p] : p))
  .map((lines) => lines.map((l) => l.replace(/^- (?=\d+\.\d+ )/u, "").replace(/\s+/gu, " ").trim()).join("\n"))
  .filter((p) => p !== "");

/** What `export --format json` and `new --from` do with a read document: the Vorlage through its JSON, a new .docx from it. */
function redrafted(bytes: Uint8Array): Uint8Array {
  const read = DocxDocument.open(bytes).read(WIESBADEN, sequentialIds("r"));
  const json: unknown = JSON.parse(JSON.stringify(toVorlageJson(read.vorlage, WIESBADEN)));
  return DocxDocument.create(fromVorlageJson(json).vorlage, WIESBADEN, NOW).save();
}

const printed = (bytes: Uint8Array): string[] => printedLines(bytes, WIESBADEN);

const typings: [string, TypedParagraph[]][] = [
  ["one paragraph per line (as a text import makes it)", typedParagraphs(TEXT)],
  ["the Magistrat's number after Shift+Enter under its name", typedParagraphs(TEXT, isNumberUnderOffice)],
];

describe("Beschluss 0057 read from a plain .docx and drafted anew", () => {
  it("has 29 paragraphs to print, the Magistrat's name and number one of them", () => {
    expect(SEED_PARAGRAPHS).toHaveLength(29);
    expect(SEED_PARAGRAPHS).toContain("Der Magistrat\n-16 -");
  });

  describe.each(typings)("typed with %s", (_how, paragraphs) => {
    const again = printed(redrafted(typedDocx(paragraphs)));

    it("prints all 29 of the seed's paragraphs in its order, with no extra line but the Gremium", () => {
      expect(inOrder(SEED_PARAGRAPHS, again)).toBe(29);
      expect(again).toEqual(["Stadtverordnetenversammlung", ...SEED_PARAGRAPHS]);
    });

    it("reads the Zuleitung: the Magistrat sends on under its number to the Dezernate, the office's own Zeichnung to the Magistrat", () => {
      const v = DocxDocument.open(typedDocx(paragraphs)).read(WIESBADEN, sequentialIds("r")).vorlage;
      const [own, magistrat] = v.zeichnungen;
      expect(own).toMatchObject({ name: "Dr. Heimlich" });
      expect(own).not.toHaveProperty("absender");
      expect(magistrat).toMatchObject({ name: "Bock", absender: "Der Magistrat", absenderNummer: "16" });
      expect(v.verteiler.map((e) => [e.empfaenger, e.zeichnung])).toEqual([
        ["Dem Magistrat", own?.id],
        ["Dezernat II und Dezernat III", magistrat?.id],
        ["Dezernat VII", magistrat?.id],
      ]);
    });
  });
});
