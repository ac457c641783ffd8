/**
 * npx tsx bench/validate.bench.ts — what the validation costs per document, rule by rule (issue 23).
 * A benchmark, not a test: it prints what it measured on this machine. The documents are read
 * once (the ten-page bench Vorlage of 140 and of 500 clauses, and every corpus .docx); then
 * `validate` and each rule alone run over them many times, and the median of the rounds is
 * reported per document, in CPU milliseconds. The machine is shared and noisy: compare ratios
 * within one run.
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

/** CPU time of this process (user + system) in ms: unlike the wall clock, not stretched while other processes run. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Median over rounds of the CPU time one pass over `docs` takes, in ms per document. A round
 * repeats the pass for at least 20 ms, so that one document's half millisecond is not lost in
 * the timer's and the collector's noise.
 */
function perDocument(docs: readonly Doc[], rounds: number, pass: (d: Doc) => void): number {
  for (let i = 0; i < 5; i++) docs.forEach(pass);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let passes = 0;
    const t0 = cpuMs();
    let elapsed = 0;
    while (elapsed < 20) {
      for (const d of docs) pass(d);
      passes++;
      elapsed = cpuMs() - t0;
    }
    times.push(elapsed / passes / docs.length);
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

// Warm-up over every set before anything is timed: the optimising compiler works on threads of its own, whose CPU time the process's counts.
const warm = cpuMs();
while (cpuMs() - warm < 500) for (const { docs } of sets) for (const d of docs) validate(d.vorlage, d.profile);

const rules = RULES.filter((r) => only === undefined || r.id === only);
console.log(`| set | docs | validate ms/doc | ${rules.map((r) => r.id).join(" | ")} |`);
console.log(`|---|---:|---:|${rules.map(() => "---:").join("|")}|`);
for (const { label, docs } of sets) {
  const whole = perDocument(docs, rounds, (d) => validate(d.vorlage, d.profile));
  const contexts = new Map(docs.map((d) => [d, ruleContext(d.vorlage, d.profile)]));
  const each = rules.map((rule) => perDocument(docs, rounds, (d) => rule.check(contexts.get(d) as ReturnType<typeof ruleContext>)));
  console.log(`| ${label} | ${docs.length} | ${whole.toFixed(3)} | ${each.map((ms) => ms.toFixed(3)).join(" | ")} |`);
}
