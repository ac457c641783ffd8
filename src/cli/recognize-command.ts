import { unzipSync } from "fflate";
import { UnchangeableDocumentError } from "../document/docx/docx-document";
import { DocxError } from "../document/ooxml/docx-error";
import { UnwritableTextError } from "../document/ooxml/writable-text";
import { UsageError, type Command, type CommandContext } from "./command";
import { NotAVorlageError, ReferenceFieldsBrokenError, RenumberBreaksReferencesError, RenumberDropsUserMarkupError, RenumberFlattensOutlineError, recognizeDocx, type RecognizeResult } from "./recognize-docx";
import { formatFinding } from "../i18n/format-finding";
import { signalsHeard } from "./atomic-write";
import { readInput, sameFile, writeOutput } from "./user-files";
import { sequentialIds } from "../core/model/ids";
import { recognize } from "../core/recognize/recognize";
import { DocxDocument, wordKindOf, type WordKind } from "../document/docx/docx-document";
import { recognitionInput } from "../document/ooxml/body-vorlage";
import { showPath } from "../i18n/cli-messages";
import { EXPLAIN_MESSAGES } from "../i18n/explain-messages";
import { explainLine, explainRole } from "../i18n/explain-line";
import { profileFor } from "../core/profile/document-profile";

/**
 * `beschluss recognize FILE… (-o OUT | --in-place) [--renumber] [--ignore-protection]`: a plain
 * document gets our structure. With --in-place every named file is done (one that cannot be
 * is named, the others are still done, exit 2); -o takes exactly one file.
 */
export const recognizeCommand: Command = async (ctx) => {
  const { files, values, io, t } = ctx;
  if (files.length === 0) throw new UsageError(t.needsFile);
  if (values.explain) return explain(ctx);
  if (!values["in-place"] && !values.out) throw new UsageError(t.needsOut);
  if (values["in-place"] && values.out !== undefined) throw new UsageError(t.inPlaceAndOut);
  if (files.length > 1 && !values["in-place"]) throw new UsageError(t.oneOutput);
  if (files.length === 1) return await recognizeFile(files[0] as string, ctx);
  let code = 0;
  for (const file of files) {
    try {
      const one = await recognizeFile(file, ctx);
      if (one !== 0) code = Math.max(code, one);
    } catch (e) {
      if (e instanceof UsageError) io.err(`beschluss: ${t.fileFailed(file, e.message)}`);
      else if (e instanceof DocxError) io.err(`beschluss: ${t.fileFailed(file, t.docxError(e.reason, e.params))}`);
      else throw e;
      code = 2;
    }
  }
  return code;
};

async function recognizeFile(file: string, ctx: CommandContext): Promise<number> {
  const { values, profile, io, t } = ctx;
  const target = values["in-place"] ? file : (values.out as string);
  if (!values["in-place"] && sameFile(file, target)) throw new UsageError(t.sameFile);
  const input = readInput(file, t);
  const ignoreProtection = values["ignore-protection"] === true;
  let result: RecognizeResult;
  let kind: WordKind = "document";
  try {
    // A document with macros or a template keeps its kind; written under -o, whose name ends in .docx, Word would refuse to open it.
    if (!values["in-place"]) kind = wordKindOf(input);
    if (kind !== "document") throw new UsageError(t.notADocxKind(file, kind));
    result = recognizeDocx(input, profile, { renumber: values.renumber === true, references: values.references === true, ignoreProtection, chosen: values.profile !== undefined });
  } catch (e) {
    if (e instanceof NotAVorlageError) {
      io.err(`beschluss: ${t.fileFailed(file, `${formatFinding(e.finding, ctx.lang, profile)} ${t.leftUnchanged}`)}`);
      return 1;
    }
    if (e instanceof RenumberFlattensOutlineError) throw new UsageError(t.renumberFlattensOutline(e.outline.unterziffer, e.outline.oberziffer));
    if (e instanceof RenumberDropsUserMarkupError) throw new UsageError(t.renumberDropsUserMarkup(e.numbers));
    if (e instanceof RenumberBreaksReferencesError) throw new UsageError(t.renumberBreaksReferences(e.references, e.linked, e.inText));
    if (e instanceof ReferenceFieldsBrokenError) throw new UsageError(t.referenceFieldsBroken(e.fields));
    if (e instanceof UnchangeableDocumentError) throw new UsageError(t.unchangeable(e.why, ignoreProtection));
    if (e instanceof UnwritableTextError) throw new UsageError(t.unwritable(e.where));
    if (e instanceof DocxError && (e.reason === "zip-bomb" || e.reason === "too-large")) throw new UsageError(t.cannotWrite(target, t.docxError(e.reason, e.params)));
    throw e;
  }
  io.err(t.profileUsed(result.profile));
  // The form of another built-in profile is said now, before the profile read with is stored (check says it too).
  for (const hint of result.otherProfileForm) io.err(t.otherProfileForm(formatFinding(hint, ctx.lang, profile), String(hint.params["profil"] ?? "")));
  if (result.outcome.refusal === "already-structured") io.err(t.alreadyStructured);
  else if (result.outcome.refusal && result.outcome.refusal !== "keine-vorlage") io.err(t.notWrapped(result.outcome.refusal));
  const left = result.outcome.left ?? [];
  // A header value left as text is no number: named apart, so that no Betreff is called a number --renumber would correct.
  const numbersLeft = left.filter((l) => l.kind !== "field");
  const valuesLeft = left.filter((l) => l.kind === "field");
  if (numbersLeft.length > 0) io.err(t.numbersLeft(numbersLeft.map((l) => l.text)));
  if (valuesLeft.length > 0) io.err(t.valuesLeft(valuesLeft.map((l) => l.text)));
  if ((result.outcome.adoptedReferences ?? 0) > 0) io.err(t.referencesAdopted(result.outcome.adoptedReferences ?? 0));
  if (values.references) io.err(t.referencesLinked(result.linked));
  if (values.references && result.onList > 0) io.err(t.referencesOnList(result.onList));
  if (values.renumber && result.renumberSkipped.outline.length > 0) io.err(t.renumberKeptOutline(result.renumberSkipped.outline));
  if (values.renumber && result.renumberSkipped.ownScheme) io.err(t.renumberKeptOwnScheme(result.renumberSkipped.ownScheme));
  if (values.renumber && result.renumberSkipped.unnumbered > 0) io.err(t.renumberKeptUnnumbered(result.renumberSkipped.unnumbered));
  if (values.renumber) io.err(t.renumbered(result.renumbered - (result.renumberedReferences ?? 0), result.renumberedReferences ?? 0));
  if (result.keptProperties.length > 0) io.err(t.propertiesKept(result.keptProperties));
  if (tracksRevisions(input)) io.err(t.trackRevisions);
  // Recognising is synchronous: a Ctrl-C or SIGTERM that came meanwhile is only heard now, and
  // must stop the command before the file is replaced (the one in progress stays old).
  await signalsHeard();
  if (values["in-place"] && !result.changed) {
    io.err(t.nothingToChange(target));
    return 0;
  }
  writeOutput(target, result.bytes, t);
  io.err(t.written(target));
  return 0;
}

/**
 * `recognize --explain`: every line (a paragraph or a table row) with the role the decoder gave it
 * and the features that decided it. Reads only; writes no file.
 */
function explain({ files, io, profile: given, values, lang, t }: CommandContext): number {
  const m = EXPLAIN_MESSAGES[lang];
  for (const file of files) {
    let paragraphs;
    let profile = given;
    try {
      const doc = DocxDocument.open(readInput(file, t));
      profile = profileFor(doc.storedProfileId(), given, values.profile !== undefined).profile;
      paragraphs = doc.paragraphs();
    } catch (e) {
      if (e instanceof DocxError) throw new UsageError(t.fileFailed(file, t.docxError(e.reason, e.params)));
      throw e;
    }
    const r = recognize(recognitionInput(paragraphs), profile, sequentialIds("e"));
    const shown = r.lines.filter((l) => l.decoded.role !== "empty");
    io.out(m.heading(showPath(file), shown.length));
    // The role column as wide as its widest entry here, so that every line's text starts in one column.
    const width = Math.max(0, ...shown.map((l) => explainRole(lang, l, r.places).length));
    for (const l of shown) io.out(explainLine(lang, l, r.places, width));
  }
  return 0;
}

/** Whether the document asks Word to record changes as revisions (w:trackRevisions in its settings). */
function tracksRevisions(bytes: Uint8Array): boolean {
  try {
    const settings = unzipSync(bytes, { filter: (f) => f.name === "word/settings.xml" })["word/settings.xml"];
    return settings !== undefined && /<w:trackRevisions(\s[^>]*)?\/?>/.test(new TextDecoder().decode(settings)) && !/<w:trackRevisions[^>]*w:val="(false|0|off)"/.test(new TextDecoder().decode(settings));
  } catch {
    return false;
  }
}
