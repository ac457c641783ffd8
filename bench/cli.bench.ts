/**
 * npm run bench:cli — checking 200 generated documents of about 10 pages each, beside
 * the same files through mammoth's extractRawText (a widely used .docx reader) as the
 * reference peer. Each contestant runs in a process of its own, so that peak memory
 * (max RSS) is its own. Then: one document of 500 clauses, median check time.
 * A benchmark, not a test: the machine is shared and noisy; compare the ratio.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkFile } from "../src/cli/check-file";
import { clause, section } from "../src/core/model/builders";
import { WIESBADEN } from "../src/core/profile/builtin-profiles";
import { DocxDocument } from "../src/document/docx/docx-document";
import { completeVorlage } from "../test/fixtures/builders";

const SENTENCE = "die Verwaltung beauftragt wird, die Maßnahme im Rahmen der verfügbaren Haushaltsmittel umzusetzen und dem Ausschuss für Finanzen halbjährlich über den Stand zu berichten";

function document(clauses: number): Uint8Array {
  const half = Math.floor(clauses / 2);
  const make = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => clause(`${prefix}${i}`, `${SENTENCE} (${i + 1});`));
  const v = completeVorlage({ sections: [section("k", "kenntnisnahme", make("k", half)), section("b", "beschluss", [clause("b0", "zwei Lastenräder zum Preis von insgesamt 12.400,00 € beschafft werden;"), ...make("b", clauses - half - 1)])] });
  return DocxDocument.create(v, WIESBADEN, "2025-05-06T09:00:00Z").save();
}

async function contestant(mode: string, dir: string): Promise<void> {
  const files = readdirSync(dir).filter((f) => f.endsWith(".docx")).map((f) => join(dir, f));
  const mammoth = mode === "mammoth" ? await import("mammoth") : undefined;
  const t0 = performance.now();
  let errors = 0;
  for (const file of files) {
    if (mammoth) {
      const { value } = await mammoth.extractRawText({ buffer: readFileSync(file) });
      if (value.length === 0) errors++;
    } else {
      const r = checkFile(file, WIESBADEN, "de");
      if (!r.readable) errors++;
    }
  }
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ files: files.length, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, errors }));
}

async function orchestrate(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bench-cli-"));
  const one = document(140);
  for (let i = 0; i < 200; i++) writeFileSync(join(dir, `vorlage-${String(i).padStart(3, "0")}.docx`), one);
  const pageEstimate = Math.round((140 * (SENTENCE.length + 6)) / 2400);
  const run = (mode: string) => {
    const r = spawnSync(process.execPath, ["--import", "tsx", __filename, mode, dir], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as { files: number; ms: number; maxRssMb: number; errors: number };
  };
  // Warm the disk cache, then alternate, keeping each contestant's best of three.
  run("ours");
  const best = (mode: string) => [run(mode), run(mode), run(mode)].sort((a, b) => a.ms - b.ms)[0] as ReturnType<typeof run>;
  const ours = best("ours");
  const peer = best("mammoth");
  console.log(`200 documents, ${one.length} bytes each, 140 clauses (about ${pageEstimate} pages of 2,400 characters) — best of 3 runs each\n`);
  console.log("| reader | documents/s | total ms | peak RSS MB |");
  console.log("|---|---:|---:|---:|");
  for (const [name, r] of [["beschluss check (read + validate)", ours], ["mammoth.extractRawText (text only)", peer]] as const) {
    console.log(`| ${name} | ${((r.files / r.ms) * 1000).toFixed(1)} | ${r.ms.toFixed(0)} | ${r.maxRssMb.toFixed(0)} |`);
  }
  console.log(`\nratio: beschluss check is ${(peer.ms / ours.ms).toFixed(2)}× the speed of mammoth's text extraction`);

  const big = join(dir, "500.docx");
  writeFileSync(big, document(500));
  const times: number[] = [];
  for (let i = 0; i < 25; i++) {
    const t0 = performance.now();
    checkFile(big, WIESBADEN, "de");
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`\none document of 500 clauses: median ${times[12]?.toFixed(1)} ms, fastest ${times[0]?.toFixed(1)} ms (25 runs)`);
}

const [mode, dir] = process.argv.slice(2);
if (mode && dir) void contestant(mode, dir);
else void orchestrate();
