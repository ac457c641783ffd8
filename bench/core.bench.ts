/**
 * npm run bench — derive numbers and validate Vorlagen of 10 … 10,000 clauses.
 * A benchmark, not a test: it prints what it measured on this machine. The machine is
 * shared and noisy, so each size is run many times and the median is reported; the
 * ratio column (ms per clause relative to the smallest size) shows whether cost is linear.
 */
import { deriveNumbers } from "../src/core/numbering/derive-numbers";
import { WIESBADEN } from "../src/core/profile/builtin-profiles";
import { validate } from "../src/core/validation/validate";
import { vorlageWithClauses } from "../test/fixtures/builders";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function measure(clauses: number): number {
  const v = vorlageWithClauses(clauses);
  const runs = Math.max(5, Math.min(200, Math.round(20_000 / clauses)));
  for (let i = 0; i < 3; i++) validate(v, WIESBADEN); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    deriveNumbers(v, WIESBADEN.numbering);
    const findings = validate(v, WIESBADEN);
    times.push(performance.now() - t0);
    if (findings.some((f) => f.severity === "error")) throw new Error("benchmark fixture is not complete");
  }
  return median(times);
}

const sizes = [10, 100, 1_000, 10_000];
const rows = sizes.map((n) => ({ n, ms: measure(n) }));
const basePerClause = (rows[1] as { ms: number; n: number }).ms / 100;
console.log("| clauses | ms (median) | ms per clause | per clause vs. 100 |");
console.log("|---:|---:|---:|---:|");
for (const { n, ms } of rows) {
  console.log(`| ${n.toLocaleString("en")} | ${ms.toFixed(2)} | ${(ms / n).toFixed(4)} | ${(ms / n / basePerClause).toFixed(2)} |`);
}
