import { parseArgs } from "node:util";
import { InvalidProfileError } from "../core/errors";
import type { Profile } from "../core/profile/profile";
import { DocxError } from "../document/ooxml/docx-error";
import { CLI_MESSAGES } from "../i18n/cli-messages";
import { profileProblemText } from "../i18n/schema-problems";
import type { Lang } from "../i18n/format-finding";
import { COMMAND_OPTIONS, COMMON_OPTIONS, OPTIONS, UsageError, type Command, type Io, type Values } from "./command";
import { fdOutput } from "./fd-output";
import { guardOutputs } from "./guard-outputs";
import { neutralise } from "./terminal-text";
import { InputRefusedError, refusalText } from "./read-regular-file";
import { builtinProfileNames, loadProfile, ProfileNotFoundError, ProfileNotJsonError } from "./load-profile";

export { UsageError, type Command, type CommandContext, type Io } from "./command";
export { neutralise } from "./terminal-text";

const processIo: Io = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`), raw: (t) => process.stdout.write(t) };

const processIoSafe: Io = { out: (x) => processIo.out(neutralise(x)), err: (x) => processIo.err(neutralise(x)), raw: processIo.raw };

const fdOut = fdOutput();

/**
 * What the compiled `diff` writes through (bin/beschluss.js): the same text as the process's
 * streams get, written on the descriptors without building those streams (fd-output.ts).
 */
export const fdIo: Io = { out: (x) => fdOut.write(1, `${neutralise(x)}\n`), err: (x) => fdOut.write(2, `${neutralise(x)}\n`), raw: (x) => fdOut.write(1, x) };

/** Whether text given to `fdIo` went to a stream that may still be writing it (the process must then wait before it ends). */
export const fdIoPending = (): boolean => fdOut.pendingStreamWrites();

/**
 * A reader that stops early (`beschluss recognize --explain x.docx | head`) closes standard
 * output; writing to it then fails with EPIPE. That is no error of the command: the rest of
 * its output is dropped, and what it writes to files (a report, a document) is still written.
 * Without this, Node ends the process with a stack trace.
 */
export function quietOnClosedOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
    });
  }
}

/**
 * How many files each command takes: a file named beyond that would be silently left
 * alone (`recognize --in-place a.docx b.docx` rewrote only a.docx), so it is refused.
 * `check` takes any number; `diff` says itself that it needs two.
 */
const MAX_FILES: Readonly<Record<string, number>> = { export: 1, new: 0 };

/**
 * The subcommands, each loaded when it is run: `diff` does not pay for the report's
 * rendering, the metadata exports or the schema validator of `new --from`, and the start-up
 * of every command stays the few modules it needs. Another command is one more line here.
 *
 * `require` inside a function rather than `import()`: tsx runs the sources in a clone as
 * CommonJS and would hand an `import()` to Node's ESM loader (which cannot read .ts), while
 * esbuild compiles each required module into dist-cli as code that runs only when called.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
export const COMMANDS: Readonly<Record<string, () => Command>> = {
  check: () => (require("./check-command") as typeof import("./check-command")).check,
  export: () => (require("./export-command") as typeof import("./export-command")).exportCommand,
  new: () => (require("./new-command") as typeof import("./new-command")).newCommand,
  recognize: () => (require("./recognize-command") as typeof import("./recognize-command")).recognizeCommand,
  diff: () => {
    const { runDiff } = require("./diff-command") as typeof import("./diff-command");
    return ({ files, values, profile, lang, io }) => runDiff(files, profile, lang, values.json === true, io, values.profile !== undefined);
  },
};
/* eslint-enable @typescript-eslint/no-require-imports */

const LANGS: readonly Lang[] = ["de", "en"];
/** The options a command takes (every option when the command is not known), as --help writes them. */
const validOptions = (command: string | undefined): string => {
  const own = command === undefined ? undefined : COMMAND_OPTIONS[command];
  const names = own === undefined ? (Object.keys(OPTIONS) as (keyof typeof OPTIONS)[]) : [...own, ...COMMON_OPTIONS];
  return names.map((name) => (name === "out" ? "--out (-o)" : name === "help" ? "--help (-h)" : `--${name}`)).join(", ");
};
/**
 * The arguments of a command line that are not options or options' values: the command word
 * and its files. Exported for bin/beschluss.js, which sets V8's flags for the run (bin/v8-flags.js)
 * by the command and the files it is given, before it runs. `--` ends the options, as parseArgs reads it.
 */
export const positionalsOf = (argv: readonly string[]): string[] => {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--") return [...out, ...argv.slice(i + 1)];
    if (!a.startsWith("-")) {
      out.push(a);
      continue;
    }
    const name = a.replace(/^--?/u, "").split("=")[0] as string;
    const option = name === "o" ? OPTIONS.out : name === "h" ? OPTIONS.help : OPTIONS[name as keyof typeof OPTIONS];
    if (option?.type === "string" && !a.includes("=")) i++;
  }
  return out;
};

/** The command word of a command line: its first argument that is not an option or an option's value. */
export const commandOf = (argv: readonly string[]): string | undefined => positionalsOf(argv)[0];

/** The language asked for, read before anything else so that even a bad option is reported in it. */
function langOf(argv: readonly string[]): { lang: Lang; unknown?: string } {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return { lang: "de" };
  const value = argv[i]?.startsWith("--lang=") ? argv[i]?.slice(7) : argv[i + 1];
  return LANGS.includes(value as Lang) ? { lang: value as Lang } : { lang: "de", unknown: value ?? "" };
}

/** Runs the command line; returns the exit code (0 complete, 1 errors in a Vorlage, 2 unreadable input or bad usage). */
export async function main(argv: readonly string[], io: Io = processIoSafe): Promise<number> {
  const { lang, unknown } = langOf(argv);
  const t = CLI_MESSAGES[lang];
  try {
    if (unknown !== undefined) throw new UsageError(t.badLang(unknown));
    let parsed: { values: Values; positionals: string[]; tokens: readonly { kind: string; name?: string }[] };
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true }) as unknown as typeof parsed;
    } catch (e) {
      const option = /'([^']*)'?/.exec((e as Error).message)?.[1] ?? String(argv.find((a) => a.startsWith("-")) ?? "");
      throw new UsageError(t.unknownOption(option.replace(/'$/, ""), validOptions(commandOf(argv))));
    }
    const { values, positionals } = parsed;
    // parseArgs keeps the last of `-o a -o b`: the first name would be left alone without a word.
    const given = new Set<string>();
    for (const token of parsed.tokens) {
      if (token.kind !== "option" || token.name === undefined || OPTIONS[token.name as keyof typeof OPTIONS]?.type !== "string") continue;
      if (given.has(token.name)) throw new UsageError(t.optionTwice(token.name));
      given.add(token.name);
    }
    const [command, ...files] = positionals;
    if (values.help || command === undefined || command === "help") {
      io.out(t.usage);
      return command === undefined && !values.help ? 2 : 0;
    }
    const load = COMMANDS[command];
    if (!load) throw new UsageError(t.unknownCommand(command));
    const takes = [...(COMMAND_OPTIONS[command] ?? []), ...COMMON_OPTIONS];
    for (const token of parsed.tokens) {
      if (token.kind === "option" && token.name !== undefined && !takes.includes(token.name as keyof typeof OPTIONS)) {
        throw new UsageError(t.optionNotFor(`--${token.name}`, command, validOptions(command)));
      }
    }
    const max = MAX_FILES[command];
    if (max !== undefined && files.length > max) throw new UsageError(t.tooManyFiles(command, max, files.slice(max)));
    let profile: Profile;
    try {
      profile = loadProfile(values.profile);
    } catch (e) {
      if (e instanceof ProfileNotFoundError) throw new UsageError(t.unknownProfile(e.nameOrPath, builtinProfileNames()));
      if (e instanceof InputRefusedError) throw new UsageError(t.badProfile(t.cannotRead(e.path, refusalText(e.refusal, t))));
      if (e instanceof ProfileNotJsonError) throw new UsageError(t.badProfile(t.notJson(e.path)));
      if (e instanceof InvalidProfileError) throw new UsageError(t.badProfile(profileProblemText(e.path, e.problem, lang)));
      throw e;
    }
    const notes = guardOutputs(command, files, values, t);
    const run = load();
    const code = await run({ files, values, profile, lang, t, io });
    if (code === 0) for (const note of notes) io.err(note);
    return code;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`beschluss: ${e.message}`);
      return 2;
    }
    if (e instanceof DocxError) {
      io.err(`beschluss: ${t.docxError(e.reason, e.params)}`);
      return 2;
    }
    throw e;
  }
}

/** For bin/beschluss.js, which loads either the sources or the compiled file and needs these from both. */
export { removeTemporaryFilesOnSignal } from "./atomic-write";
export { CLI_MESSAGES } from "../i18n/cli-messages";
