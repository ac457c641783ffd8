import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { sequentialIds } from "../../src/core/model/ids";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { validate } from "../../src/core/validation/validate";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { W_NS } from "../../src/document/ooxml/ooxml";
import { recognizeDocx } from "../../src/cli/recognize-docx";
import { RenumberDropsUserMarkupError } from "../../src/document/marked-numbers";
import { generateDocument, type GeneratedDocument } from "./document-generator";

/**
 * The promises `beschluss recognize` makes about a document, checked on generated ones:
 * idempotent part by part, the text Word shows unchanged (with --renumber: only wrong
 * numbers change), no finding added by the check, parts we do not own byte for byte.
 */

/**
 * The text Word shows for a main part, one line per paragraph, written independently of
 * our reader: every w:t outside deletions, tabs and breaks; field codes, deleted text and
 * control properties do not show.
 */
export function visibleText(xml: string): string[] {
  const lines: string[] = [];
  let line = "";
  let hidden = 0;
  let inT = false;
  let depthP = 0;
  const parser = new SaxesParser({ xmlns: true });
  const HIDE = new Set(["del", "moveFrom", "instrText", "delText", "sdtPr", "rPr", "pPr", "footnoteReference"]);
  parser.on("opentag", (n) => {
    if (n.uri !== W_NS) return;
    if (HIDE.has(n.local)) hidden++;
    else if (hidden === 0) {
      if (n.local === "t") inT = true;
      if (n.local === "tab") line += "\t";
      if (n.local === "br" || n.local === "cr") line += "\n";
      if (n.local === "p") depthP++;
    }
  });
  parser.on("closetag", (n) => {
    if (n.uri !== W_NS) return;
    if (HIDE.has(n.local)) hidden--;
    else if (hidden === 0) {
      if (n.local === "t") inT = false;
      if (n.local === "p" && --depthP === 0) {
        lines.push(line);
        line = "";
      }
    }
  });
  parser.on("text", (text) => {
    if (inT && hidden === 0) line += text;
  });
  parser.write(xml).close();
  return lines;
}

/** Parts the command writes; every other part must come back byte for byte. */
const OURS = /^(\[Content_Types\]\.xml|_rels\/\.rels|word\/document\.xml|word\/_rels\/document\.xml\.rels|docProps\/custom\.xml|customXml\/.*)$/;

/** What a check sees: finding codes counted, and the sections and clauses with their shown numbers. */
function checked(bytes: Uint8Array): { codes: Map<string, number>; clauses: string; typed: string[] } {
  const read = DocxDocument.open(bytes).read(WIESBADEN, sequentialIds("c"));
  const codes = new Map<string, number>();
  const typed: string[] = [];
  for (const f of [...validate(read.vorlage, WIESBADEN), ...read.findings]) {
    if (f.code === "structure-number-typed") typed.push(`${f.location.type} ${String(f.params["nummer"])}`);
    else codes.set(f.code, (codes.get(f.code) ?? 0) + 1);
  }
  const clauses = read.vorlage.sections.flatMap((s) => [`§ ${s.kind} ${s.writtenNumber ?? ""}`, ...s.clauses.map((c) => `${c.writtenNumber ?? ""} ${c.text}`)]);
  // Blank paragraphs inside a clause: recognition skips them, a structured read keeps them (issue 12 decides).
  return { codes, clauses: JSON.stringify(clauses).replace(/(\\n)+/g, "\\n"), typed };
}

export interface InvariantFigures {
  documents: number;
  byKind: Record<string, number>;
  wrapped: number;
  refused: Record<string, number>;
  /** Numbers left as the user's text (in a hyperlink, tracked change, field, smartTag) while the rest was structured. */
  numbersLeft: number;
  /** Documents with at least one such number. */
  documentsWithLeft: number;
  numbersCorrected: number;
  /** Documents --renumber refused because a wrong number carries the user's tracked change or comment. */
  renumberRefused: number;
  features: Record<string, number>;
  violations: string[];
}

/** Checks one generated document; returns what broke (empty: every invariant holds). */
export function checkDocument(d: GeneratedDocument, label: string, figures?: InvariantFigures): string[] {
  const broken: string[] = [];
  const say = (what: string) => broken.push(`${label} (${d.kind}; ${[...new Set(d.features)].join(", ")}): ${what}`);
  const before = unzipSync(d.bytes);
  const once = recognizeDocx(d.bytes, WIESBADEN, { ids: sequentialIds("a") });
  const after = unzipSync(once.bytes);
  // 1. Idempotent, part by part.
  const twice = unzipSync(recognizeDocx(once.bytes, WIESBADEN, { ids: sequentialIds("b") }).bytes);
  const names = new Set([...Object.keys(after), ...Object.keys(twice)]);
  for (const name of names) {
    const a = after[name];
    const b = twice[name];
    if (!a || !b || !Buffer.from(a).equals(Buffer.from(b))) say(`second run changed ${name}`);
  }
  // 2. The text Word shows is unchanged.
  const shown = visibleText(strFromU8(before["word/document.xml"] as Uint8Array));
  if (JSON.stringify(visibleText(strFromU8(after["word/document.xml"] as Uint8Array))) !== JSON.stringify(shown)) say("visible text changed");
  // 3. The Vorlage read back is the one read before (structure added, meaning kept); 4. no finding added.
  const was = checked(d.bytes);
  const now = checked(once.bytes);
  if (now.clauses !== was.clauses) say(`sections and clauses read differently: ${was.clauses} → ${now.clauses}`);
  for (const [code, n] of now.codes) if (n > (was.codes.get(code) ?? 0)) say(`check found ${code} ${n}× (before: ${was.codes.get(code) ?? 0}×)`);
  // 4b. The one finding structuring may add names exactly the numbers it left as text, each once.
  const left = (once.outcome.left ?? []).filter((l) => l.kind !== "field").map((l) => `${l.kind} ${l.text}`);
  if (JSON.stringify([...now.typed].sort()) !== JSON.stringify([...was.typed, ...left].sort())) say(`numbers left as text ${JSON.stringify(left)}, but the check names ${JSON.stringify(now.typed)}`);
  // 5. Parts we do not own, byte for byte; none lost.
  for (const [name, bytes] of Object.entries(before)) {
    const out = after[name];
    if (!out) say(`part ${name} lost`);
    else if (!OURS.test(name) && !Buffer.from(out).equals(Buffer.from(bytes))) say(`part ${name} changed`);
  }
  // 6. With --renumber only wrong numbers change, each to its right value; or, where a wrong number carries the
  // user's tracked change or comment, nothing is written and the refusal names only wrong numbers (never skipped).
  let renumbered: ReturnType<typeof recognizeDocx> | undefined;
  try {
    renumbered = recognizeDocx(d.bytes, WIESBADEN, { renumber: true, ids: sequentialIds("r") });
  } catch (e) {
    if (!(e instanceof RenumberDropsUserMarkupError)) throw e;
    const wrongNumbers = new Set([...d.wrong.values()].map((w) => w.written));
    for (const n of e.numbers) if (!wrongNumbers.has(n.number)) say(`--renumber refused for ${n.number}, which is right`);
  }
  const fixed = renumbered ? visibleText(strFromU8(unzipSync(renumbered.bytes)["word/document.xml"] as Uint8Array)) : shown;
  if (fixed.length !== shown.length) say("--renumber changed the number of paragraphs");
  const wrongs = [...d.wrong.values()];
  let corrected = 0;
  shown.forEach((line, i) => {
    const now = fixed[i] ?? "";
    if (now === line) return;
    const m = /^(-\s)?(\S+)\t/u.exec(line);
    const ok = m !== null && wrongs.some((w) => w.written === m[2] && now === line.replace(`${m[1] ?? ""}${w.written}\t`, `${m[1] ?? ""}${w.right}\t`));
    if (!ok) say(`--renumber changed "${line}" to "${now}"`);
    else corrected++;
  });
  if (figures) {
    figures.documents++;
    figures.byKind[d.kind] = (figures.byKind[d.kind] ?? 0) + 1;
    if (once.outcome.wrapped) figures.wrapped++;
    else figures.refused[once.outcome.refusal ?? "?"] = (figures.refused[once.outcome.refusal ?? "?"] ?? 0) + 1;
    figures.numbersCorrected += corrected;
    if (!renumbered) figures.renumberRefused++;
    figures.numbersLeft += left.length;
    if (left.length > 0) figures.documentsWithLeft++;
    for (const f of new Set(d.features)) figures.features[f] = (figures.features[f] ?? 0) + 1;
    figures.violations.push(...broken);
  }
  return broken;
}

/** Runs `count` generated documents from `seed`; reproducible. */
export function runInvariants(count: number, seed: number): InvariantFigures {
  const figures: InvariantFigures = { documents: 0, byKind: {}, wrapped: 0, refused: {}, numbersLeft: 0, documentsWithLeft: 0, numbersCorrected: 0, renumberRefused: 0, features: {}, violations: [] };
  for (let n = 0; n < count; n++) checkDocument(generateDocument(seed, n), `seed ${seed} #${n}`, figures);
  return figures;
}
