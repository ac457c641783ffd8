import { join } from "node:path";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { completeVorlage } from "../fixtures/builders";
import { plainDocx } from "../fixtures/docx";
import { compoundFile, rezip } from "../hardening/zip-variants";
import { run, tempFolder } from "./cli-helpers";

/** Issue 20, item 4 (case 12): each kind of file gets the sentence that tells a person what to do. */
const { dir, file } = tempFolder("paket-");
const VORLAGE = DocxDocument.create(completeVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save();
const PLAIN = plainDocx(["Vorlagen-Nr. 25-V-03-0012", "Betreff: Lastenräder", "1. Es wird beschlossen, dass", "1.1\tdie Stadt prüft."]);

describe("what a file that is not a .docx is", () => {
  it("an encrypted Word file and a Word 97 .doc, in German and in English", async () => {
    const locked = file("kennwort.docx", compoundFile(["EncryptionInfo", "EncryptedPackage"]));
    const old = file("alt.docx", compoundFile(["WordDocument", "1Table"]));
    const de = await run("check", locked, old);
    expect(de.code).toBe(2);
    expect(de.out).toContain(`${locked}: nicht lesbar – verschlüsselt – bitte ohne Kennwort speichern`);
    expect(de.out).toContain(`${old}: nicht lesbar – Word-97-Format – bitte als .docx speichern`);
    const en = await run("check", "--lang", "en", locked, old);
    expect(en.out).toContain("not readable – encrypted – please save it without a password");
    expect(en.out).toContain("not readable – Word 97 format – please save it as .docx");
    const rec = await run("recognize", old, "-o", join(dir, "neu.docx"));
    expect(rec.code).toBe(2);
    expect(rec.err).toBe("beschluss: Word-97-Format – bitte als .docx speichern");
  });

  it("a zip64 package is read, not called a zip bomb", async () => {
    const r = await run("check", file("zip64.docx", rezip(VORLAGE, { zip64: true })));
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("ZIP-Bombe");
  });

  it("a package re-zipped by macOS Finder is read by check and structured by recognize alike", async () => {
    const finder = file("finder.docx", rezip(PLAIN, { descriptors: true, finder: true }));
    expect((await run("check", finder)).out).toContain("einfaches Dokument");
    const out = join(dir, "finder-gegliedert.docx");
    const r = await run("recognize", finder, "-o", out);
    expect(r.err).not.toContain("__MACOSX");
    expect(r.code).toBe(0);
    expect((await run("check", out)).out).toContain("gegliedertes Dokument");
  });
});
