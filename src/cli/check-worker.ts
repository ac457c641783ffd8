import { parentPort, workerData } from "node:worker_threads";
import type { Profile } from "../core/profile/profile";
import { WIESBADEN } from "../core/profile/builtin-profiles";
import type { Lang } from "../i18n/format-finding";
import { checkFile } from "./check-file";
import { CHECKING_V8_FLAGS, type CheckJob } from "./check-pool";
import { renderCheck, type Rendering } from "./rendered-check";

/**
 * A thread of `beschluss check` over a folder (src/cli/check-pool.ts): checks the files it
 * is sent, one at a time in the order sent (the pool sends the next before this one is
 * answered), with the profile and language it was started with (the profile a document names
 * where --profile was not given), and answers each with the file's result — rendered as the
 * command asked (src/cli/rendered-check.ts) when it did — or with the trace of a bug (which
 * the command reports as an internal error, as it would in one thread).
 */
const port = parentPort;
if (port) {
  const { profile, lang, chosen, rendering } = workerData as { readonly profile: Profile; readonly lang: Lang; readonly chosen: boolean; readonly rendering?: Rendering };
  port.on("message", ({ index, file, display }: CheckJob) => {
    try {
      const result = checkFile(file, profile, lang, chosen);
      port.postMessage({ index, result: rendering ? renderCheck(result, display ?? file, rendering, profile, lang) : result });
    } catch (e) {
      port.postMessage({ index, bug: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  });
}

/**
 * For scripts/build-cli.js, which takes V8's code cache of the compiled worker after this
 * has run in a process of its own: checks `files` as a worker would, in both languages, and
 * renders each result as the text and the JSON report do, so that the
 * functions a check calls are compiled into the cache, and returns the V8
 * flags the pool sets while a folder is checked. V8 refuses a cache made under other flags
 * than its own, and a worker loads its code under those flags: the build sets them before
 * it takes the cache.
 */
export function warmUp(files: readonly string[]): string {
  // Not the report files' rows: asked for seldom, they would make every thread's cache larger to read.
  const renderings: readonly Rendering[] = [
    { report: "text", rows: false },
    { report: "json", rows: false },
  ];
  for (const lang of ["de", "en"] as const) for (const file of files) for (const rendering of renderings) renderCheck(checkFile(file, WIESBADEN, lang), file, rendering, WIESBADEN, lang);
  return CHECKING_V8_FLAGS;
}
