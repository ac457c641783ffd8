import type { Vorlage } from "../core/model/vorlage";
import { profileFor } from "../core/profile/document-profile";
import type { ProfileUse } from "../core/profile/profile-choice";
import type { Profile } from "../core/profile/profile";
import type { VersionDates } from "../core/report/duplicates";
import { reportRow, type ReportRow } from "../core/report/report-model";
import { checkedFindings } from "../document/docx/checked-findings";
import { DocxDocument } from "../document/docx/docx-document";
import { DocxError } from "../document/ooxml/docx-error";
import { DEFAULT_LIMITS } from "../document/docx/zip-package";
import { DESK_MESSAGES, type UnreadableReason } from "../i18n/desk-messages";

/**
 * What the page keeps of one file: its row (with its findings) and its Vorlage (for the detail
 * view and the comparison). Plain data: it is made in the Web Worker and posted to the page.
 */
export interface DeskEntry {
  /** Position in the reviewer's selection, so that rows keep the order the files came in. */
  readonly id: number;
  /** The report row, as `beschluss check --report/--csv` makes it (its `error` in German). */
  readonly row: ReportRow;
  /** Why the file could not be read, as a code, so that the page can say it in English too. */
  readonly reason: UnreadableReason | undefined;
  readonly vorlage: Vorlage | undefined;
  readonly structured: boolean;
  readonly recovered: boolean;
  /** The profile the file was read with, and why (the detail view says it); undefined for an unreadable file. */
  readonly profile?: ProfileUse;
}

/** The compound-file signature of the old binary .doc format (and of other OLE files). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function unreadable(id: number, file: string, reason: UnreadableReason, detail: string): DeskEntry {
  return { id, row: reportRow({ file, readable: false, error: `${DESK_MESSAGES.de.reasons[reason]} (${detail})` }), reason, vorlage: undefined, structured: false, recovered: false };
}

/** Too large to be worth loading into memory at all: decided from the size before the bytes are read. */
export function tooLarge(id: number, file: string, size: number): DeskEntry | undefined {
  return size > DEFAULT_LIMITS.maxFileBytes ? unreadable(id, file, "too-large", `${(size / 1048576).toFixed(1)} MB`) : undefined;
}

/**
 * Reads and checks one file exactly as `beschluss check` does (structured, recognised or
 * recovered; then validated), with the dates that tell its version from others of the same
 * Vorlagen-Nr. (`fileModified` is File.lastModified). Corrupt or hostile input becomes an unreadable row with its
 * reason; anything else thrown is a bug and is not caught here. As `check` does, a document
 * that names a built-in profile (a draft made in Karlsruhe's house style) is read with it,
 * unless the reviewer `chose` the profile (the page's ?profile=): checked against another
 * city's rules it would show findings that are not true of it.
 */
export function readEntry(id: number, file: string, bytes: Uint8Array, given: Profile, fileModified?: number, chosen = false): DeskEntry {
  if (bytes.length === 0) return unreadable(id, file, "empty-file", "0 bytes");
  try {
    const doc = DocxDocument.open(bytes);
    const { profile, use } = profileFor(doc.storedProfileId(), given, chosen);
    const read = doc.read(profile);
    const findings = checkedFindings(doc, read, profile);
    const core = doc.coreDates();
    const dates: VersionDates = {
      ...(core.modified !== undefined ? { metadataModified: core.modified } : {}),
      ...(core.created !== undefined ? { propertiesDate: core.created } : {}),
      ...(fileModified !== undefined && Number.isFinite(fileModified) ? { fileModified: new Date(fileModified).toISOString() } : {}),
    };
    return {
      id,
      row: reportRow({ file, readable: true, structured: read.structured, recovered: read.recovered, findings, vorlage: read.vorlage, dates, profile: profile.id }),
      reason: undefined,
      vorlage: read.vorlage,
      structured: read.structured,
      recovered: read.recovered,
      profile: use,
    };
  } catch (e) {
    if (!(e instanceof DocxError)) throw e;
    const legacy = e.reason === "not-a-zip" && OLE.every((b, i) => bytes[i] === b);
    return unreadable(id, file, legacy ? "legacy-doc" : e.reason, e.message);
  }
}
