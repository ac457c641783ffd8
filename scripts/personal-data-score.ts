/**
 * Precision and recall of the personal-data check (issue 24) over its labelled set
 * (test/fixtures/personal-data/sentences.ts). Run alone:
 *   npx tsx scripts/personal-data-score.ts [--misses]
 * or from scripts/corpus.ts: `import { printPersonalDataScore } from "./personal-data-score";`
 * and call it; it returns false when either figure is below the goal of 95 %.
 */
import { scorePersonalData } from "../test/fixtures/personal-data/score";

const GOAL = 0.95;
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

export function printPersonalDataScore(showMisses = false): boolean {
  const s = scorePersonalData();
  console.log(
    `\npersonal data: precision ${pct(s.precision)}, recall ${pct(s.recall)} over ${s.sentences} labelled sentences ` +
      `(${s.truePositives} found, ${s.falsePositives} wrongly found, ${s.falseNegatives} missed)`,
  );
  if (showMisses) for (const m of s.misses) console.log(`  expected [${m.expected.join(", ")}], found [${m.found.join(", ")}]: ${m.text}`);
  return s.precision >= GOAL && s.recall >= GOAL;
}

if (require.main === module) process.exit(printPersonalDataScore(process.argv.includes("--misses")) ? 0 : 1);
