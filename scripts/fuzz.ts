/**
 * npm run fuzz [-- COUNT [SEED]] — the seeded fuzzer over real packages (default 20,000
 * inputs, seed 20241126). Prints its figures; exits 1 on any crash.
 */
import { fuzz } from "../test/fuzz/fuzz-harness";
import { fuzzSeeds } from "../test/fuzz/seeds";

const count = Number(process.argv[2] ?? 20_000);
const seed = Number(process.argv[3] ?? 20241126);
const t0 = performance.now();
const figures = fuzz(fuzzSeeds(), count, seed);
const seconds = (performance.now() - t0) / 1000;
console.log(`seed ${seed}: ${figures.inputs} inputs in ${seconds.toFixed(1)} s`);
console.log(`| inputs | read | rejected cleanly | crashes |`);
console.log(`|---:|---:|---:|---:|`);
console.log(`| ${figures.inputs} | ${figures.read} | ${figures.rejected} | ${figures.crashes} |`);
console.log(`rejected by reason: ${JSON.stringify(figures.rejectedBy)}`);
for (const c of figures.crashSamples) console.log(`crash: ${c}`);
process.exit(figures.crashes === 0 ? 0 : 1);
