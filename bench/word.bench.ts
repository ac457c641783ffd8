/**
 * npm run bench:word — round trips (context.sync calls) per operation of the Word
 * adapter, on the Word simulator, at 10, 100 and 1,000 blocks; beside it a naive renumber
 * that syncs once per block, as quick add-ins do. Round trips, not milliseconds: on Word
 * on the web each one is a network request, and they are what a user waits for.
 */
import { clause, section, vorlage } from "../src/core/model/builders";
import { sequentialIds } from "../src/core/model/ids";
import { deriveNumbers } from "../src/core/numbering/derive-numbers";
import { WIESBADEN } from "../src/core/profile/builtin-profiles";
import { WordPort } from "../src/document/word/word-port";
import { staleDocument } from "../test/fixtures/docx";
import { reference0057 } from "../test/fixtures/reference-0057";
import { WordSimulator, type SimContext } from "../test/word-simulator/word-simulator";


async function syncs(sim: WordSimulator, op: () => Promise<unknown>): Promise<number> {
  const before = sim.syncs;
  await op();
  return sim.syncs - before;
}

/** The baseline: read each number, write it, one round trip per block. */
async function naiveRenumber(sim: WordSimulator, n: number): Promise<void> {
  const numbers = deriveNumbers(vorlage({ sections: [section("s", "beschluss", Array.from({ length: n }, (_, i) => clause(`c${i}`, "")))] }), WIESBADEN.numbering).byId;
  await sim.run(async (context: SimContext) => {
    for (let i = 0; i < n; i++) {
      const cc = context.document.contentControls.getByTag(`bv:nr:c${i}`).getFirst();
      cc.insertText(numbers.get(`c${i}`) as string, "Replace");
      await context.sync();
    }
  });
}

async function main(): Promise<void> {
  const rows: string[] = [];
  for (const n of [10, 100, 1000]) {
    const sim = new WordSimulator(staleDocument(n));
    const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("n"));
    rows.push(`| read | ${n} | ${await syncs(sim, () => port.read())} |`);
    rows.push(`| renumber | ${n} | ${await syncs(sim, () => port.renumber())} |`);
    rows.push(`| insert clause | ${n} | ${await syncs(sim, () => port.insertClause(clause("neu", "neu"), "s", "c0"))} |`);
    rows.push(`| write metadata | ${n} | ${await syncs(sim, () => port.writeMetadata(reference0057()))} |`);
    const naive = new WordSimulator(staleDocument(n));
    rows.push(`| naive renumber (baseline) | ${n} | ${await syncs(naive, () => naiveRenumber(naive, n))} |`);
  }
  console.log("| operation | blocks | syncs |");
  console.log("|---|---:|---:|");
  const order = ["read", "renumber", "insert clause", "write metadata", "naive renumber (baseline)"];
  rows.sort((a, b) => order.indexOf(a.split(" | ")[0]?.slice(2) ?? "") - order.indexOf(b.split(" | ")[0]?.slice(2) ?? ""));
  for (const r of rows) console.log(r);
}

void main();
