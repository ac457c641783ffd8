/**
 * npm run corpus — how many of the reviewer's expectations `beschluss check` meets on the
 * corpus (test/fixtures/corpus), by document and by field; misses listed with what was read.
 * Then the same for the grown corpus (test/fixtures/corpus/grown, documents 28 and on, other
 * municipalities), whose expectations `npm test` does not require yet.
 * `npm run corpus -- --misses` prints only the misses. Exits 1 when an expectation of the
 * original corpus or of the fifth, sixth, seventh, eighth or ninth fresh set is missed; the grown corpus's misses are reported, not counted in the exit code.
 * Then the fresh set (test/fixtures/corpus/fresh, documents 60 and on): twelve Vorlagen of twelve
 * further municipalities whose expectations were written by a reviewer who had not read the reader,
 * committed after the decoder was finished. Held out for issue 22, it has been a development set
 * since: its misses were fixed by general rules. Reported, not counted in the exit code.
 * Then the second fresh set (test/fixtures/corpus/fresh2, documents 72 and on), made the same way
 * and never tuned on — now the honest measure of how the reader does on documents it has not seen.
 * Then the third fresh set (test/fixtures/corpus/fresh3, documents 84 and on), made the same way;
 * held out for a round (167 of 185), a development set since.
 * Then the fourth fresh set (test/fixtures/corpus/fresh4, documents 96 and on), made the same way;
 * held out for a round (180 of 211), a development set since.
 * Then the fifth fresh set (test/fixtures/corpus/fresh5, documents 108 and on), made the same way;
 * held out for a round (147 of 181), a development set since: its misses are counted in the exit code.
 * Then the sixth fresh set (test/fixtures/corpus/fresh6, documents 120 and on), made the same way;
 * held out for a round (171 of 195 when first read, 172 at the end of that round), a development
 * set since: its misses are counted in the exit code.
 * Then the seventh fresh set (test/fixtures/corpus/fresh7, documents 132 and on), made the same way;
 * held out for a round (178 of 198 when first read, 179 at the end of that round), a development
 * set since: its misses are counted in the exit code.
 * Then the eighth fresh set (test/fixtures/corpus/fresh8, documents 144 and on), made the same way;
 * held out for a round (180 of 215 when first read and at the end of that round), a development
 * set since: its misses are counted in the exit code.
 * Then the ninth fresh set (test/fixtures/corpus/fresh9, documents 156 and on), made the same way;
 * held out for a round (199 of 206 when first read, 200 at the end of that round), a development
 * set since: its misses are counted in the exit code.
 * A set held out prints its score by field only (`report(…, true)`; `--show-held-out`
 * for the misses), not counted in the exit code.
 * Then the tenth fresh set (test/fixtures/corpus/fresh10, documents 168 and on), made the same way
 * from published Beschlussvorlagen of Großstädte, Landkreise and Gemeinden, and held out.
 * Last, the personal-data check's precision and recall over its labelled sentences (goal 95 % each,
 * counted in the exit code).
 */
import { evaluateCorpus, GROWN_DIR, type Outcome } from "../test/fixtures/corpus/evaluate";
import { FRESH_DIR } from "../test/fixtures/corpus/fresh";
import { FRESH2_DIR } from "../test/fixtures/corpus/fresh2";
import { FRESH3_DIR } from "../test/fixtures/corpus/fresh3";
import { FRESH4_DIR } from "../test/fixtures/corpus/fresh4";
import { FRESH5_DIR } from "../test/fixtures/corpus/fresh5";
import { FRESH6_DIR } from "../test/fixtures/corpus/fresh6";
import { FRESH7_DIR } from "../test/fixtures/corpus/fresh7";
import { FRESH8_DIR } from "../test/fixtures/corpus/fresh8";
import { FRESH9_DIR } from "../test/fixtures/corpus/fresh9";
import { FRESH10_DIR } from "../test/fixtures/corpus/fresh10";
import { printPersonalDataScore } from "./personal-data-score";
import { printReferenceScore } from "./reference-score";

const pct = (met: number, all: number) => `${((100 * met) / all).toFixed(1)} %`;

function table(outcomes: readonly Outcome[], title: string, key: (o: Outcome) => string): void {
  const groups = new Map<string, Outcome[]>();
  for (const o of outcomes) groups.set(key(o), [...(groups.get(key(o)) ?? []), o]);
  const width = Math.max(title.length, ...[...groups.keys()].map((k) => k.length));
  console.log(`\n${title.padEnd(width)}  met / all`);
  for (const [k, os] of groups) {
    const met = os.filter((o) => o.met).length;
    console.log(`${k.padEnd(width)}  ${String(met).padStart(3)} / ${String(os.length).padEnd(3)}  ${pct(met, os.length)}`);
  }
}

/**
 * Prints one corpus's tables and misses; returns the number of misses. A held-out set prints
 * its score by field only — not by document, not its misses — so that nobody tunes the reader
 * on it by looking (`--show-held-out` prints them, for the round that turns it into a development set).
 */
function report(name: string, outcomes: readonly Outcome[], heldOut = false): number {
  console.log(`\n===== ${name} =====`);
  const hide = heldOut && !process.argv.includes("--show-held-out");
  if (!process.argv.includes("--misses")) {
    if (!hide) table(outcomes, "document", (o) => o.doc);
    table(outcomes, "field", (o) => o.field);
  }
  const misses = outcomes.filter((o) => !o.met);
  if (misses.length > 0 && !hide) {
    console.log("\nmissed:");
    for (const m of misses) console.log(`  ${m.doc}: ${m.what}\n    expected ${JSON.stringify(m.expected)}\n    read     ${JSON.stringify(m.actual)}`);
  }
  const met = outcomes.length - misses.length;
  console.log(`\n${name}: ${met} of ${outcomes.length} expectations met (${pct(met, outcomes.length)}) in ${new Set(outcomes.map((o) => o.doc)).size} documents`);
  return misses.length;
}

const grown = evaluateCorpus(GROWN_DIR);
const grownMisses = report("grown corpus", grown);
const misses = report("corpus", evaluateCorpus());
if (grownMisses > 0) console.log(`(grown corpus: ${grownMisses} expectations not met yet; not counted in the exit code)`);
const freshMisses = report("first fresh set (development set since issue 22)", evaluateCorpus(FRESH_DIR));
if (freshMisses > 0) console.log(`(first fresh set: ${freshMisses} expectations not met; not counted in the exit code)`);
const fresh2Misses = report("second fresh set (development set since issue 23's first round)", evaluateCorpus(FRESH2_DIR));
if (fresh2Misses > 0) console.log(`(second fresh set: ${fresh2Misses} expectations not met; not counted in the exit code)`);
const fresh3Misses = report("third fresh set (development set; 167 of 185 while held out)", evaluateCorpus(FRESH3_DIR));
if (fresh3Misses > 0) console.log(`(third fresh set: ${fresh3Misses} expectations not met; not counted in the exit code)`);
const fresh4Misses = report("fourth fresh set (development set; 180 of 211 while held out)", evaluateCorpus(FRESH4_DIR));
if (fresh4Misses > 0) console.log(`(fourth fresh set: ${fresh4Misses} expectations not met; not counted in the exit code)`);
const fresh5Misses = report("fifth fresh set (development set; 147 of 181 while held out)", evaluateCorpus(FRESH5_DIR));
if (fresh5Misses > 0) console.log(`(fifth fresh set: ${fresh5Misses} expectations not met; counted in the exit code)`);
const fresh6Misses = report(
  "sixth fresh set (development set; 171 of 195 when first read, 172 at the end of the round held out)",
  evaluateCorpus(FRESH6_DIR),
);
if (fresh6Misses > 0) console.log(`(sixth fresh set: ${fresh6Misses} expectations not met; counted in the exit code)`);
const fresh7Misses = report(
  "seventh fresh set (development set; 178 of 198 when first read, 179 at the end of the round held out)",
  evaluateCorpus(FRESH7_DIR),
);
if (fresh7Misses > 0) console.log(`(seventh fresh set: ${fresh7Misses} expectations not met; counted in the exit code)`);
const fresh8Misses = report(
  "eighth fresh set (development set; 180 of 215 when first read and at the end of the round held out)",
  evaluateCorpus(FRESH8_DIR),
);
if (fresh8Misses > 0) console.log(`(eighth fresh set: ${fresh8Misses} expectations not met; counted in the exit code)`);
const fresh9Misses = report(
  "ninth fresh set (development set since this round; 199 of 206 when first read, 200 at the end of the round held out)",
  evaluateCorpus(FRESH9_DIR),
);
if (fresh9Misses > 0) console.log(`(ninth fresh set: ${fresh9Misses} expectations not met; counted in the exit code)`);
// The tenth fresh set (test/fixtures/corpus/fresh10, documents 168 and on), made the same way and held out:
// its score by field only (`report(…, true)`), not counted in the exit code.
const fresh10Misses = report("tenth fresh set (held out from tuning)", evaluateCorpus(FRESH10_DIR), true);
if (fresh10Misses > 0) console.log(`(tenth fresh set: ${fresh10Misses} expectations not met; not counted in the exit code, and never tuned on)`);
const personalDataMet = printPersonalDataScore(process.argv.includes("--misses"));
const referencesMet = printReferenceScore(process.argv.includes("--misses"));
process.exit(misses === 0 && fresh5Misses === 0 && fresh6Misses === 0 && fresh7Misses === 0 && fresh8Misses === 0 && fresh9Misses === 0 && personalDataMet && referencesMet ? 0 : 1);
