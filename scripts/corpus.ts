/**
 * npm run corpus — how many of the reviewer's expectations `beschluss check` meets on the
 * corpus (test/fixtures/corpus), by document and by field; misses listed with what was read.
 * `npm run corpus -- --misses` prints only the misses. Exits 1 when any expectation is missed.
 */
import { evaluateCorpus, type Outcome } from "../test/fixtures/corpus/evaluate";

const outcomes = evaluateCorpus();
const pct = (met: number, all: number) => `${((100 * met) / all).toFixed(1)} %`;

function table(title: string, key: (o: Outcome) => string): void {
  const groups = new Map<string, Outcome[]>();
  for (const o of outcomes) groups.set(key(o), [...(groups.get(key(o)) ?? []), o]);
  const width = Math.max(title.length, ...[...groups.keys()].map((k) => k.length));
  console.log(`\n${title.padEnd(width)}  met / all`);
  for (const [k, os] of groups) {
    const met = os.filter((o) => o.met).length;
    console.log(`${k.padEnd(width)}  ${String(met).padStart(3)} / ${String(os.length).padEnd(3)}  ${pct(met, os.length)}`);
  }
}

if (!process.argv.includes("--misses")) {
  table("document", (o) => o.doc);
  table("field", (o) => o.field);
}
const misses = outcomes.filter((o) => !o.met);
if (misses.length > 0) {
  console.log("\nmissed:");
  for (const m of misses) console.log(`  ${m.doc}: ${m.what}\n    expected ${JSON.stringify(m.expected)}\n    read     ${JSON.stringify(m.actual)}`);
}
const met = outcomes.length - misses.length;
console.log(`\ncorpus: ${met} of ${outcomes.length} expectations met (${pct(met, outcomes.length)}) in ${new Set(outcomes.map((o) => o.doc)).size} documents`);
process.exit(misses.length === 0 ? 0 : 1);
