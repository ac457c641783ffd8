import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sequentialIds } from "../../src/core/model/ids";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { newlyBroken, recognizeDocx, ReferenceFieldsBrokenError } from "../../src/cli/recognize-docx";
import { referringDocx } from "../document/docx/libreoffice-shaped";
import { run, tempFolder } from "./cli-helpers";

/**
 * Our document in which a bookmark of the user's („Im_Verweis“) stands inside our reference
 * control, its field written as a complex field, and a field of the user's names that bookmark:
 * renumbering writes our reference anew and cannot keep that bookmark. recognize must then
 * refuse, in German, and write nothing, rather than leave a field that prints Word's error.
 */
function userBookmarkInOurReference(): Uint8Array {
  const files = unzipSync(referringDocx());
  const xml = strFromU8(files["word/document.xml"] as Uint8Array);
  const simple = '<w:fldSimple w:instr=" REF BV_b1 \\h "><w:r><w:t xml:space="preserve">2.2</w:t></w:r></w:fldSimple>';
  const complex =
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF BV_b1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
    '<w:bookmarkStart w:id="90" w:name="Im_Verweis"/><w:r><w:t xml:space="preserve">2.2</w:t></w:r><w:bookmarkEnd w:id="90"/><w:r><w:fldChar w:fldCharType="end"/></w:r>';
  const own = '<w:r><w:t xml:space="preserve"> (vgl. </w:t></w:r><w:fldSimple w:instr=" REF Im_Verweis "><w:r><w:t xml:space="preserve">2.2</w:t></w:r></w:fldSimple><w:r><w:t>)</w:t></w:r>';
  const end = "Bedarfsanalyse erstellt wird;</w:t></w:r>";
  if (!xml.includes(simple) || !xml.includes(end)) throw new Error("fixture");
  files["word/document.xml"] = strToU8(xml.replace(simple, complex).replace(end, end + own));
  return zipSync(files);
}

describe("recognize never writes a REF field without its bookmark", () => {
  it("refuses where renumbering would lose a bookmark a field names, and says so in German; nothing is written", async () => {
    const input = userBookmarkInOurReference();
    expect(() => recognizeDocx(input, WIESBADEN, { ids: sequentialIds("x"), renumber: true })).toThrow(ReferenceFieldsBrokenError);
    const { dir, file } = tempFolder("verweis-feld");
    const path = file("vorlage.docx", input);
    const out = join(dir, "neu.docx");
    const r = await run("recognize", path, "-o", out, "--renumber");
    expect(r.code).toBe(2);
    expect(r.err).toContain("nicht erkannt: danach fände der Verweis „2.2“ nach „… Bedarfsanalyse erstellt wird; (vgl.“ (Textmarke „Im_Verweis“) sein Ziel nicht mehr");
    expect(r.err).toContain("Word druckte dort „Fehler! Verweisquelle konnte nicht gefunden werden.“ Diese Textmarke kann beim Erkennen nicht erhalten werden");
    expect(r.err).toContain("Die Datei bleibt unverändert; nichts wurde geschrieben.");
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(path)).toEqual(Buffer.from(input));
  });

  it("counts only fields that a change broke, not those broken before", () => {
    const f = (textmarke: string) => ({ textmarke, anzeige: "2.2", davor: "" });
    expect(newlyBroken([f("A")], [f("A")])).toEqual([]);
    expect(newlyBroken([f("A")], [f("A"), f("A"), f("B")])).toEqual([f("A"), f("B")]);
    expect(newlyBroken([f("A"), f("B")], [])).toEqual([]);
  });
});
