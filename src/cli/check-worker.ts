import { parentPort, workerData } from "node:worker_threads";
import type { Profile } from "../core/profile/profile";
import type { Lang } from "../i18n/format-finding";
import { checkFile } from "./check-file";

/**
 * A thread of `beschluss check` over a folder (src/cli/check-pool.ts): checks the files it
 * is sent, one at a time, with the profile and language it was started with (the profile a
 * document names where --profile was not given), and answers
 * each with the file's result, or with the trace of a bug (which the command reports as an
 * internal error, as it would in one thread).
 */
const { profile, lang, chosen } = workerData as { readonly profile: Profile; readonly lang: Lang; readonly chosen: boolean };
const port = parentPort;
if (port) {
  port.on("message", ({ index, file }: { readonly index: number; readonly file: string }) => {
    try {
      port.postMessage({ index, result: checkFile(file, profile, lang, chosen) });
    } catch (e) {
      port.postMessage({ index, bug: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  });
}
