/**
 * Precision and recall of the reference detector (issue 24) over its labelled sentences
 * (test/core/references/detect-references.cases.ts): a reference counts as found when its
 * number and its certainty („Ziffer 2.1“ certain, „Nr. 3“ uncertain) are the labelled ones.
 * Run alone: npx tsx scripts/reference-score.ts [--misses]; scripts/corpus.ts prints it too.
 */
import { detectReferences } from "../src/core/references/detect-references";
import { REFERENCE_CASES } from "../test/core/references/detect-references.cases";

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

export function printReferenceScore(showMisses = false): boolean {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const c of REFERENCE_CASES) {
    const found = detectReferences(c.text).map((r) => `${r.number}${r.certain ? "" : "?"}`);
    const expected = [...c.expected];
    for (const f of found) {
      const i = expected.indexOf(f);
      if (i >= 0) {
        tp++;
        expected.splice(i, 1);
      } else fp++;
    }
    fn += expected.length;
    if (found.join() !== c.expected.join()) misses.push(`  expected [${c.expected.join(", ")}], found [${found.join(", ")}]: ${c.text}`);
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  console.log(`\nreferences: precision ${pct(precision)}, recall ${pct(recall)} over ${REFERENCE_CASES.length} labelled sentences (${tp} found, ${fp} wrongly found, ${fn} missed)`);
  if (showMisses) for (const m of misses) console.log(m);
  return misses.length === 0;
}

if (require.main === module) process.exit(printReferenceScore(process.argv.includes("--misses")) ? 0 : 1);
