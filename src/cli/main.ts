import { createHash } from "node:crypto";
import { readFileSync, realpathSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
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
import { DocxError } from "../document/docx/docx-error";
import { CLI_MESSAGES } from "../i18n/cli-messages";
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

/** A failure the user can fix (a wrong option, an unusable profile): one line, exit 2. */
class UsageError extends Error {}

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
  help: { type: "boolean", short: "h" },
} as const;

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

function openForEdit(file: string): DocxDocument {
  return DocxDocument.open(new Uint8Array(readFileSync(file)), { edit: true });
}

/** Runs the command line; returns the exit code (0 complete, 1 errors in a Vorlage, 2 unreadable input or bad usage). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let lang: Lang = "de";
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    lang = values.lang === "en" ? "en" : "de";
    const t = CLI_MESSAGES[lang];
    const [command, ...files] = positionals;
    if (values.help || command === undefined || command === "help") {
      io.out(t.usage);
      return command === undefined && !values.help ? 2 : 0;
    }
    let profile: Profile;
    try {
      profile = loadProfile(values.profile);
    } catch (e) {
      throw new UsageError(t.badProfile((e as Error).message));
    }
    switch (command) {
      case "check": {
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
      }
      case "export": {
        const [file] = files;
        if (!file) throw new UsageError(t.needsFile);
        const format = values.format ?? "json";
        if (!["json", "xml", "oparl"].includes(format)) throw new UsageError(t.badFormat);
        const bytes = new Uint8Array(readFileSync(file));
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
          writeFileAtomic(values.out, `${output}\n`);
          io.err(t.written(values.out));
        } else io.out(output);
        return 0;
      }
      case "new": {
        if (!values.out) throw new UsageError(t.needsOut);
        let v: Vorlage;
        let p = profile;
        if (values.from) {
          try {
            const read = fromVorlageJson(JSON.parse(readFileSync(values.from, "utf8")));
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
        writeFileAtomic(values.out, DocxDocument.create(v, p, new Date().toISOString()).save());
        io.err(t.written(values.out));
        return 0;
      }
      case "recognize": {
        const [file] = files;
        if (!file) throw new UsageError(t.needsFile);
        const target = values["in-place"] ? file : values.out;
        if (!target) throw new UsageError(t.needsOut);
        if (!values["in-place"] && sameFile(file, target)) throw new UsageError(t.sameFile);
        const doc = openForEdit(file);
        doc.structure(profile);
        if (values.renumber) doc.renumber(profile);
        doc.writeMetadata(doc.read(profile).vorlage, profile);
        writeFileAtomic(target, doc.save());
        io.err(t.written(target));
        return 0;
      }
      case "diff":
        return runDiff(files, profile, lang, values.json === true, io);
      default:
        throw new UsageError(t.unknownCommand(command));
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof DocxError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") || (e as NodeJS.ErrnoException).code === "ENOENT") {
      io.err(`beschluss: ${(e as Error).message}`);
      return 2;
    }
    throw e;
  }
}
