import { unzipSync } from "fflate";
import { DocxError } from "../document/ooxml/docx-error";
import { UnwritableTextError } from "../document/ooxml/writable-text";
import { UsageError, type Command } from "./command";
import { recognizeDocx, type RecognizeResult } from "./recognize-docx";
import { readInput, sameFile, writeOutput } from "./user-files";

/** `beschluss recognize FILE (-o OUT | --in-place) [--renumber]`: a plain document gets our structure. */
export const recognizeCommand: Command = ({ files, values, profile, io, t }) => {
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
  const left = result.outcome.left ?? [];
  if (left.length > 0) io.err(t.numbersLeft(left.map((l) => l.text)));
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
