import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { basename } from "node:path";
import { toMetadataXml } from "../core/metadata/metadata-xml";
import { herkunftOf } from "../core/metadata/not-stated";
import { toOParlPaper } from "../core/metadata/oparl-paper";
import { toVorlageJson } from "../core/metadata/vorlage-json";
import { keineVorlage } from "../core/validation/keine-vorlage";
import { DocxDocument } from "../document/docx/docx-document";
import { formatFinding } from "../i18n/format-finding";
import { UsageError, type Command } from "./command";
import { profileFor } from "../core/profile/document-profile";
import { jsonText } from "./terminal-text";
import { readInput, sameFile, writeOutput } from "./user-files";

/** `beschluss export FILE [--format json|xml|oparl] [-o OUT]`: the metadata of one Vorlage. */
export const exportCommand: Command = ({ files, values, profile: given, io, t, lang }) => {
  const [file] = files;
  if (!file) throw new UsageError(t.needsFile);
  const format = values.format ?? "json";
  if (!["json", "xml", "oparl"].includes(format)) throw new UsageError(t.badFormat);
  if (values.out && values.out !== "-" && sameFile(file, values.out)) throw new UsageError(t.outputIsInput);
  const bytes = readInput(file, t);
  const doc = DocxDocument.open(bytes);
  // The profile the document names (its body, Gremien and house style), unless --profile chose one.
  const { profile } = profileFor(doc.storedProfileId(), given, values.profile !== undefined);
  const read = doc.read(profile);
  // A document that is no Vorlage (check: „keine Vorlage erkannt“, exit 1) has no metadata to export: an empty Paper or
  // JSON would hand a Ratsinformationssystem a record of nothing. Refused as check reports it, with check's exit code.
  const notAVorlage = keineVorlage(read.findings);
  if (notAVorlage) {
    io.err(`beschluss: ${t.fileFailed(file, `${formatFinding(notAVorlage, lang, profile)} ${t.notExported}`)}`);
    return 1;
  }
  // One reading for every output (tryout7 F8): the values check shows, also a Gremium recognition only inferred or an amount
  // read with doubt. JSON marks them (`herkunft`, and `new --from` prints none of them as stated); XML and OParl have no place to.
  const v = read.vorlage;
  // What the body prints: a recognised plain document's headings and numbers, or the numbers a
  // structured one shows in its controls (none where recognition wrapped unnumbered paragraphs).
  const printed = read.printed ?? (read.structured ? { headings: new Map<string, string>() } : undefined);
  let output: string;
  if (format === "xml") output = toMetadataXml(v, profile);
  else if (format === "json") output = jsonText(toVorlageJson(v, profile, printed, herkunftOf(read.findings)));
  else {
    const dates = doc.coreDates();
    const mtime = statSync(file).mtime.toISOString();
    output = jsonText(
      toOParlPaper(v, profile, {
        created: dates.created ?? mtime,
        modified: dates.modified ?? mtime,
        ...(printed ? { printed } : {}),
        mainFile: { fileName: basename(file), size: bytes.length, sha512Checksum: createHash("sha512").update(bytes).digest("hex") },
      }),
    );
  }
  if (values.out && values.out !== "-") {
    writeOutput(values.out, `${output}\n`, t);
    io.err(t.written(values.out));
  } else io.out(output);
  return 0;
};
