import { diffVorlagen, type DiffSide } from "../core/diff/vorlage-diff";
import { profileOfUse } from "../core/profile/document-profile";
import type { Profile } from "../core/profile/profile";
import { withSharedTextResults } from "../core/text-memo";
import { CLI_MESSAGES, showPath } from "../i18n/cli-messages";
import { DIFF_MESSAGES } from "../i18n/diff-messages";
import type { Lang } from "../i18n/format-finding";
import { checkFile } from "./check-file";
import { diffJson, diffText } from "./diff-report";

/** Where the command writes; the same shape as main's. */
interface Out {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/**
 * `beschluss diff ALT.docx NEU.docx`: exit 0 when the versions' content is the same (text, numbers,
 * fields), 1 when it differs, 2 when a file cannot be read (one line each, German by default). Errors
 * and warnings that appeared or went are listed but do not decide the exit code (findings-diff.ts). Both versions are
 * read with one profile, so that their numbers and findings compare: `--profile` (`chosen`),
 * else the built-in one the newer version names (a Karlsruhe draft is compared by Karlsruhe's
 * rules, as `check` reads it), else the default.
 */
export function runDiff(files: readonly string[], given: Profile, lang: Lang, json: boolean, io: Out, chosen = false): number {
  if (files.length !== 2) {
    io.err(`beschluss: ${DIFF_MESSAGES[lang].needsTwoFiles}`);
    return 2;
  }
  const [oldFile, newFile] = files as [string, string];
  // The newer version first, with the profile it names unless one was chosen; the older with the same.
  // Both in one scope: what validation finds in a text the versions share is computed once (text-memo.ts).
  const { profile, checks } = withSharedTextResults(() => {
    const newer = checkFile(newFile, given, lang, chosen);
    const profile = newer.readable ? profileOfUse(newer.profile, given) : given;
    return { profile, checks: [checkFile(oldFile, profile, lang, true), newer] };
  });
  const sides: DiffSide[] = [];
  for (const c of checks) {
    if (!c.readable) io.err(`${showPath(c.file)}: ${CLI_MESSAGES[lang].unreadable} – ${c.error}`);
    else sides.push({ vorlage: c.vorlage, findings: c.findings, stableIds: c.structured });
  }
  if (sides.length !== 2) return 2;
  const diff = diffVorlagen(sides[0] as DiffSide, sides[1] as DiffSide, profile.numbering);
  io.out(json ? diffJson(diff, oldFile, newFile, profile, lang) : diffText(diff, oldFile, newFile, profile, lang));
  return diff.equal ? 0 : 1;
}
