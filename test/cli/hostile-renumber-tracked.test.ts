import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sequentialIds } from "../../src/core/model/ids";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { RenumberDropsUserMarkupError, recognizeDocx } from "../../src/cli/recognize-docx";
import { COMMENTS, docxFromBody, paragraphXml, plainDocx } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

/**
 * A number control of ours whose content holds the user's tracked change (they changed „2.3“ to
 * „2.4“ with Track Changes on), a comment anchored on the number, or a footnote reference.
 * `recognize --renumber` must change that number (2.4 follows 2.2: it becomes 2.3), and wrote the
 * new number over the control's whole content: the tracked change, the comment's anchor and the
 * footnote were gone without a word. A serious product neither accepts nor rejects a user's
 * revision for them, and does not guess how a renumbering should be tracked on top of another
 * person's revision: it refuses, names the clause, and changes nothing, as recognize refuses where
 * renumbering would break typed references. The user accepts or rejects the change in Word, then
 * renumbers. A tracked change in a number that stays as it is keeps everything.
 */
const LINES = readFileSync(join(__dirname, "../fixtures/texts/wiesbaden-style.txt"), "utf8").split("\n");
const DATE = 'w:author="Frau Muster" w:date="2025-05-14T10:00:00Z"';
const TRACKED = `<w:del w:id="901" ${DATE}><w:r><w:delText>2.3</w:delText></w:r></w:del><w:ins w:id="902" ${DATE}><w:r><w:t>2.4</w:t></w:r></w:ins>`;
const COMMENTED = `<w:commentRangeStart w:id="5"/><w:r><w:t>2.4</w:t></w:r><w:commentRangeEnd w:id="5"/><w:r><w:rPr><w:rStyle w:val="Kommentarzeichen"/></w:rPr><w:commentReference w:id="5"/></w:r>`;
const FOOTNOTE = `<w:r><w:t>2.4</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="7"/></w:r>`;

/** The Wiesbaden-style Vorlage structured by recognize, with the number control `number` holding `content` instead of its plain run. */
function structuredWith(number: string, content: string): Uint8Array {
  const structured = recognizeDocx(plainDocx(LINES), WIESBADEN, { ids: sequentialIds("x") });
  const parts = unzipSync(structured.bytes);
  const xml = strFromU8(parts["word/document.xml"] as Uint8Array);
  const plain = `<w:sdtContent><w:r><w:t xml:space="preserve">${number}</w:t></w:r></w:sdtContent>`;
  expect(xml.split(plain).length).toBe(2);
  parts["word/document.xml"] = strToU8(xml.replace(plain, `<w:sdtContent>${content}</w:sdtContent>`));
  return zipSync(parts);
}

const documentXml = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array);

describe("recognize --renumber and the user's marks inside a number control of ours", () => {
  it.each([
    ["a tracked change", TRACKED, "nachverfolgte Änderung"],
    ["a comment", COMMENTED, "Kommentar"],
    ["a footnote reference", FOOTNOTE, "Fußnote"],
  ])("refuses to write over %s in a number it must change, naming the clause", (_name, content) => {
    let thrown: unknown;
    try {
      recognizeDocx(structuredWith("2.4", content), WIESBADEN, { ids: sequentialIds("y"), renumber: true });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(RenumberDropsUserMarkupError);
    expect((thrown as RenumberDropsUserMarkupError).numbers.map((n) => n.number)).toEqual(["2.4"]);
  });

  it.each([
    ["a tracked change", TRACKED, /Ziffer 2\.4.*nachverfolgte Änderung/su],
    ["a comment", COMMENTED, /Ziffer 2\.4.*Kommentar/su],
    ["a footnote reference", FOOTNOTE, /Ziffer 2\.4.*Fußnote/su],
  ])("the command says so in German (%s), exits 2 and writes nothing", async (_name, content, said) => {
    const { dir, file } = tempFolder("bv-tracked-nr-");
    const input = structuredWith("2.4", content);
    const path = file("vorlage.docx", input);
    const out = await run("recognize", path, "--renumber", "-o", join(dir, "neu.docx"));
    expect(out.code).toBe(2);
    expect(out.err).toMatch(said);
    expect(out.err).not.toMatch(/\bat \w+ \(|Error:/u);
    expect(existsSync(join(dir, "neu.docx"))).toBe(false);
    const inPlace = await run("recognize", path, "--renumber", "--in-place");
    expect(inPlace.code).toBe(2);
    expect(new Uint8Array(readFileSync(path))).toEqual(input);
  });

  it("keeps a tracked change in a number that stays as it is, and renumbers the others", () => {
    const tracked = `<w:del w:id="901" ${DATE}><w:r><w:delText>2.3</w:delText></w:r></w:del><w:ins w:id="902" ${DATE}><w:r><w:t>2.1</w:t></w:r></w:ins>`;
    const out = recognizeDocx(structuredWith("2.1", tracked), WIESBADEN, { ids: sequentialIds("y"), renumber: true });
    expect(out.renumbered).toBe(1);
    const xml = documentXml(out.bytes);
    expect(xml).toContain(tracked);
    expect(xml).toContain(">2.3</w:t>");
    expect(xml).not.toContain(">2.4<");
  });
});

describe("recognize --renumber on a document read from its typed text, where a number to change carries the user's marks", () => {
  /** Typed numbers 2.1, 2.4: „2.4“ typed with Track Changes on (or commented), so that renumbering must make it 2.2. */
  const typed = (number: string) =>
    docxFromBody(
      [...["Vorlagen-Nr. 25-V-07-0042", "Betreff: Lastenräder", "1. Es wird zur Kenntnis genommen, dass", "1.1 der Betrieb Kleintransporter einsetzt.", "2. Es wird beschlossen, dass", "2.1 zwölf Lastenräder beschafft werden;"].map(paragraphXml), `<w:p>${number}<w:r><w:t xml:space="preserve"> die Beschaffung ausgeschrieben wird.</w:t></w:r></w:p>`].join(""),
      { "word/comments.xml": strToU8(COMMENTS) },
    );

  it.each([
    ["a tracked change", `<w:ins w:id="902" ${DATE}><w:r><w:t>2.4</w:t></w:r></w:ins>`, /Ziffer 2\.4 enthält eine nachverfolgte Änderung.*Änderung annehmen oder ablehnen/su],
    ["a comment", COMMENTED, /Ziffer 2\.4 enthält einen Kommentar.*Kommentar hinter die Nummer setzen/su],
  ])("refuses (%s) in German, exits 2 and writes nothing, instead of leaving the number as it was", async (_name, number, said) => {
    const { dir, file } = tempFolder("bv-typed-nr-");
    const path = file("vorlage.docx", typed(number));
    const out = await run("recognize", path, "--renumber", "-o", join(dir, "neu.docx"));
    expect(out.code).toBe(2);
    expect(out.err).toMatch(said);
    expect(existsSync(join(dir, "neu.docx"))).toBe(false);
  });
});
