import { join } from "node:path";
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

/**
 * Plain Vorlagen whose clauses are hidden, deleted, moved, offered in two versions or wrapped by
 * other programs' markup. What each command must say: `check` reads what Word shows (text in
 * w:del, w:moveFrom or hidden is no clause and no amount; of an mc:AlternateContent the Choice
 * Word understands, else the Fallback), and `recognize --renumber` changes only numbers, keeping
 * every wrapper (w:customXml, w:smartTag, other add-ins' controls) and every other character.
 * These were already right; the tests keep them so.
 */
const W = 'w:author="X" w:date="2025-01-01T00:00:00Z"';
const r = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const HEAD = ["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Federführend: Dezernat III", "Beschlussvorschlag:"].map(paragraphXml).join("");
const TAIL = ["Finanzielle Auswirkungen:", "Die Kosten betragen einmalig 12.000 € und werden aus dem Budget des Dezernats III gedeckt.", "Dem Magistrat", "mit der Bitte um Kenntnisnahme", "Wiesbaden, 02.06.2025", "Müller"].map(paragraphXml).join("");
const ONE = paragraphXml("1. Die Stadt beschafft zehn Lastenräder.");
const TWO = paragraphXml("2. Die Verwaltung wird beauftragt, die Räder zu warten.");
const PAY = "Die Stadt zahlt 3.000.000 € an den Verein.";
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:zz="urn:unknown"';

const CASES: readonly (readonly [string, string, readonly string[], string | undefined])[] = [
  // [name, the clauses' XML, the clauses check reads, a wrapper recognize must keep]
  ["a clause wholly in a tracked deletion", `${ONE}<w:p><w:pPr><w:rPr><w:del w:id="3" ${W}/></w:rPr></w:pPr><w:del w:id="4" ${W}><w:r><w:delText>3. ${PAY}</w:delText></w:r></w:del></w:p>${TWO}`, ["1.", "2."], "<w:delText>3. Die Stadt zahlt"],
  ["a hidden clause", `${ONE}<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:rPr><w:vanish/></w:rPr><w:t>2. ${PAY}</w:t></w:r></w:p>${TWO.replace("2.", "3.")}`, ["1.", "3."], "<w:vanish/>"],
  ["a clause moved (its old place w:moveFrom)", `${ONE}<w:p><w:moveFrom w:id="6" ${W}>${r(`2. ${PAY}`)}</w:moveFrom></w:p>${TWO}`, ["1.", "2."], "<w:moveFrom"],
  ["two versions, the Choice Word understands (w14)", `${ONE}<mc:AlternateContent ${MC}><mc:Choice Requires="w14">${paragraphXml(`2. ${PAY}`)}</mc:Choice><mc:Fallback>${paragraphXml("2. Die Stadt zahlt 3.000 € an den Verein.")}</mc:Fallback></mc:AlternateContent>`, ["1.", "2."], undefined],
  ["two versions, a Choice Word does not understand: the Fallback", `${ONE}<mc:AlternateContent ${MC}><mc:Choice Requires="zz">${paragraphXml(`2. ${PAY}`)}</mc:Choice><mc:Fallback>${paragraphXml("2. Die Stadt zahlt 3.000 € an den Verein.")}</mc:Fallback></mc:AlternateContent>`, ["1.", "2."], undefined],
  ["clauses in w:customXml blocks", `<w:customXml w:uri="urn:dms" w:element="ziffer">${ONE}</w:customXml><w:customXml w:uri="urn:dms" w:element="ziffer">${TWO}</w:customXml>`, ["1.", "2."], '<w:customXml w:uri="urn:dms" w:element="ziffer">'],
  ["a number in a w:smartTag", `<w:p><w:smartTag w:uri="urn:dms" w:element="num">${r("1.")}</w:smartTag>${r(" Die Stadt beschafft zehn Lastenräder.")}</w:p>${TWO}`, ["1.", "2."], '<w:smartTag w:uri="urn:dms" w:element="num">'],
  ["clauses in nested controls of another add-in", `<w:sdt><w:sdtPr><w:tag w:val="dms:a"/></w:sdtPr><w:sdtContent><w:sdt><w:sdtPr><w:tag w:val="dms:b"/></w:sdtPr><w:sdtContent>${ONE}${TWO}</w:sdtContent></w:sdt></w:sdtContent></w:sdt>`, ["1.", "2."], '<w:tag w:val="dms:b"/>'],
];

interface Read {
  readonly numbers: readonly string[];
  readonly texts: readonly string[];
  readonly betrag: number | null;
}
async function checked(path: string): Promise<Read> {
  const f = (JSON.parse((await run("check", "--json", path)).out) as { files: { vorlage: { sections: { clauses: { number: string; text: string }[] }[]; finanzierung: { betrag: number | null } | null } }[] }).files[0];
  const clauses = f?.vorlage.sections.flatMap((s) => s.clauses) ?? [];
  return { numbers: clauses.map((c) => c.number), texts: clauses.map((c) => c.text), betrag: f?.vorlage.finanzierung?.betrag ?? null };
}

describe("clauses hidden, deleted, moved, offered twice or wrapped by other programs", () => {
  it.each(CASES)("%s: check reads what Word shows; recognize --renumber keeps the rest", async (_name, clauses, numbers, wrapper) => {
    const { dir, file } = tempFolder("bv-wrappers-");
    const path = file("v.docx", docxFromBody(HEAD + clauses + TAIL));
    const read = await checked(path);
    expect(read.numbers).toEqual(numbers);
    expect(read.betrag).toBe(12_000);
    // Only the Choice Word understands says 3.000.000 €; nothing hidden, deleted or moved away is read.
    expect(read.texts.some((t) => t.includes("3.000.000 €"))).toBe(_name.includes("(w14)"));
    const out = join(dir, "neu.docx");
    expect((await run("recognize", path, "--renumber", "-o", out)).code).toBe(0);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))["word/document.xml"] as Uint8Array);
    if (wrapper) expect(xml).toContain(wrapper);
    const after = await checked(out);
    expect(after.texts).toEqual(read.texts);
    expect(after.betrag).toBe(12_000);
  });
});
