import { createHash } from "node:crypto";
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { unzipSync } from "fflate";
import { parseArgs } from "node:util";
import { toMetadataXml } from "../core/metadata/metadata-xml";
import { toOParlPaper } from "../core/metadata/oparl-paper";
import { toVorlageJson } from "../core/metadata/vorlage-json";
import { fromVorlageJson } from "../core/metadata/vorlage-json-import";
import { clause, section, vorlage as emptyVorlage } from "../core/model/builders";
import { randomIds } from "../core/model/ids";
import type { Vorlage } from "../core/model/vorlage";
import { BUILTIN_PROFILES } from "../core/profile/builtin-profiles";
import type { Profile } from "../core/profile/profile";
import { DocxDocument } from "../document/docx/docx-document";
import { DocxError } from "../document/ooxml/docx-error";
import { CLI_MESSAGES, type CliMessages } from "../i18n/cli-messages";
import { InvalidValueError } from "../core/errors";
import { UnwritableTextError } from "../document/ooxml/writable-text";
import { recognizeDocx, type RecognizeResult } from "./recognize-docx";
import type { Lang } from "../i18n/format-finding";
import { writeFileAtomic } from "./atomic-write";
import { checkFile, type FileCheck } from "./check-file";
import { jsonReport, textReport } from "./check-report";
import { collectFiles } from "./collect-files";
import { runDiff } from "./diff-command";
import { loadProfile } from "./load-profile";
import { progressBar } from "./progress";
import { writeReportFiles } from "./report-files";

/** Where the command writes; tests pass their own. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const processIo: Io = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };

/** A failure the user can fix (a wrong option, an unusable profile, an unwritable folder): one line, exit 2. */
export class UsageError extends Error {}

const OPTIONS = {
  json: { type: "boolean" },
  lang: { type: "string" },
  profile: { type: "string" },
  format: { type: "string" },
  out: { type: "string", short: "o" },
  from: { type: "string" },
  renumber: { type: "boolean" },
  "in-place": { type: "boolean" },
  report: { type: "string" },
  csv: { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

type Values = { readonly [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]["type"] extends "boolean" ? boolean : string };

/** What a command gets: its files, the parsed options, the profile, the language's words, and where to write. */
export interface CommandContext {
  readonly files: readonly string[];
  readonly values: Values;
  readonly profile: Profile;
  readonly lang: Lang;
  readonly t: CliMessages;
  readonly io: Io;
}

/** One subcommand: adding a command is one entry in COMMANDS. */
export type Command = (ctx: CommandContext) => number | Promise<number>;

/**
 * Bidi overrides and isolates, C0/C1 controls and line separators from a document or a file
 * name would reorder or hide what the terminal shows: they are shown as \u{…} instead.
 * Line breaks and tabs of our own output stay.
 */
// eslint-disable-next-line no-control-regex -- neutralising exactly these characters is the point
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;
export const neutralise = (text: string): string => text.replace(UNSAFE, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`);

const processIoSafe: Io = { out: (x) => processIo.out(neutralise(x)), err: (x) => processIo.err(neutralise(x)) };

function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    try {
      return realpathSync(a) === realpathSync(b);
    } catch {
      return resolve(a) === resolve(b);
    }
  }
}

/** Reads a file the user named; a missing or unreadable one is a German sentence, not ENOENT. */
function readInput(file: string, t: CliMessages): Uint8Array {
  try {
    if (statSync(file).isDirectory()) throw new UsageError(t.cannotRead(file, t.errno("EISDIR")));
    return new Uint8Array(readFileSync(file));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(t.cannotRead(file, t.errno((e as NodeJS.ErrnoException).code ?? "EIO")));
  }
}

/** Writes an output file; a missing folder, a missing permission or a full disk is a German sentence naming the file we meant, never the temporary one. */
function writeOutput(path: string, data: Uint8Array | string, t: CliMessages): void {
  try {
    writeFileAtomic(path, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === undefined) throw e;
    throw new UsageError(t.cannotWrite(path, t.errno(code === "ENOENT" && !existsSync(dirname(resolve(path))) ? "ENOENT" : code)));
  }
}

/** A document leaves our engine only as bytes our own check reads; when it would not, say why (exit 2). */
function saved(doc: DocxDocument, t: CliMessages, path: string): Uint8Array {
  try {
    return doc.save();
  } catch (e) {
    if (e instanceof DocxError) throw new UsageError(t.cannotWrite(path, t.docxError(e.reason, e.params)));
    throw e;
  }
}

const check: Command = ({ files, values, profile, lang, io, t }) => {
  if (files.length === 0) throw new UsageError(t.needsFile);
  const collected = collectFiles(files);
  const bar = progressBar(collected.files.length);
  const results: FileCheck[] = collected.emptyDirectories.map((d) => ({ file: d, readable: false, error: t.noDocx }));
  for (const file of collected.files) {
    bar.tick(file);
    results.push(checkFile(file, profile, lang));
  }
  bar.done();
  io.out(values.json ? jsonReport(results, profile, lang) : textReport(results, profile, lang));
  for (const path of writeReportFiles(results, { html: values.report, csv: values.csv }, profile, lang)) io.err(t.written(path));
  if (results.some((r) => !r.readable)) return 2;
  return results.every((r) => r.readable && r.complete) ? 0 : 1;
};

const exportCommand: Command = ({ files, values, profile, io, t }) => {
  const [file] = files;
  if (!file) throw new UsageError(t.needsFile);
  const format = values.format ?? "json";
  if (!["json", "xml", "oparl"].includes(format)) throw new UsageError(t.badFormat);
  if (values.out && sameFile(file, values.out)) throw new UsageError(t.outputIsInput);
  const bytes = readInput(file, t);
  const doc = DocxDocument.open(bytes);
  const v = doc.read(profile).vorlage;
  let output: string;
  if (format === "xml") output = toMetadataXml(v, profile);
  else if (format === "json") output = JSON.stringify(toVorlageJson(v, profile), null, 2);
  else {
    const dates = doc.coreDates();
    const mtime = statSync(file).mtime.toISOString();
    output = JSON.stringify(
      toOParlPaper(v, profile, {
        created: dates.created ?? mtime,
        modified: dates.modified ?? mtime,
        mainFile: { fileName: basename(file), size: bytes.length, sha512Checksum: createHash("sha512").update(bytes).digest("hex") },
      }),
      null,
      2,
    );
  }
  if (values.out) {
    writeOutput(values.out, `${output}\n`, t);
    io.err(t.written(values.out));
  } else io.out(output);
  return 0;
};

const newCommand: Command = ({ values, profile, io, t }) => {
  const out = values.out;
  if (!out) throw new UsageError(t.needsOut);
  if (existsSync(out) && !values.force) throw new UsageError(t.exists(out));
  if (values.from && sameFile(values.from, out)) throw new UsageError(t.outputIsInput);
  let v: Vorlage;
  let p = profile;
  if (values.from) {
    const text = new TextDecoder().decode(readInput(values.from, t));
    try {
      const read = fromVorlageJson(JSON.parse(text));
      v = read.vorlage;
      if (!values.profile && BUILTIN_PROFILES[read.profil]) p = BUILTIN_PROFILES[read.profil] as Profile;
    } catch (e) {
      throw new UsageError(t.badJson((e as Error).message));
    }
  } else {
    const id = randomIds;
    const kinds = p.sectionKinds.map((k) => k.kind);
    v = emptyVorlage({ sections: kinds.map((kind) => section(id(), kind, [clause(id(), "")])) });
  }
  let doc: DocxDocument;
  try {
    doc = DocxDocument.create(v, p, new Date().toISOString());
  } catch (e) {
    // Text XML cannot hold (control characters in the JSON) is the user's input, not our bug.
    if (e instanceof UnwritableTextError) throw new UsageError(t.unwritable(e.where));
    if (e instanceof InvalidValueError) throw new UsageError(t.badJson(e.message));
    throw e;
  }
  writeOutput(out, saved(doc, t, out), t);
  io.err(t.written(out));
  return 0;
};

const recognizeCommand: Command = ({ files, values, profile, io, t }) => {
  const [file] = files;
  if (!file) throw new UsageError(t.needsFile);
  const target = values["in-place"] ? file : values.out;
  if (!target) throw new UsageError(t.needsOut);
  if (!values["in-place"] && sameFile(file, target)) throw new UsageError(t.sameFile);
  const input = readInput(file, t);
  let result: RecognizeResult;
  try {
    result = recognizeDocx(input, profile, { renumber: values.renumber === true });
  } catch (e) {
    if (e instanceof UnwritableTextError) throw new UsageError(t.unwritable(e.where));
    if (e instanceof DocxError && (e.reason === "zip-bomb" || e.reason === "too-large")) throw new UsageError(t.cannotWrite(target, t.docxError(e.reason, e.params)));
    throw e;
  }
  if (result.outcome.refusal === "already-structured") io.err(t.alreadyStructured);
  else if (result.outcome.refusal) io.err(t.notWrapped(result.outcome.refusal));
  if (values.renumber) io.err(t.renumbered(result.renumbered));
  if (tracksRevisions(input)) io.err(t.trackRevisions);
  writeOutput(target, result.bytes, t);
  io.err(t.written(target));
  return 0;
};

/** Whether the document asks Word to record changes as revisions (w:trackRevisions in its settings). */
function tracksRevisions(bytes: Uint8Array): boolean {
  try {
    const settings = unzipSync(bytes, { filter: (f) => f.name === "word/settings.xml" })["word/settings.xml"];
    return settings !== undefined && /<w:trackRevisions(\s[^>]*)?\/?>/.test(new TextDecoder().decode(settings)) && !/<w:trackRevisions[^>]*w:val="(false|0|off)"/.test(new TextDecoder().decode(settings));
  } catch {
    return false;
  }
}

/** The subcommands. Another command is one more line here. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  check,
  export: exportCommand,
  new: newCommand,
  recognize: recognizeCommand,
  diff: ({ files, values, profile, lang, io }) => runDiff(files, profile, lang, values.json === true, io),
};

const LANGS: readonly Lang[] = ["de", "en"];
const validOptions = Object.entries(OPTIONS)
  .map(([name, o]) => ("short" in o ? `--${name} (-${o.short})` : `--${name}`))
  .join(", ");

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
    let parsed: { values: Values; positionals: string[] };
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true }) as unknown as typeof parsed;
    } catch (e) {
      const option = /'([^']*)'?/.exec((e as Error).message)?.[1] ?? String(argv.find((a) => a.startsWith("-")) ?? "");
      throw new UsageError(t.unknownOption(option.replace(/'$/, ""), validOptions));
    }
    const { values, positionals } = parsed;
    const [command, ...files] = positionals;
    if (values.help || command === undefined || command === "help") {
      io.out(t.usage);
      return command === undefined && !values.help ? 2 : 0;
    }
    const run = COMMANDS[command];
    if (!run) throw new UsageError(t.unknownCommand(command));
    let profile: Profile;
    try {
      profile = loadProfile(values.profile);
    } catch (e) {
      throw new UsageError(t.badProfile((e as Error).message));
    }
    return await run({ files, values, profile, lang, t, io });
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
