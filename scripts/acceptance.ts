/**
 * npm run acceptance — checks against the real texts in ../shared (CI has them beside the
 * project; `npm test` must not need them). Exits non-zero on the first failed check.
 *
 * 1. manifest.xml is valid against the Office add-in manifest schema v1.1 (xmllint).
 * 2. The reference fixture (test/fixtures/reference-0057.ts) is faithful to the real
 *    resolution: same numbers, Vorlagen-Nr., Beschluss-Nr., amount, dates, and the clause
 *    texts we kept word for word appear in it.
 * 3. The German money and date readers run over every real sample without failing.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findDates } from "../src/core/german/dates";
import { findAmounts } from "../src/core/german/money";
import { toOParlPaper } from "../src/core/metadata/oparl-paper";
import { KARLSRUHE, WIESBADEN } from "../src/core/profile/builtin-profiles";
import { reference0057 } from "../test/fixtures/reference-0057";

const root = join(__dirname, "..");
const shared = join(root, "..", "shared");
let failures = 0;

function check(name: string, ok: boolean, detail = ""): void {
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ` — ${detail}` : ""}`);
  if (!ok) failures++;
}

if (!existsSync(join(shared, "reference"))) {
  console.error(`../shared/reference not found at ${shared}: the acceptance checks need it.`);
  process.exit(2);
}

// 1. The manifest against the shared schema.
const xsd = join(shared, "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");
try {
  execFileSync("xmllint", ["--noout", "--schema", xsd, join(root, "manifest.xml")], { stdio: "pipe" });
  check("manifest.xml valid against OfficeAppManifestV1_1.xsd", true);
} catch (e) {
  const err = e as { stderr?: Buffer; message: string };
  check("manifest.xml valid against OfficeAppManifestV1_1.xsd", false, err.stderr?.toString().trim() ?? err.message);
}

// 2. The fixture against the real resolution.
const text = readFileSync(join(shared, "reference", "beschluss-0057.txt"), "utf8");
const fixture = reference0057();
const realClauseNumbers = [...text.matchAll(/^-\s+(\d+\.\d+)\s/gmu)].map((m) => m[1]);
const fixtureClauseNumbers = fixture.sections.flatMap((s) => s.clauses.map((c) => c.writtenNumber));
check("clause numbers as in the real text", JSON.stringify(realClauseNumbers) === JSON.stringify(fixtureClauseNumbers), realClauseNumbers.join(" "));
const realSections = [...text.matchAll(/^(\d+\.)\s+Es wird (zur Kenntnis genommen|beschlossen), dass/gmu)].map((m) => m[1]);
check("section numbers as in the real text", JSON.stringify(realSections) === JSON.stringify(fixture.sections.map((s) => s.writtenNumber)), realSections.join(" "));
check("Vorlagen-Nr. as in the real text", text.includes(`Vorlagen-Nr. ${fixture.header.vorlagenNr}`), fixture.header.vorlagenNr);
check("Beschluss-Nr. as in the real text", text.includes(`Beschluss Nr. ${fixture.header.beschlussNr}`), fixture.header.beschlussNr);
check("Betreff as in the real text", text.includes(fixture.header.betreff), fixture.header.betreff);
const amounts = findAmounts(text).map((a) => a.cents);
check("the amount in the real text is the fixture's Betrag", amounts.includes(fixture.finanzierung?.betragCent ?? -1), `${amounts.map((c) => c / 100).join(", ")} €`);
const dates = findDates(text).map((d) => d.start);
for (const date of [fixture.header.sitzungsdatum, ...fixture.bezuege.map((b) => b.datum)]) {
  check(`date ${date} stands in the real text`, dates.includes(date));
}
for (const id of ["c21", "c22", "c23"]) {
  const clause = fixture.sections.flatMap((s) => s.clauses).find((c) => c.id === id);
  check(`clause ${clause?.writtenNumber} kept word for word`, clause !== undefined && text.includes(clause.text));
}

// 3. The OParl export against the spec's field table and a real Karlsruhe Paper.
const fieldTable = readFileSync(join(shared, "reference", "oparl-1.1-fields.md"), "utf8");
const fieldsOf = (type: string): Set<string> => {
  const part = fieldTable.split(`## ${type}\n`)[1]?.split("\n## ")[0] ?? "";
  return new Set([...part.matchAll(/^\| (\w+) \|/gmu)].map((m) => m[1] as string).filter((f) => f !== "property"));
};
const times = { created: "2024-03-21T10:00:00+01:00", modified: "2024-03-21T10:00:00+01:00" };
const paper = toOParlPaper(fixture, WIESBADEN, { ...times, mainFile: { fileName: "24-V-07-0001.docx" } });
check("OParl Paper of the reference has reference 24-V-07-0001", paper.reference === "24-V-07-0001");
const unknownPaperFields = Object.keys(paper).filter((k) => !fieldsOf("Paper").has(k));
check("every emitted Paper field is an OParl 1.1 Paper field", unknownPaperFields.length === 0, unknownPaperFields.join(", ") || `${Object.keys(paper).length} fields`);
const unknownConsultation = (paper.consultation ?? []).flatMap((c) => Object.keys(c)).filter((k) => !fieldsOf("Consultation").has(k));
check("every emitted Consultation field is an OParl 1.1 field", unknownConsultation.length === 0, unknownConsultation.join(", "));
const unknownFile = Object.keys(paper.mainFile ?? {}).filter((k) => !fieldsOf("File").has(k));
check("every emitted File field is an OParl 1.1 field", unknownFile.length === 0, unknownFile.join(", "));
const sample = JSON.parse(readFileSync(join(shared, "reference", "samples", "04_karlsruhe.oparl-paper.json"), "utf8")) as Record<string, unknown>;
const karlsruhePaper = toOParlPaper(
  { ...fixture, header: { ...fixture.header, gremium: "Gemeinderat", vorlagenNr: String(sample["reference"]) }, zustaendigkeit: { federfuehrend: "6", beteiligt: [] } },
  KARLSRUHE,
  times,
);
check("Karlsruhe profile's body URL is the one the real Paper names", karlsruhePaper.body === sample["body"], String(sample["body"]));
check(
  "Karlsruhe Gemeinderat consultation names the organisation the real Paper names",
  JSON.stringify(karlsruhePaper.consultation?.[0]?.organization) === JSON.stringify((sample["consultation"] as { organization: string[] }[])[0]?.organization),
);

// 4. The readers over every real sample.
const samples = join(shared, "reference", "samples");
for (const name of readdirSync(samples).filter((n) => n.endsWith(".txt") && n !== "README.md")) {
  const sample = readFileSync(join(samples, name), "utf8");
  try {
    const a = findAmounts(sample);
    const d = findDates(sample);
    check(`${name}: money and dates read`, true, `${a.length} amounts, ${d.length} dates (${d.filter((x) => !x.valid).length} impossible)`);
  } catch (e) {
    check(`${name}: money and dates read`, false, (e as Error).message);
  }
}

console.log(failures === 0 ? "acceptance: all checks passed" : `acceptance: ${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
