import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { mkdtempSync, readFileSync, readdirSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import oparlSchema from "../../schemas/oparl-paper.schema.json";
import vorlageSchema from "../../schemas/vorlage.schema.json";
import { toVorlageJson } from "../../src/core/metadata/vorlage-json";
import { KARLSRUHE, WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { completeVorlage } from "../fixtures/builders";
import { docxFromBody, paragraphXml, plainDocx } from "../fixtures/docx";
import { reference0057 } from "../fixtures/reference-0057";
import { referencingVorlage } from "../fixtures/references";
import { xsdErrors } from "../core/metadata/xml-schema";
import { run, tempFolder } from "./cli-helpers";

const { dir, file } = tempFolder("beschluss-cli-");
const NOW = "2025-05-06T09:00:00Z";
const complete = file("vollstaendig.docx", DocxDocument.create(completeVorlage(), WIESBADEN, NOW).save());
const incomplete = file("ohne-betreff.docx", DocxDocument.create(completeVorlage({ header: { ...completeVorlage().header, betreff: "" } }), WIESBADEN, NOW).save());
const plain = file("einfach.docx", plainDocx(readFileSync(join(__dirname, "../fixtures/texts/wiesbaden-style.txt"), "utf8").split("\n")));
const reference = file("0057.docx", DocxDocument.create(reference0057(), WIESBADEN, NOW).save());
/** The main part's XML of a .docx on disk. */
const strFromDocx = (path: string): string => strFromU8(unzipSync(readFileSync(path))["word/document.xml"] as Uint8Array);
const notZip = file("kaputt.docx", "Dies ist kein Word-Dokument.");

describe("beschluss check", () => {
  it("exits 0 when every file is complete", async () => {
    const r = await run("check", complete);
    expect(r.code).toBe(0);
    expect(r.out).toContain("vollständig – bereit zur Vorlage");
  });

  it("exits 1 when a file has an error finding, and says what is missing in German", async () => {
    const r = await run("check", complete, incomplete);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Pflichtangabe fehlt: Betreff.");
    expect(r.out).toContain("2 Dateien geprüft: 1 vollständig, 1 unvollständig, 0 nicht lesbar");
  });

  it("speaks English when asked", async () => {
    expect((await run("check", "--lang", "en", incomplete)).out).toContain("Required field missing: Subject (Betreff).");
  });

  it("exits 2 for a file it cannot read, with a one-line reason, and still checks the others", async () => {
    const empty = mkdtempSync(join(tmpdir(), "beschluss-leer-"));
    const r = await run("check", notZip, join(dir, "fehlt.docx"), empty, complete);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`${notZip}: nicht lesbar – keine Word-Datei (kein ZIP-Archiv)`);
    expect(r.out).toContain("fehlt.docx: nicht lesbar – nicht gefunden");
    expect(r.out).toContain(`${empty}: nicht lesbar – Verzeichnis ohne .docx-Datei`);
    expect(r.out).toContain(`${complete}: vollständig`);
    expect(r.out).not.toMatch(/\n\s+at /);
  });

  it("names an empty file as empty, in the words of the reviewers' page, not as a file that is no zip archive", async () => {
    const zero = file("leer.docx", "");
    expect((await run("check", zero)).out).toContain(`${zero}: nicht lesbar – die Datei ist leer`);
    expect((await run("check", "--lang", "en", zero)).out).toContain(`${zero}: not readable – the file is empty`);
  });

  it("says when a document was recognised from plain text", async () => {
    expect((await run("check", plain)).out).toContain("einfaches Dokument – Gliederung aus dem Text erkannt");
  });

  it("prints one JSON document with the agreed shape", async () => {
    const r = await run("check", "--json", reference, notZip);
    const json = JSON.parse(r.out);
    expect(json.files[0]).toMatchObject({
      file: reference,
      readable: true,
      structured: true,
      complete: true,
      vorlage: {
        vorlagenNr: "24-V-07-0001",
        beschlussNr: "0057",
        federfuehrung: "VII",
        beteiligte: ["II"],
        finanzierung: { betrag: 1000, turnus: "jaehrlich", quellen: [{ stelle: "VII", anteil: 0.5 }, { stelle: "II", anteil: 0.5 }] },
        verteiler: [
          { empfaenger: "Dem Magistrat", bitte: "veranlassung" },
          { empfaenger: "Dezernat II und Dezernat III", bitte: "kenntnisnahme" },
          { empfaenger: "Dezernat VII", bitte: "veranlassung" },
        ],
      },
    });
    expect(json.files[0].vorlage.sections.map((s: { kind: string; number: string; clauses: { number: string }[] }) => [s.kind, s.number, s.clauses.map((c) => c.number)])).toEqual([
      ["kenntnisnahme", "1.", ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"]],
      ["beschluss", "2.", ["2.1", "2.2", "2.3"]],
    ]);
    expect(json.files[0].findings[0]).toEqual({
      code: "finanzierung-quelle-stelle-incomplete",
      severity: "warning",
      message: "Bei der Deckungsquelle von Dezernat VII fehlen Produkt und Kostenstelle.",
      location: { type: "entry", list: "quellen", id: "q1" },
    });
    expect(json.files[1]).toEqual({ file: notZip, readable: false, error: "keine Word-Datei (kein ZIP-Archiv)", structured: false, complete: false, keineVorlage: false, findings: [], vorlage: null });
  });

  it("checks with another city's profile, by name or by path", async () => {
    const base = completeVorlage();
    const karlsruhe = completeVorlage({
      header: { ...base.header, vorlagenNr: "2025/0012" },
      zustaendigkeit: { federfuehrend: "3", beteiligt: [] },
      finanzierung: { ...base.finanzierung!, quellen: [{ id: "q1", stelle: { dezernat: "3", produkt: "1.11.01", kostenstelle: "2010" }, anteil: 1 }], bewirtschaftung: "" },
      bloecke: { klimapruefung: { auswirkung: "nein" } },
    });
    const k = file("karlsruhe.docx", DocxDocument.create(karlsruhe, KARLSRUHE, NOW).save());
    expect((await run("check", "--profile", "karlsruhe", k)).code).toBe(0);
    const path = join(__dirname, "../../src/core/profile/profiles/karlsruhe.json");
    expect((await run("check", "--profile", path, k)).code).toBe(0);
    // Wiesbaden's rules, when asked for, find it incomplete; without --profile it is read with the profile it names (document-profile.test.ts).
    expect((await run("check", "--profile", "wiesbaden", k)).code).toBe(1);
    expect((await run("check", k)).code).toBe(0);
  });

  it("refuses an unusable profile with the path of the wrong field", async () => {
    const bad = file("profil.json", JSON.stringify({ id: "x" }));
    const r = await run("check", "--profile", bad, complete);
    expect(r.code).toBe(2);
    expect(r.err).toBe("beschluss: Kommunalprofil nicht verwendbar: an der Stelle /name: diese Pflichtangabe fehlt");
    const en = await run("check", "--profile", bad, complete, "--lang", "en");
    expect(en.err).toBe("beschluss: municipality profile not usable: at /name: this required value is missing");
  });

  it("says why a profile is refused in German sentences, for the schema and for its own checks, never the validator's English", async () => {
    const base = JSON.parse(readFileSync(join(__dirname, "../../src/core/profile/profiles/wiesbaden.json"), "utf8")) as Record<string, unknown>;
    const cases: [unknown, string][] = [
      [{ ...base, color: "blau" }, "an der Stelle /color: diese Angabe ist hier nicht vorgesehen (Schreibweise prüfen)"],
      [{ ...base, name: 7 }, "an der Stelle /name: muss ein Text sein"],
      [{ ...base, sectionKinds: (base.sectionKinds as { kind: string }[]).filter((k) => k.kind !== "beschluss") }, "an der Stelle /sectionKinds: ein Profil muss die Abschnittsart „beschluss“ erklären"],
      [{ ...base, vorlagenNr: { ...(base.vorlagenNr as object), example: "passt nicht" } }, "an der Stelle /vorlagenNr/example: das Beispiel „passt nicht“ passt nicht zum eigenen Muster"],
    ];
    for (const [profile, why] of cases) {
      const r = await run("check", "--profile", file("p.json", JSON.stringify(profile)), complete);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`beschluss: Kommunalprofil nicht verwendbar: ${why}`);
      expect(r.err).not.toMatch(/must|Invalid|profile at/);
    }
  });
});

describe("beschluss export", () => {
  it("writes JSON valid against its schema", async () => {
    const r = await run("export", reference, "--format", "json");
    const ajv = new Ajv2020({ strict: true });
    expect(ajv.validate(vorlageSchema, JSON.parse(r.out))).toBe(true);
  });

  it("writes the metadata part as XML valid against its XSD", async () => {
    const r = await run("export", reference, "--format", "xml");
    expect(await xsdErrors([r.out])).toEqual([]);
  });

  it("writes an OParl Paper with reference 24-V-07-0001, the document as mainFile, and valid against its schema", async () => {
    const out = join(dir, "paper.json");
    expect((await run("export", reference, "--format", "oparl", "-o", out)).code).toBe(0);
    const paper = JSON.parse(readFileSync(out, "utf8"));
    expect(paper).toMatchObject({ reference: "24-V-07-0001", created: NOW, mainFile: { fileName: "0057.docx", mimeType: expect.stringContaining("wordprocessingml") } });
    expect(paper.mainFile.sha512Checksum).toMatch(/^[0-9a-f]{128}$/);
    const ajv = new Ajv2020({ strict: true });
    addFormats(ajv);
    expect(ajv.validate(oparlSchema, paper)).toBe(true);
  });

  it("refuses an unknown format", async () => {
    expect((await run("export", reference, "--format", "pdf")).code).toBe(2);
  });
});

describe("beschluss new", () => {
  it("creates a structured document with every section of the profile", async () => {
    const out = join(dir, "neu.docx");
    expect((await run("new", "-o", out)).code).toBe(0);
    const read = DocxDocument.open(readFileSync(out)).read(WIESBADEN);
    expect(read.structured).toBe(true);
    expect(read.vorlage.sections.map((s) => [s.kind, s.writtenNumber, s.clauses.map((c) => c.writtenNumber)])).toEqual([
      ["kenntnisnahme", "1.", ["1.1"]],
      ["beschluss", "2.", ["2.1"]],
    ]);
  });

  it("creates the close a Vorlage is filed with: one Verteiler entry under one Zeichnung, to be filled in (the check asks for the recipient, not for a Verteiler)", async () => {
    const out = join(dir, "neu-schluss.docx");
    expect((await run("new", "-o", out)).code).toBe(0);
    const read = DocxDocument.open(readFileSync(out)).read(WIESBADEN);
    expect(read.vorlage.verteiler).toHaveLength(1);
    expect(read.vorlage.zeichnungen).toHaveLength(1);
    const checked = await run("check", "--json", out);
    const codes = (JSON.parse(checked.out) as { files: { findings: { code: string }[] }[] }).files.flatMap((f) => f.findings.map((x) => x.code));
    expect(codes).not.toContain("verteiler-missing");
    expect(codes).toContain("verteiler-empfaenger-missing");
  });

  it("creates every block the profile requires, to be filled in (Karlsruhe's CO2-Relevanz): the check asks for its value, not for the block", async () => {
    const out = join(dir, "neu-karlsruhe.docx");
    expect((await run("new", "--profile", "karlsruhe", "-o", out)).code).toBe(0);
    const read = DocxDocument.open(readFileSync(out)).read(KARLSRUHE);
    expect(Object.keys(read.vorlage.bloecke)).toEqual(["klimapruefung"]);
    const checked = await run("check", "--profile", "karlsruhe", "--json", out);
    const codes = (JSON.parse(checked.out) as { files: { findings: { code: string }[] }[] }).files.flatMap((f) => f.findings.map((x) => x.code));
    expect(codes).not.toContain("block-missing");
    expect(codes).toContain("block-field-missing");
  });

  it("creates a complete document from a JSON export, which checks as it did", async () => {
    const json = file("vorlage.json", JSON.stringify(toVorlageJson(reference0057(), WIESBADEN)));
    const out = join(dir, "aus-json.docx");
    expect((await run("new", "--from", json, "-o", out)).code).toBe(0);
    expect((await run("check", out)).code).toBe(0);
  });

  describe("from the JSON export of a document with references between clauses", () => {
    type Clauses = { id: string; text: string; verweise?: unknown[] }[];
    const original = file("verweise.docx", DocxDocument.create(referencingVorlage(), WIESBADEN, NOW).save());
    const referencesOf = (path: string) =>
      DocxDocument.open(readFileSync(path))
        .read(WIESBADEN)
        .vorlage.sections.flatMap((s) => s.clauses.flatMap((c) => [{ id: c.id, text: c.text, verweise: c.verweise }, ...(c.unterpunkte ?? []).map((u) => ({ id: u.id, text: u.text, verweise: u.verweise }))]));
    const verweisCodes = async (path: string) =>
      (JSON.parse((await run("check", "--json", path)).out) as { files: { findings: { code: string }[] }[] }).files.flatMap((f) => f.findings.map((x) => x.code)).filter((c) => c.startsWith("verweis-"));
    const exported = async (name: string): Promise<string> => {
      const json = join(dir, name);
      expect((await run("export", original, "--format", "json", "-o", json)).code).toBe(0);
      return json;
    };

    it("writes REF fields that check reads back as the same links, with no reference finding the original did not have", async () => {
      const out = join(dir, "aus-verweise.docx");
      const made = await run("new", "--from", await exported("verweise.json"), "-o", out);
      expect(made.err).not.toMatch(/nicht lesbar/);
      expect(made.code).toBe(0);
      expect((strFromDocx(out).match(/REF BV_/g) ?? []).length).toBe(4);
      expect(referencesOf(out)).toEqual(referencesOf(original));
      expect(referencesOf(out).filter((o) => o.verweise).length).toBe(3);
      const before = await verweisCodes(original);
      for (const code of await verweisCodes(out)) expect(before).toContain(code);
    });

    it("writes a stale number in the JSON as its target's current number, as renumbering does", async () => {
      const path = await exported("verweise-veraltet.json");
      const json = JSON.parse(readFileSync(path, "utf8")) as { vorlage: { sections: { clauses: Clauses }[] } };
      const beschluss = json.vorlage.sections[1]!;
      beschluss.clauses = [beschluss.clauses[1]!, beschluss.clauses[0]!];
      const out = join(dir, "aus-veraltet.docx");
      expect((await run("new", "--from", file("veraltet.json", JSON.stringify(json)), "-o", out)).code).toBe(0);
      const texts = new Map(referencesOf(out).map((o) => [o.id, o.text]));
      expect(texts.get("k1")).toBe("der Bürgerservice die Räder wie unter Ziffer 2.1");
      expect(texts.get("b2")).toBe("die Umsetzung nach Ziffer 2.2 Buchstabe b");
      expect(await verweisCodes(out)).toEqual([]);
      // The metadata part holds the same text as the body: the new document does not warn about itself.
      const checked = JSON.parse((await run("check", "--json", out)).out) as { files: { findings: { code: string }[] }[] };
      expect(checked.files[0]!.findings.map((f) => f.code)).not.toContain("metadata-disagrees");
    });

    it("refuses a reference to an id the Vorlage does not have, in German with its place", async () => {
      const path = await exported("verweise-falsch.json");
      const json = JSON.parse(readFileSync(path, "utf8")) as { vorlage: { sections: { clauses: Clauses }[] } };
      (json.vorlage.sections[0]!.clauses[0]!.verweise![0] as { ziel: string }).ziel = "x9";
      const r = await run("new", "--from", file("falsch-verweis.json", JSON.stringify(json)), "-o", join(dir, "nie.docx"));
      expect(r.code).toBe(2);
      expect(r.err).toBe("beschluss: Vorlage nicht lesbar: an der Stelle /vorlage/sections/0/clauses/0/verweise/0/ziel: der Verweis nennt die Kennung „x9“, aber keine Ziffer und kein Unterpunkt dieser Vorlage hat sie");
    });
  });

  it("refuses JSON that is not a Vorlage", async () => {
    const r = await run("new", "--from", file("falsch.json", '{"format":"x"}'), "-o", join(dir, "x.docx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^beschluss: Vorlage nicht lesbar: an der Stelle \/\w+: /);
    expect(r.err).not.toMatch(/Not a Vorlage|must/);
  });

  it("names a --from file that is no JSON at all, and an unknown field by its place, in German", async () => {
    const broken = file("kaputt.json", '{"format": ');
    expect((await run("new", "--from", broken, "-o", join(dir, "y.docx"))).err).toBe(`beschluss: ${broken} ist keine gültige JSON-Datei`);
    const json = toVorlageJson(reference0057(), WIESBADEN) as unknown as { vorlage: { header: Record<string, unknown> } };
    json.vorlage.header.zimmer = "3.14";
    const r = await run("new", "--from", file("extra.json", JSON.stringify(json)), "-o", join(dir, "z.docx"));
    expect(r.err).toBe("beschluss: Vorlage nicht lesbar: an der Stelle /vorlage/header/zimmer: diese Angabe ist hier nicht vorgesehen (Schreibweise prüfen)");
  });
});

describe("beschluss recognize", () => {
  it("writes the same text, now structured, and leaves the input alone", async () => {
    const before = readFileSync(plain);
    const out = join(dir, "gegliedert.docx");
    expect((await run("recognize", plain, "-o", out)).code).toBe(0);
    expect(readFileSync(plain).equals(before)).toBe(true);
    const json = JSON.parse((await run("check", "--json", out)).out);
    expect(json.files[0].structured).toBe(true);
    expect(json.files[0].vorlage.sections[1].clauses.map((c: { number: string }) => c.number)).toEqual(["2.1", "2.2", "2.4"]);
  });

  it("corrects numbers with --renumber", async () => {
    const out = join(dir, "nummeriert.docx");
    await run("recognize", plain, "-o", out, "--renumber");
    const json = JSON.parse((await run("check", "--json", out)).out);
    expect(json.files[0].vorlage.sections[1].clauses.map((c: { number: string }) => c.number)).toEqual(["2.1", "2.2", "2.3"]);
  });

  it("never overwrites its input unless told", async () => {
    const copy = file("kopie.docx", readFileSync(plain));
    const r = await run("recognize", copy, "-o", copy);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--in-place");
    expect((await run("recognize", copy, "--in-place")).code).toBe(0);
    expect(JSON.parse((await run("check", "--json", copy)).out).files[0].structured).toBe(true);
  });

  it("says which numbers it left as the document's text (a number inside a hyperlink), in German and in English", async () => {
    const head = ["Vorlagen-Nr. 25-V-03-0012", "Betreff: Lastenräder", "1. Es wird beschlossen, dass"].map(paragraphXml).join("");
    const linked = `<w:p><w:hyperlink w:anchor="x"><w:r><w:t>1.3</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve">\tdie Stadt zahlt.</w:t></w:r></w:p>`;
    const input = file("verlinkt.docx", docxFromBody(head + paragraphXml("1.1\tdie Stadt plant;") + linked));
    const de = await run("recognize", input, "-o", join(dir, "verlinkt-gegliedert.docx"));
    expect(de.code).toBe(0);
    expect(de.err).toContain("1 Nummer bleibt als Text des Dokuments stehen, weil sie in einem Hyperlink, einem Feld, einer nachverfolgten Änderung, einem SmartTag oder einem Inhaltssteuerelement mit weiterem Inhalt steht: „1.3“.");
    const en = await run("recognize", "--lang", "en", input, "-o", join(dir, "linked-structured.docx"));
    expect(en.err).toContain('1 number stays as the document\'s text, because it stands inside a hyperlink, a field, a tracked change, a smartTag or a content control with other content: "1.3".');
    const plainRun = await run("recognize", plain, "-o", join(dir, "ohne-links.docx"));
    expect(plainRun.err).not.toContain("als Text des Dokuments");
  });

  it("leaves no temporary file behind", async () => {
    const sub = join(dir, "sauber");
    mkdirSync(sub);
    await run("recognize", plain, "-o", join(sub, "a.docx"));
    expect(readdirSync(sub)).toEqual(["a.docx"]);
  });
});

describe("usage", () => {
  it("prints help and refuses unknown commands and options", async () => {
    expect((await run("--help")).out).toContain("beschluss check DATEI.docx");
    expect((await run("prüfen")).code).toBe(2);
    expect((await run("check", "--schnell", complete)).code).toBe(2);
    expect((await run("check")).err).toContain("bitte eine Datei angeben");
  });
});
