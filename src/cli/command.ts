import type { Profile } from "../core/profile/profile";
import type { CliMessages } from "../i18n/cli-messages";
import type { Lang } from "../i18n/format-finding";

/** Where the command writes; tests pass their own. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Standard output as it is, for a report written to `-` (HTML or CSV, which the terminal's neutralising would change). */
  readonly raw?: (text: string) => void;
}

/** The command line's options (node:util parseArgs); every command gets the same set. */
export const OPTIONS = {
  json: { type: "boolean" },
  lang: { type: "string" },
  profile: { type: "string" },
  format: { type: "string" },
  out: { type: "string", short: "o" },
  from: { type: "string" },
  renumber: { type: "boolean" },
  references: { type: "boolean" },
  "in-place": { type: "boolean" },
  report: { type: "string" },
  csv: { type: "string" },
  force: { type: "boolean" },
  "ignore-protection": { type: "boolean" },
  explain: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * The options each command takes, beside --lang, --profile and --help, which all take. An
 * option of another command is refused, not ignored: `check --from x` would otherwise look
 * as if it did something.
 */
export const COMMAND_OPTIONS: Readonly<Record<string, readonly (keyof typeof OPTIONS)[]>> = {
  check: ["json", "report", "csv", "force"],
  export: ["format", "out", "force"],
  new: ["out", "from", "force"],
  recognize: ["out", "force", "renumber", "references", "in-place", "ignore-protection", "explain"],
  diff: ["json"],
};

/** Options every command takes. */
export const COMMON_OPTIONS: readonly (keyof typeof OPTIONS)[] = ["lang", "profile", "help"];

export type Values = { readonly [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]["type"] extends "boolean" ? boolean : string };

/** What a command gets: its files, the parsed options, the profile, the language's words, and where to write. */
export interface CommandContext {
  readonly files: readonly string[];
  readonly values: Values;
  readonly profile: Profile;
  readonly lang: Lang;
  readonly t: CliMessages;
  readonly io: Io;
}

/** One subcommand, in a module of its own so that running one loads only what it needs. */
export type Command = (ctx: CommandContext) => number | Promise<number>;

/** A failure the user can fix (a wrong option, an unusable profile, an unwritable folder): one line, exit 2. */
export class UsageError extends Error {}
