import { statSync } from "node:fs";
import type { CliMessages } from "../i18n/cli-messages";
import { UsageError, type Values } from "./command";
import { checkOutput } from "./output-target";

/**
 * What every writing command promises before it reads a byte: `-o` never names one of the
 * inputs, a directory, a device, a FIFO or a socket, and an existing file only with
 * --force; `--in-place` on a file with other hard links is refused (it cannot be replaced
 * under every name at once), and with --force only the named file is replaced. Returns
 * the notes to print once the command has written (which names kept the old content).
 */
export function guardOutputs(command: string, files: readonly string[], values: Values, t: CliMessages): string[] {
  const force = values.force === true;
  // `-o -` is the standard output, as for check's --report and --csv: export writes its text
  // there; a .docx is not written to a stream (a file named „-“ was the surprise before).
  if (values.out === "-" && command !== "export") throw new UsageError(t.docxNotToStdout);
  // new and recognize write a Word document: under another ending Word would not open it as one.
  if (values.out !== undefined && values.out !== "-" && (command === "new" || command === "recognize") && !/\.docx$/iu.test(values.out)) {
    throw new UsageError(t.docxEnding(values.out));
  }
  if (values.out !== undefined && values.out !== "-" && command !== "check" && command !== "diff") {
    const inputs = [...files, ...(values.from === undefined ? [] : [values.from]), ...(values.profile === undefined ? [] : [values.profile])];
    checkOutput(values.out, { inputs, force, t, ...(command === "recognize" ? { sameFileMessage: t.sameFile } : {}) });
  }
  const notes: string[] = [];
  if (values["in-place"] === true) {
    for (const file of files) {
      let links: number;
      try {
        const st = statSync(file);
        if (!st.isFile()) continue;
        links = st.nlink;
      } catch {
        continue; // reading the file says why it cannot be read
      }
      if (links < 2) continue;
      if (!force) throw new UsageError(t.hardLinked(file));
      notes.push(t.hardLinkKept(file, links - 1));
    }
  }
  return notes;
}
