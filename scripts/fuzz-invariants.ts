/**
 * npm run fuzz:invariants [-- COUNT [SEED]] — the promises of `beschluss recognize` over
 * generated documents (default 20,000, seed 20261126): idempotent, visible text kept,
 * --renumber changes only wrong numbers, no new finding, foreign parts byte for byte.
 * Prints the figures; exits 1 on any broken invariant.
 */
import { runInvariants } from "../test/fuzz/invariants";

const count = Number(process.argv[2] ?? 20_000);
const seed = Number(process.argv[3] ?? 20261126);
const t0 = performance.now();
const f = runInvariants(count, seed);
console.log(`seed ${seed}: ${f.documents} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log(`kinds: ${JSON.stringify(f.byKind)}`);
console.log(`structure wrapped: ${f.wrapped}; left as it was: ${JSON.stringify(f.refused)}; numbers corrected by --renumber: ${f.numbersCorrected}`);
console.log(`numbers left as the user's text (hyperlink, tracked change, field, smartTag), the rest structured: ${f.numbersLeft} in ${f.documentsWithLeft} documents`);
console.log(`constructs (documents with): ${JSON.stringify(f.features)}`);
console.log(`broken invariants: ${f.violations.length}`);
for (const v of f.violations.slice(0, 20)) console.log(`  ${v}`);
process.exit(f.violations.length === 0 ? 0 : 1);
