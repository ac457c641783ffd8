import { readFileSync, statSync, utimesSync } from "node:fs";
import { unzipSync } from "fflate";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { paragraphXml, docxFromBody } from "../fixtures/docx";
import { referencingVorlage } from "../fixtures/references";
import { run, tempFolder } from "./cli-helpers";

/**
 * `recognize --in-place` on a document that is already as it would write it: the file is not
 * written again. Its bytes and its date stay, and the date is what decides which of two
 * copies with the same Vorlagen-Nr. a folder check counts (found by a new user's tryout).
 */
describe("recognize --in-place writes only what changes", () => {
  const LINES = ["Beschlussvorlage", "Vorlagen-Nr. 25-V-03-0012", "Betreff: Beitritt zum Verein", "1. Es wird beschlossen, dass", "1.1\tdie Stadt dem Verein beitritt."];

  it("structures a plain document once, and leaves the structured one byte for byte and with its date on the second run", async () => {
    const { file } = tempFolder("bv-in-place-");
    const doc = file("vorlage.docx", docxFromBody(LINES.map(paragraphXml).join("")));
    const plain = readFileSync(doc);
    const first = await run("recognize", "--in-place", doc);
    expect(first.code).toBe(0);
    expect(first.err).toContain("geschrieben:");
    const structured = readFileSync(doc);
    expect(structured.equals(plain)).toBe(false);
    const old = new Date("2025-01-02T03:04:05Z");
    utimesSync(doc, old, old);
    const second = await run("recognize", "--in-place", doc);
    expect(second.code).toBe(0);
    expect(second.err).toContain("nichts zu ändern");
    expect(second.err).not.toContain("geschrieben:");
    expect(readFileSync(doc).equals(structured)).toBe(true);
    expect(statSync(doc).mtime.toISOString()).toBe(old.toISOString());
    const en = await run("recognize", "--in-place", doc, "--lang", "en");
    expect(en.err).toContain("nothing to change");
  });

  it("still writes a named output (-o) even when nothing changes: the user asked for that file", async () => {
    const { dir, file } = tempFolder("bv-in-place-");
    const doc = file("vorlage.docx", docxFromBody(LINES.map(paragraphXml).join("")));
    await run("recognize", "--in-place", doc);
    const out = `${dir}/kopie.docx`;
    const r = await run("recognize", doc, "-o", out);
    expect(r.code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(0);
  });

  it("leaves a document with references between clauses alone, and its metadata part holds each reference once (it gained a copy on every run)", async () => {
    const { file } = tempFolder("bv-in-place-");
    const doc = file("verweise.docx", DocxDocument.create(referencingVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save());
    const count = () =>
      Object.entries(unzipSync(new Uint8Array(readFileSync(doc))))
        .filter(([n]) => n.startsWith("customXml/item") && !n.includes("Props"))
        .map(([, b]) => (new TextDecoder().decode(b).match(/<verweis /gu) ?? []).length)
        .reduce((a, b) => a + b, 0);
    const before = count();
    expect(before).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) await run("recognize", "--in-place", doc);
    expect(count()).toBe(before);
  });
});

