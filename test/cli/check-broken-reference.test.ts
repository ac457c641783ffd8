import { join } from "node:path";
import { asLibreOfficeSaves, referringDocx, withoutBookmark } from "../document/docx/libreoffice-shaped";
import { run, tempFolder } from "./cli-helpers";

/** A complete Vorlage whose clause 2.3 says „… gemäß Ziffer 2.2“ as a REF field to the bookmark on 2.2, through LibreOffice. */
const throughLibreOffice = (): Uint8Array => asLibreOfficeSaves(referringDocx());

describe("check and a REF field without its bookmark", () => {
  it("says in German that Word would print an error there, and the Vorlage is not ready", async () => {
    const { file } = tempFolder("verweis-kaputt");
    const r = await run("check", file("kaputt.docx", withoutBookmark(throughLibreOffice(), "BV_b1")));
    expect(r.out).toContain("unvollständig");
    expect(r.out).toContain("Ein Verweis nach „2.3 die Umsetzung erfolgt gemäß Ziffer“ zeigt „2.2“, sein Feld verweist aber auf die Textmarke „BV_b1“, die es im Dokument nicht gibt. Word druckt dort „Fehler! Verweisquelle konnte nicht gefunden werden.“");
    expect(r.code).not.toBe(0);
  });

  it("after recognize --renumber on LibreOffice's copy there is nothing of the kind to report", async () => {
    const { dir, file } = tempFolder("verweis-lo");
    const input = file("vorlage.docx", throughLibreOffice());
    const out = join(dir, "neu.docx");
    const rec = await run("recognize", input, "-o", out, "--renumber");
    expect(rec.code).toBe(0);
    expect(rec.err).not.toContain("Hyperlink");
    expect(rec.err).toContain("1 Verweis (Feld auf die Textmarke einer Nummer) bleibt mit seiner Ziffer verknüpft und folgt ihr beim Neunummerieren.");
    const r = await run("check", out);
    expect(r.out).toContain("neu.docx");
    expect(r.out).not.toContain("Verweisquelle");
  });
});
