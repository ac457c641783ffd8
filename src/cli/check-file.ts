import { statSync } from "node:fs";
import type { Vorlage } from "../core/model/vorlage";
import type { VersionDates } from "../core/report/duplicates";
import type { Profile } from "../core/profile/profile";
import { isComplete, type Finding } from "../core/validation/finding";
import { keineVorlage } from "../core/validation/keine-vorlage";
import { checkedFindings } from "../document/docx/checked-findings";
import { DocxDocument } from "../document/docx/docx-document";
import { DocxError } from "../document/ooxml/docx-error";
import { DEFAULT_LIMITS } from "../document/docx/zip-package";
import { CLI_MESSAGES } from "../i18n/cli-messages";
import type { Lang } from "../i18n/format-finding";
import { profileFor } from "../core/profile/document-profile";
import type { ProfileUse } from "../core/profile/profile-choice";
import { InputRefusedError, readRegularFile, refusalText } from "./read-regular-file";

export type FileCheck =
  | {
      readonly file: string;
      readonly readable: true;
      readonly structured: boolean;
      readonly recovered: boolean;
      readonly complete: boolean;
      /** The document is no Vorlage (a letter, a Niederschrift): `findings` then holds only the finding that says why. */
      readonly keineVorlage: boolean;
      readonly findings: readonly Finding[];
      readonly vorlage: Vorlage;
      /** When this version was changed: the report counts the newest of several files with one Vorlagen-Nr. */
      readonly dates: VersionDates;
      /** The profile the file was read and validated with, and why (the report says it). */
      readonly profile: ProfileUse;
      /** A recognised document's section headings as it prints them (section id → heading), for the report to say what the document says. */
      readonly headings?: ReadonlyMap<string, string>;
    }
  | { readonly file: string; readonly readable: false; readonly error: string };

/**
 * Checks one file: read (structured, recognised or recovered), then validate. Anything a
 * file can be — missing, unreadable, a directory, a device or FIFO (also behind a link), too
 * large, not a zip, hostile XML — ends as a one-line reason, never a stack trace. The profile
 * is the one the document names unless `chosen` (see document-profile.ts).
 */
export function checkFile(file: string, given: Profile, lang: Lang, chosen = false): FileCheck {
  const t = CLI_MESSAGES[lang];
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(file, DEFAULT_LIMITS.maxFileBytes);
  } catch (e) {
    if (e instanceof InputRefusedError) return { file, readable: false, error: refusalText(e.refusal, t) };
    throw e;
  }
  try {
    const doc = DocxDocument.open(bytes);
    // `chosen`: --profile was given, and wins over the profile the document names.
    const { profile, use } = profileFor(doc.storedProfileId(), given, chosen);
    const read = doc.read(profile);
    const all = checkedFindings(doc, read, profile);
    const notAVorlage = keineVorlage(all);
    const findings = notAVorlage ? [notAVorlage] : all;
    const core = doc.coreDates();
    const mtime = statSync(file, { throwIfNoEntry: false })?.mtime;
    const dates: VersionDates = {
      ...(core.modified !== undefined ? { metadataModified: core.modified } : {}),
      ...(core.created !== undefined ? { propertiesDate: core.created } : {}),
      ...(mtime !== undefined ? { fileModified: mtime.toISOString() } : {}),
    };
    return { file, readable: true, structured: read.structured, recovered: read.recovered, complete: notAVorlage === undefined && isComplete(findings), keineVorlage: notAVorlage !== undefined, findings, vorlage: read.vorlage, dates, profile: use, ...(read.printed ? { headings: read.printed.headings } : {}) };
  } catch (e) {
    if (e instanceof DocxError) return { file, readable: false, error: t.docxError(e.reason, e.params) };
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM" || code === "EISDIR" || code === "ENOENT") return { file, readable: false, error: t.errno(code) };
    throw e;
  }
}
