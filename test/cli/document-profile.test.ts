import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { KARLSRUHE, WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { dezernatLabel } from "../../src/core/profile/dezernat-label";
import { parseProfile } from "../../src/core/profile/parse-profile";
import karlsruheJson from "../../src/core/profile/profiles/karlsruhe.json";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { completeVorlage } from "../fixtures/builders";
import { plainDocx } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

const { dir, file } = tempFolder("beschluss-profil-");
const NOW = "2025-05-06T09:00:00Z";
/** A draft made with the Karlsruhe profile: its metadata part names `profil="karlsruhe"`. */
const karlsruheDraft = file("karlsruhe.docx", DocxDocument.create(completeVorlage(), KARLSRUHE, NOW).save());
const wiesbadenDraft = file("wiesbaden.docx", DocxDocument.create(completeVorlage(), WIESBADEN, NOW).save());
const plain = file("einfach.docx", plainDocx(readFileSync(join(__dirname, "../fixtures/texts/wiesbaden-style.txt"), "utf8").split("\n")));

type Entry = { profile: { id: string; source: string; stored: string | null }; findings: { code: string; params?: unknown }[] };
const jsonOf = (out: string): Entry[] => (JSON.parse(out) as { files: Entry[] }).files;

describe("check reads a document with the profile it names", () => {
  it("checks a Karlsruhe draft as Karlsruhe without --profile: its required CO2 block is missing", async () => {
    const [entry] = jsonOf((await run("check", "--json", karlsruheDraft)).out);
    expect(entry?.profile).toEqual({ id: "karlsruhe", source: "document", stored: "karlsruhe" });
    expect(entry?.findings.map((f) => f.code)).toContain("block-missing");
  });

  it("says in the text report which profile it used and why", async () => {
    const r = await run("check", karlsruheDraft);
    expect(r.out).toContain("Profil: Stadt Karlsruhe (im Dokument gespeichert)");
  });

  it("lets --profile win, and says that the document names another one", async () => {
    const r = await run("check", "--profile", "wiesbaden", karlsruheDraft);
    expect(r.out).toContain("Profil: Landeshauptstadt Wiesbaden (--profile; das Dokument wurde mit dem Profil „karlsruhe“ erstellt)");
    const [entry] = jsonOf((await run("check", "--json", "--profile", "wiesbaden", karlsruheDraft)).out);
    expect(entry?.profile).toEqual({ id: "wiesbaden", source: "option", stored: "karlsruhe" });
    expect(entry?.findings.map((f) => f.code)).not.toContain("block-missing");
  });

  it("checks each file of a folder with its own profile", async () => {
    const entries = jsonOf((await run("check", "--json", wiesbadenDraft, karlsruheDraft)).out);
    expect(entries.map((e) => e.profile.id)).toEqual(["wiesbaden", "karlsruhe"]);
  });

  it("keeps the default for a document that names no profile, and says so", async () => {
    const r = await run("check", plain);
    expect(r.out).toContain("Profil: Landeshauptstadt Wiesbaden (Standard; das Dokument nennt kein Profil, --profile wählt ein anderes)");
    const [entry] = jsonOf((await run("check", "--json", plain)).out);
    expect(entry?.profile).toEqual({ id: "wiesbaden", source: "default", stored: null });
  });

  it("says so in English too", async () => {
    expect((await run("check", "--lang", "en", karlsruheDraft)).out).toContain("Profile: Stadt Karlsruhe (stored in the document)");
  });
});

describe("a document naming a profile that is not built in", () => {
  const ownJson = { ...karlsruheJson, id: "musterstadt", name: "Stadt Musterstadt" };
  const own = parseProfile(ownJson);
  const draft = file("musterstadt.docx", DocxDocument.create(completeVorlage(), own, NOW).save());
  const path = join(dir, "musterstadt.json");
  writeFileSync(path, JSON.stringify(ownJson));

  it("is checked with the default, and the report names the profile it cannot load by itself", async () => {
    const r = await run("check", draft);
    expect(r.out).toContain("Profil: Landeshauptstadt Wiesbaden (Standard; das im Dokument genannte Profil „musterstadt“ ist nicht eingebaut, --profile wählt es als Datei)");
  });

  it("is checked with that profile given as a file, with no word of a difference", async () => {
    const r = await run("check", "--profile", path, draft);
    expect(r.out).toContain("Profil: Stadt Musterstadt (--profile)\n");
  });
});

describe("recognize says which profile it used", () => {
  it("names the default for a plain document", async () => {
    const r = await run("recognize", plain, "-o", join(dir, "erkannt.docx"));
    expect(r.err).toContain("Profil: Landeshauptstadt Wiesbaden (Standard; das Dokument nennt kein Profil, --profile wählt ein anderes)");
  });
});

describe("export reads a document with the profile it names", () => {
  it("exports a Karlsruhe draft as an OParl Paper of Karlsruhe's body without --profile", async () => {
    const paper = JSON.parse((await run("export", "--format", "oparl", karlsruheDraft)).out) as { body?: string };
    expect(paper.body).toBe(KARLSRUHE.oparl.body);
    const asWiesbaden = JSON.parse((await run("export", "--format", "oparl", "--profile", "wiesbaden", karlsruheDraft)).out) as { body?: string };
    expect(asWiesbaden.body).toBe(WIESBADEN.oparl.body);
  });
});

describe("diff compares two versions with the profile they name", () => {
  const base = completeVorlage();
  // The newer version drops its Sitzungsdatum, which Wiesbaden requires and Karlsruhe does not.
  const newer = file("karlsruhe-neu.docx", DocxDocument.create({ ...base, header: { ...base.header, sitzungsdatum: "" } }, KARLSRUHE, NOW).save());
  type Diff = { findings: { appeared: { code: string; location?: { field?: string } }[] } };
  const missingDate = (d: Diff) => d.findings.appeared.filter((f) => f.code === "field-missing" && f.location?.field === "header.sitzungsdatum");

  it("reads both Karlsruhe versions by Karlsruhe's rules without --profile: no Wiesbaden requirement appears", async () => {
    const own = JSON.parse((await run("diff", "--json", karlsruheDraft, newer)).out) as Diff;
    expect(missingDate(own)).toEqual([]);
    const asWiesbaden = JSON.parse((await run("diff", "--json", "--profile", "wiesbaden", karlsruheDraft, newer)).out) as Diff;
    expect(missingDate(asWiesbaden)).toHaveLength(1);
  });
});

describe("the HTML and CSV report word each file in the profile it was read with", () => {
  it("names a Karlsruhe draft's Dezernat as Karlsruhe does, beside a Wiesbaden one's, and sums their money apart", async () => {
    const base = completeVorlage();
    const k = file("k-dez.docx", DocxDocument.create({ ...base, header: { ...base.header, vorlagenNr: "2025/0612" }, zustaendigkeit: { ...base.zustaendigkeit, federfuehrend: "6" } }, KARLSRUHE, NOW).save());
    const csv = join(dir, "bericht.csv");
    await run("check", "--csv", csv, wiesbadenDraft, k);
    const text = readFileSync(csv, "utf8");
    const lines = text.split(/\r?\n/u);
    const row = (name: string) => lines.find((l) => l.startsWith(name) || l.includes(`/${name};`)) ?? "";
    expect(row("k-dez.docx")).toContain(`;${dezernatLabel("6", KARLSRUHE, " ")};`);
    expect(row("wiesbaden.docx")).toContain(`;${dezernatLabel("III", WIESBADEN, " ")};`);
  });
});
