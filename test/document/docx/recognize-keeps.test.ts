import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sequentialIds } from "../../../src/core/model/ids";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import type { Finding } from "../../../src/core/validation/finding";
import { validate } from "../../../src/core/validation/validate";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { CORPUS_DIR } from "../../fixtures/corpus/evaluate";
import { OTHER_CITIES } from "../../fixtures/corpus/other-cities";
import { CORPUS } from "../../fixtures/corpus/sources";
import { plainDocx } from "../../fixtures/docx";

/**
 * `beschluss recognize` gives a plain document our structure in place. It must keep all it
 * recognised: checking the structured document finds nothing that checking the original did
 * not, and the Vorlage read back is the one `check` reported, field by field.
 */
function check(bytes: Uint8Array, profile: typeof WIESBADEN): { vorlage: Vorlage; findings: Finding[] } {
  const read = DocxDocument.open(bytes).read(profile, sequentialIds("r"));
  return { vorlage: read.vorlage, findings: [...validate(read.vorlage, profile), ...read.findings] };
}

/** What `beschluss recognize` does: structure in place, then write the metadata read back. */
function recognizeCommand(bytes: Uint8Array, profile: typeof WIESBADEN): Uint8Array {
  const doc = DocxDocument.open(bytes, { edit: true });
  doc.structure(profile, sequentialIds("s"));
  doc.writeMetadata(doc.read(profile, sequentialIds("m")).vorlage, profile);
  return doc.save();
}

/** A finding without the ids of what it points at: the same problem in both readings. */
const key = (f: Finding, v: Vorlage): string => {
  const l = f.location;
  const at =
    l.type === "field" ? l.field : l.type === "block" ? `${l.block}/${l.field ?? ""}` : l.type === "document" ? "" : l.type === "entry" ? `${l.list}#${(l.list === "quellen" ? (v.finanzierung?.quellen ?? []) : v[l.list]).findIndex((e) => e.id === l.id)}` : `${l.type}#${v.sections.flatMap((s) => [s.id, ...s.clauses.map((c) => c.id)]).indexOf(l.id)}`;
  return `${f.code} ${at}`;
};

/** The Vorlage without ids (ids are minted anew on every reading); a Verteiler entry names its Zeichnung by position. */
const withoutIds = (v: Vorlage): unknown => {
  const byPosition = { ...v, verteiler: v.verteiler.map((e) => (e.zeichnung === undefined ? e : { ...e, zeichnung: `#${v.zeichnungen.findIndex((z) => z.id === e.zeichnung)}` })) };
  return JSON.parse(JSON.stringify(byPosition, (k, x: unknown) => (k === "id" ? undefined : x)));
};

const documents: [string, Uint8Array, typeof WIESBADEN][] = [
  ...CORPUS.map((c) => [c.id, new Uint8Array(readFileSync(join(CORPUS_DIR, `${c.id}.docx`))), c.profile === "karlsruhe" ? KARLSRUHE : WIESBADEN] as [string, Uint8Array, typeof WIESBADEN]),
  ...OTHER_CITIES.map((c) => [c.id, new Uint8Array(readFileSync(join(CORPUS_DIR, `${c.id}.docx`))), c.profile === "karlsruhe" ? KARLSRUHE : WIESBADEN] as [string, Uint8Array, typeof WIESBADEN]),
  ["wiesbaden-style.txt", plainDocx(readFileSync(join(__dirname, "../../fixtures/texts/wiesbaden-style.txt"), "utf8").split("\n")), WIESBADEN],
  ["karlsruhe-style.txt", plainDocx(readFileSync(join(__dirname, "../../fixtures/texts/karlsruhe-style.txt"), "utf8").split("\n")), KARLSRUHE],
];

describe.each(documents)("recognize on %s", (_name, bytes, profile) => {
  const before = check(bytes, profile);
  const structured = recognizeCommand(bytes, profile);
  const after = check(structured, profile);

  it("is structured afterwards", () => {
    expect(DocxDocument.open(structured).read(profile).structured).toBe(true);
  });

  it("adds no finding that checking the original did not give", () => {
    const had = new Set(before.findings.map((f) => key(f, before.vorlage)));
    expect(after.findings.map((f) => key(f, after.vorlage)).filter((k) => !had.has(k))).toEqual([]);
  });

  it("reads back the Vorlage that check reported, field by field", () => {
    const a = withoutIds(after.vorlage) as Record<string, unknown>;
    const b = withoutIds(before.vorlage) as Record<string, unknown>;
    for (const field of Object.keys(b)) expect([field, a[field]]).toEqual([field, b[field]]);
  });
});

describe("recognize --renumber on Word's list numbering", () => {
  it("types no second number in front of a number Word draws from its list (the gap stays for the author to fix in the list)", () => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS_DIR, "19-word-set-numbering-value-gap.docx")));
    const doc = DocxDocument.open(bytes, { edit: true });
    doc.structure(WIESBADEN, sequentialIds("s"));
    doc.renumber(WIESBADEN, sequentialIds("n"));
    const again = DocxDocument.open(doc.save());
    const clauses = again.read(WIESBADEN).vorlage.sections[1]?.clauses ?? [];
    expect(clauses.map((c) => [c.writtenNumber, c.text.slice(0, 9)])).toEqual([
      ["2.1", "in der Ad"],
      ["2.2", "zwei Aufp"],
      ["2.4", "die Koste"],
      ["2.5", "die haush"],
    ]);
  });
});
