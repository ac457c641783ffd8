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

// 3. The readers over every real sample.
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
