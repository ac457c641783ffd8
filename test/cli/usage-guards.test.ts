import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { plainDocx } from "../fixtures/docx";
import { compoundFile } from "../hardening/zip-variants";
import { BIN, run, tempFolder } from "./cli-helpers";

/**
 * What a new user's tryout found after the first round of issue 20: an output named and then
 * silently not written, a profile file written over, and a file replaced although the command was
 * stopped while it worked.
 */
const { dir, file } = tempFolder("bv-guards-");
const PLAIN = plainDocx(["Vorlagen-Nr. 25-V-03-0012", "Betreff: Lastenräder", "1. Es wird beschlossen, dass", "1.1\tdie Stadt prüft."]);
const PROFILE = readFileSync(join(__dirname, "../../src/core/profile/profiles/wiesbaden.json"), "utf8");

describe("a named output is written or refused, never left alone", () => {
  it("-o - is the standard output for export, and refused for a .docx (no file named „-“)", async () => {
    const doc = file("strich.docx", PLAIN);
    const exported = await run("export", doc, "--format", "json", "-o", "-");
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.out).format).toBe("beschlussvorlage");
    for (const args of [["new", "-o", "-"], ["recognize", doc, "-o", "-"], ["recognize", doc, "-o", "-", "--lang", "en"]]) {
      const r = await run(...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(args.includes("en") ? /works only with export/ : /ist nur bei export möglich/);
    }
    expect(existsSync(join(process.cwd(), "-"))).toBe(false);
  });

  it("a Word document is written only under a name ending in .docx (Word would not open neu.txt as one), and nothing is written otherwise", async () => {
    const doc = file("endung.docx", PLAIN);
    for (const args of [["new", "-o", join(dir, "neu.txt")], ["recognize", doc, "-o", join(dir, "neu.odt")], ["new", "-o", join(dir, "ohne-endung"), "--lang", "en"]]) {
      const r = await run(...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(args.includes("en") ? /name ending in \.docx/ : /unter einem Namen auf \.docx geschrieben/);
    }
    expect(readdirSync(dir).filter((f) => /^(neu\.(txt|odt)|ohne-endung)$/u.test(f))).toEqual([]);
    const upper = await run("new", "-o", join(dir, "NEU.DOCX"));
    expect(upper.code).toBe(0);
  });

  it("a folder given where one file is wanted (diff, export) is said to be a folder, with no glob suggested for a command that takes one or two files", async () => {
    const doc = file("ordner-vergleich.docx", PLAIN);
    const r = await run("diff", dir, doc);
    expect(r.code).toBe(2);
    expect(r.err).toContain("ist ein Verzeichnis, keine Datei – bitte die .docx-Datei selbst angeben");
    expect(r.err).not.toContain("*.docx");
  });

  it("a file whose name is not UTF-8 (Latin-1 from an old file server) is said to be that, not „nicht gefunden“", async () => {
    const folder = join(dir, "latin1");
    mkdirSync(folder);
    writeFileSync(Buffer.concat([Buffer.from(`${folder}/Vorlage-`), Buffer.from([0xfc]), Buffer.from(".docx")]), PLAIN);
    const r = await run("check", folder);
    expect(r.code).toBe(2);
    expect(r.out + r.err).toContain("der Dateiname ist nicht in UTF-8 geschrieben");
    expect(r.out + r.err).not.toContain("nicht gefunden");
  });

  it("-o given twice is refused, neither file written", async () => {
    const doc = file("zweimal.docx", PLAIN);
    const r = await run("export", doc, "--format", "json", "-o", join(dir, "x1.json"), "-o", join(dir, "x2.json"));
    expect(r.code).toBe(2);
    expect(r.err).toBe("beschluss: --out ist zweimal angegeben; bitte nur einmal – nichts geändert");
    expect(existsSync(join(dir, "x1.json"))).toBe(false);
    expect(existsSync(join(dir, "x2.json"))).toBe(false);
  });

  it("--csv given twice is refused", async () => {
    const doc = file("csv.docx", PLAIN);
    const r = await run("check", doc, "--csv", join(dir, "a.csv"), "--csv", join(dir, "b.csv"), "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toBe("beschluss: --csv is given twice; please give it once – nothing changed");
    expect(existsSync(join(dir, "a.csv")) || existsSync(join(dir, "b.csv"))).toBe(false);
  });

  it("recognize --in-place with -o is refused: the input stays, no new file", async () => {
    const doc = file("beides.docx", PLAIN);
    const r = await run("recognize", doc, "--in-place", "-o", join(dir, "neu.docx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("--in-place und -o schließen einander aus");
    expect(readFileSync(doc).equals(Buffer.from(PLAIN))).toBe(true);
    expect(existsSync(join(dir, "neu.docx"))).toBe(false);
  });
});

describe("the profile file is an input: never written over, not even with --force", () => {
  it("check --csv naming the profile file", async () => {
    const doc = file("p.docx", PLAIN);
    const profile = file("stadt.csv", PROFILE);
    const r = await run("check", doc, "--profile", profile, "--csv", profile, "--force");
    expect(r.code).toBe(2);
    expect(readFileSync(profile, "utf8")).toBe(PROFILE);
  });

  it("export -o naming the profile file", async () => {
    const doc = file("q.docx", PLAIN);
    const profile = file("stadt.json", PROFILE);
    const r = await run("export", doc, "--format", "json", "--profile", profile, "-o", profile, "--force");
    expect(r.code).toBe(2);
    expect(readFileSync(profile, "utf8")).toBe(PROFILE);
  });
});

describe("stopped while recognising, the file stays as it was", () => {
  it("a SIGTERM that arrives during the (synchronous) recognition ends the command before the write: exit 143, old file, no temporary file", () => {
    const doc = file("stopp-vorlage.docx", PLAIN);
    // The signal is sent when the command opens its input: it is then pending through the whole
    // synchronous read and recognition, whatever the machine's speed (no clock involved).
    const hook = file(
      "signal-hook.js",
      `const fs = require("node:fs"); const open = fs.openSync; let sent = false;
       fs.openSync = function (p, ...rest) { const fd = open.call(this, p, ...rest); if (!sent && String(p).endsWith("stopp-vorlage.docx")) { sent = true; process.kill(process.pid, "SIGTERM"); } return fd; };`,
    );
    const r = spawnSync(process.execPath, ["--require", hook, BIN, "recognize", doc, "--in-place"], { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(143);
    expect(readFileSync(doc).equals(Buffer.from(PLAIN))).toBe(true);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    expect(r.stderr).not.toContain("geschrieben");
  });
});

describe("what a folder check says of what it finds (tryout after issue 20)", () => {
  it("a Word 97 .doc in a checked folder gets its row with the sentence, not silence", async () => {
    const sub = join(dir, "mit-doc");
    mkdirSync(sub);
    writeFileSync(join(sub, "a.docx"), PLAIN);
    writeFileSync(join(sub, "alt.doc"), compoundFile(["WordDocument", "1Table"]));
    const r = await run("check", sub);
    expect(r.code).toBe(2);
    expect(r.out).toContain("alt.doc");
    expect(r.out).toContain("Word-97-Format – bitte als .docx speichern");
  });

  it("a symbolic-link loop is named in words, not as a system error code", async () => {
    const sub = join(dir, "schleife");
    mkdirSync(sub);
    symlinkSync(join(sub, "x.docx"), join(sub, "y.docx"));
    symlinkSync(join(sub, "y.docx"), join(sub, "x.docx"));
    const r = await run("check", join(sub, "x.docx"));
    expect(`${r.out}\n${r.err}`).toContain("zu viele symbolische Verknüpfungen (eine Schleife)");
    expect(`${r.out}\n${r.err}`).not.toContain("ELOOP");
  });

  it("diff shows an unreadable file's name with its line break escaped: a name cannot forge a line", async () => {
    const forged = file("a\nvollständig.docx", "kein zip");
    const good = file("gut.docx", PLAIN);
    const r = await run("diff", forged, good);
    expect(r.code).toBe(2);
    expect(r.err.split("\n").some((line) => line.startsWith("vollständig"))).toBe(false);
    expect(r.err).toContain("a\\u{A}vollständig.docx");
  });
});
