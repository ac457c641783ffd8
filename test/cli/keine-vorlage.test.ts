import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { plainDocx } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

/**
 * Issue 22, „Bad input“: a document that fits no part of a Vorlage (a letter, a Niederschrift)
 * is „keine Vorlage erkannt“ with its reason, not a Vorlage full of errors: check exits 1 and
 * counts it apart, recognize leaves it unchanged and says so.
 */
const { dir, file } = tempFolder("bv-keine-vorlage-");
const LETTER = plainDocx([
  "Landeshauptstadt Wiesbaden – Amt für Grünflächen",
  "Frau Erika Muster, Am Hang 3, 65183 Wiesbaden",
  "Ihre Anfrage vom 3. März 2025",
  "Sehr geehrte Frau Muster,",
  "vielen Dank für Ihre Anfrage zur Pflege der Grünfläche am Hang. Wir werden die Fläche im April mähen lassen.",
  "Mit freundlichen Grüßen",
  "Im Auftrag",
  "Schmidt",
]);
const VORLAGE = plainDocx(["Vorlagen-Nr. 25-V-03-0012", "Betreff: Lastenräder", "1. Es wird beschlossen, dass", "1.1\tdie Stadt zwei Lastenräder beschafft."]);

describe("a document that is no Vorlage", () => {
  it("check says „keine Vorlage erkannt“ with the reason and nothing else, exits 1 and counts it apart", async () => {
    const letter = file("brief.docx", LETTER);
    const r = await run("check", letter);
    expect(r.code).toBe(1);
    const lines = r.out.split("\n");
    expect(lines[0]).toMatch(/brief\.docx: keine Vorlage erkannt$/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^ {2}Keine Vorlage erkannt: /);
    expect(r.out).not.toContain("Pflichtangabe fehlt");
    const both = await run("check", letter, file("vorlage.docx", VORLAGE));
    expect(both.out).toMatch(/2 Dateien geprüft: 0 vollständig, 1 unvollständig, 0 nicht lesbar, 1 keine Vorlage$/);
  });

  it("the JSON says so too", async () => {
    const r = await run("check", file("brief2.docx", LETTER), "--json");
    const json = JSON.parse(r.out) as { files: { keineVorlage: boolean; complete: boolean; findings: { code: string }[] }[] };
    expect(json.files[0]).toMatchObject({ keineVorlage: true, complete: false });
    expect(json.files[0]?.findings.map((f) => f.code)).toEqual(["recognize-keine-vorlage"]);
  });

  it("recognize leaves it unchanged, writes nothing and says so (exit 1), also with --in-place", async () => {
    const letter = file("brief3.docx", LETTER);
    const out = join(dir, "brief3-gegliedert.docx");
    const r = await run("recognize", letter, "-o", out);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Die Datei bleibt unverändert; nichts wurde geschrieben.");
    expect(existsSync(out)).toBe(false);
    const inPlace = await run("recognize", letter, "--in-place", "--lang", "en");
    expect(inPlace.code).toBe(1);
    expect(inPlace.err).toContain("The file stays as it was; nothing was written.");
    expect(Buffer.from(readFileSync(letter)).equals(Buffer.from(LETTER))).toBe(true);
  });
});
