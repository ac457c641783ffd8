/**
 * npx tsx bench/validate.bench.ts — what the validation costs per document, rule by rule (issue 23).
 * A benchmark, not a test: it prints what it measured on this machine. The documents are read
 * once (the ten-page bench Vorlage of 140 and of 500 clauses, and every corpus .docx); then
 * `validate` and each rule alone run over them many times, and the median of the rounds is
 * reported per document. The machine is shared and noisy: compare ratios within one run.
 *
 * `--rounds N` sets the rounds (default 15); `--only RULE` times `validate` and that one rule alone.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { BUILTIN_PROFILES, WIESBADEN } from "../src/core/profile/builtin-profiles";
import type { Profile } from "../src/core/profile/profile";
import type { Vorlage } from "../src/core/model/vorlage";
import { RULES } from "../src/core/validation/rules";
import { ruleContext, validate } from "../src/core/validation/validate";
import { DocxDocument } from "../src/document/docx/docx-document";
import { tenPageVorlage } from "./ten-pages";

interface Doc {
  readonly name: string;
  readonly vorlage: Vorlage;
  readonly profile: Profile;
}

function readDoc(name: string, bytes: Uint8Array): Doc {
  const doc = DocxDocument.open(bytes);
  const stored = doc.storedProfileId();
  const profile = (stored !== undefined ? BUILTIN_PROFILES[stored.toLowerCase()] : undefined) ?? WIESBADEN;
  return { name, vorlage: doc.read(profile).vorlage, profile };
}

function corpusFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return corpusFiles(path);
    return entry.endsWith(".docx") ? [path] : [];
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Median over rounds of the time one pass over `docs` takes, in ms per document. */
function perDocument(docs: readonly Doc[], rounds: number, pass: (d: Doc) => void): number {
  for (let i = 0; i < 3; i++) docs.forEach(pass);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const d of docs) pass(d);
    times.push((performance.now() - t0) / docs.length);
  }
  return median(times);
}

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf("--rounds") + 1] ?? "") || 15;
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;

const sets: { readonly label: string; readonly docs: readonly Doc[] }[] = [
  { label: "ten pages (140 clauses)", docs: [readDoc("ten-140", tenPageVorlage(140))] },
  { label: "500 clauses", docs: [readDoc("ten-500", tenPageVorlage(500))] },
  { label: "corpus (every .docx)", docs: corpusFiles(join(__dirname, "../test/fixtures/corpus")).map((f) => readDoc(f, readFileSync(f))) },
];

const rules = RULES.filter((r) => only === undefined || r.id === only);
console.log(`| set | docs | validate ms/doc | ${rules.map((r) => r.id).join(" | ")} |`);
console.log(`|---|---:|---:|${rules.map(() => "---:").join("|")}|`);
for (const { label, docs } of sets) {
  const whole = perDocument(docs, rounds, (d) => validate(d.vorlage, d.profile));
  const contexts = new Map(docs.map((d) => [d, ruleContext(d.vorlage, d.profile)]));
  const each = rules.map((rule) => perDocument(docs, rounds, (d) => rule.check(contexts.get(d) as ReturnType<typeof ruleContext>)));
  console.log(`| ${label} | ${docs.length} | ${whole.toFixed(3)} | ${each.map((ms) => ms.toFixed(3)).join(" | ")} |`);
}
