import fc from "fast-check";
import { DOMParser, XMLSerializer, type Element as XmlElement } from "@xmldom/xmldom";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { deepEqual } from "../../src/core/model/deep-equal";
import { sequentialIds } from "../../src/core/model/ids";
import type { Clause, Vorlage } from "../../src/core/model/vorlage";
import { deriveNumbers } from "../../src/core/numbering/derive-numbers";
import { tryApply } from "../../src/core/operations/apply";
import type { Operation } from "../../src/core/operations/operation";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxPort } from "../../src/document/docx/docx-port";
import { W_NS } from "../../src/document/ooxml/ooxml";
import { renderBody } from "../../src/document/ooxml/render-vorlage";
import type { DocumentPort } from "../../src/document/port";
import { formatTag } from "../../src/document/tags";
import { WordError } from "../../src/document/word/word-error";
import { WordPort } from "../../src/document/word/word-port";
import { COMMENTS, docxFromBody, FOREIGN_CONTROL } from "../fixtures/docx";
import { reference0057 } from "../fixtures/reference-0057";
import { WordSimulator } from "../word-simulator/word-simulator";

jest.setTimeout(240_000);

/**
 * Inserting, moving and deleting sub-points changes the document in the edited clause
 * only: over random sequences of these edits, on both adapters, everything outside the
 * clause's control is the same XML as before (a colleague's comment and tracked change in
 * another clause, another add-in's control, the Kopf, every other clause), and the
 * Vorlage read back is exactly the one the operation describes, with the clause's
 * sub-points lettered from their order.
 */
type Edit =
  | { readonly kind: "insert"; readonly clause: number; readonly after: number | null; readonly text: string }
  | { readonly kind: "move"; readonly pick: number; readonly after: number | null }
  | { readonly kind: "delete"; readonly pick: number };

// eslint-disable-next-line no-control-regex -- text a Word document can hold
const writable = (t: string): boolean => !/[\u0000-\u001f\uFFFE\uFFFF]/u.test(t) && t.trim() === t && t !== "";
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("insert" as const),
    clause: fc.nat(),
    after: fc.option(fc.nat(), { nil: null }),
    text: fc.oneof(fc.string({ unit: "grapheme", minLength: 1, maxLength: 24 }).filter(writable), fc.constantFrom("die Schule „Am Park“ & <mehr>", "Absatz eins\nAbsatz zwei", "Spalte\tSpalte")),
  }),
  fc.record({ kind: fc.constant("move" as const), pick: fc.nat(), after: fc.option(fc.nat(), { nil: null }) }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
);

/** The seed with sub-points under two clauses, one of them in a colleague's bold, and a comment and tracked change in another clause. */
function startBytes(): Uint8Array {
  const ref = reference0057();
  const v: Vorlage = {
    ...ref,
    sections: ref.sections.map((s) => ({
      ...s,
      clauses: s.clauses.map((c): Clause => (c.id === "c21" ? { ...c, unterpunkte: [{ id: "u1", text: "die Schule" }, { id: "u2", text: "den Hort" }, { id: "u3", text: "die Kita" }] } : c.id === "c11" ? { ...c, unterpunkte: [{ id: "u4", text: "allein" }] } : c)),
    })),
  };
  const body = renderBody(v, WIESBADEN)
    .replace('<w:t xml:space="preserve">den Hort</w:t>', '<w:rPr><w:b/></w:rPr><w:t xml:space="preserve">den Hort</w:t>')
    .replace(
      '<w:t xml:space="preserve">der Verein sich gemäß der Satzung zur Volks- und Berufsbildung verpflichtet;</w:t></w:r>',
      '<w:t xml:space="preserve">der Verein sich gemäß der Satzung zur Volks- und Berufsbildung verpflichtet;</w:t></w:r><w:del w:id="11" w:author="Kämmerei" w:date="2025-05-02T10:00:00Z"><w:r><w:delText> nicht</w:delText></w:r></w:del><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
    );
  if (!body.includes("<w:b/>") || !body.includes("commentReference")) throw new Error("fixture did not take");
  return docxFromBody(FOREIGN_CONTROL + body, { "word/comments.xml": strToU8(COMMENTS) });
}

interface Subject {
  readonly port: DocumentPort;
  documentXml(): string;
}

const adapters: [string, number, (bytes: Uint8Array) => Subject][] = [
  [
    ".docx adapter",
    25,
    (bytes) => {
      const port = DocxPort.fromBytes(bytes, WIESBADEN, sequentialIds("x"));
      return { port, documentXml: () => strFromU8(unzipSync(port.bytes())["word/document.xml"] as Uint8Array) };
    },
  ],
  [
    "Word adapter (simulator)",
    12,
    (bytes) => {
      const sim = new WordSimulator(bytes);
      return { port: new WordPort(sim.host(), WIESBADEN, sequentialIds("x")), documentXml: () => new XMLSerializer().serializeToString(sim.dom) };
    },
  ],
  [
    "Word adapter (simulator, Track Changes on)",
    12,
    (bytes) => {
      const sim = new WordSimulator(bytes);
      sim.changeTrackingMode = "TrackAll";
      return { port: new WordPort(sim.host(), WIESBADEN, sequentialIds("x")), documentXml: () => new XMLSerializer().serializeToString(sim.dom) };
    },
  ],
];

/**
 * The document with the clause's control replaced by a marker, serialized the same way for
 * both sides. The one change allowed elsewhere: Word locks our number controls
 * (cannotEdit) in every batch that writes numbers, so a number written unlocked by another
 * program is locked afterwards; its text stays.
 */
function outside(xml: string, clauseId: string): string {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const sdts = doc.getElementsByTagNameNS(W_NS, "sdt");
  const tagOf = (sdt: XmlElement) => sdt.getElementsByTagNameNS(W_NS, "sdtPr").item(0)?.getElementsByTagNameNS(W_NS, "tag").item(0)?.getAttributeNS(W_NS, "val") ?? "";
  for (let i = 0; i < sdts.length; i++) {
    const sdt = sdts.item(i) as XmlElement;
    if (!tagOf(sdt).startsWith("bv:nr:")) continue;
    const lock = sdt.getElementsByTagNameNS(W_NS, "sdtPr").item(0)?.getElementsByTagNameNS(W_NS, "lock").item(0);
    if (lock?.getAttributeNS(W_NS, "val") === "contentLocked") lock.parentNode?.removeChild(lock);
  }
  const tag = formatTag({ kind: "ziffer", id: clauseId });
  for (let i = 0; i < sdts.length; i++) {
    const sdt = sdts.item(i) as XmlElement;
    const own = sdt.getElementsByTagNameNS(W_NS, "sdtPr").item(0)?.getElementsByTagNameNS(W_NS, "tag").item(0);
    if (own?.getAttributeNS(W_NS, "val") !== tag) continue;
    sdt.parentNode?.replaceChild(doc.createComment("die bearbeitete Ziffer"), sdt);
    return new XMLSerializer().serializeToString(doc);
  }
  throw new Error(`no ${tag}`);
}

/** Where two texts part, with some context; "" when they are equal (a readable failure for long XML). */
function firstDifference(a: string, b: string): string {
  if (a === b) return "";
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 200), i + 200)}… instead of …${b.slice(Math.max(0, i - 200), i + 200)}…`;
}

/** The operation an edit stands for on `v`, with the clause it touches; undefined where it has nothing to act on. */
function operationOf(v: Vorlage, e: Edit, nextId: () => string): { op: Operation; clauseId: string; call: (port: DocumentPort) => Promise<void> } | undefined {
  const clauses = v.sections.flatMap((s) => s.clauses);
  const subs = clauses.flatMap((c) => (c.unterpunkte ?? []).map((u, index) => ({ clause: c, u, index })));
  if (e.kind === "insert") {
    const clause = clauses[e.clause % clauses.length] as Clause;
    const list = clause.unterpunkte ?? [];
    const after = e.after === null || list.length === 0 ? undefined : list[e.after % list.length];
    const unterpunkt = { id: nextId(), text: e.text };
    return {
      op: { type: "insertUnterpunkt", clauseId: clause.id, index: after ? list.indexOf(after) + 1 : 0, unterpunkt },
      clauseId: clause.id,
      call: (port) => port.insertUnterpunkt(unterpunkt, clause.id, after?.id),
    };
  }
  const picked = subs[e.pick % Math.max(subs.length, 1)];
  if (!picked) return undefined;
  if (e.kind === "delete") return { op: { type: "deleteUnterpunkt", clauseId: picked.clause.id, index: picked.index, unterpunkt: picked.u }, clauseId: picked.clause.id, call: (port) => port.deleteBlock(picked.u.id) };
  const rest = (picked.clause.unterpunkte ?? []).filter((u) => u.id !== picked.u.id);
  const after = e.after === null || rest.length === 0 ? undefined : rest[e.after % rest.length];
  return {
    op: { type: "moveUnterpunkt", clauseId: picked.clause.id, from: picked.index, to: after ? rest.indexOf(after) + 1 : 0 },
    clauseId: picked.clause.id,
    call: (port) => port.moveUnterpunkt(picked.u.id, after?.id),
  };
}

/** `v` with the sub-points of `clauseId` lettered from their order (what the document must show after the edit). */
function lettered(v: Vorlage, clauseId: string): Vorlage {
  const numbers = deriveNumbers(v, WIESBADEN.numbering).byId;
  return {
    ...v,
    sections: v.sections.map((s) => ({
      ...s,
      clauses: s.clauses.map((c) => (c.id === clauseId && c.unterpunkte ? { ...c, unterpunkte: c.unterpunkte.map((u) => ({ ...u, writtenNumber: numbers.get(u.id) as string })) } : c)),
    })),
  };
}

describe.each(adapters)("sub-point edits change nothing else, %s", (_name, runs, make) => {
  it("leaves everything outside the edited clause as it was, and reads back exactly the operation's result", async () => {
    const bytes = startBytes();
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 5 }), async (edits) => {
        const subject = make(bytes);
        let n = 0;
        const nextId = () => `neu${++n}`;
        for (const e of edits) {
          const before = (await subject.port.read()).vorlage;
          const planned = operationOf(before, e, nextId);
          if (!planned) continue;
          const xmlBefore = subject.documentXml();
          const refused = await planned.call(subject.port).then(
            () => false,
            (e: unknown) => {
              // A move that would lose a comment, image or revision is refused with its reason, and changes nothing.
              if (e instanceof WordError && e.reason === "would-lose-content" && planned.op.type === "moveUnterpunkt") return true;
              throw e;
            },
          );
          if (refused) {
            expect(subject.documentXml()).toBe(xmlBefore);
            continue;
          }
          const applied = tryApply(before, planned.op);
          if (!applied.ok) throw new Error(applied.reason);
          const after = (await subject.port.read()).vorlage;
          expect(deepEqual(after, lettered(applied.vorlage, planned.clauseId))).toBe(true);
          expect(firstDifference(outside(subject.documentXml(), planned.clauseId), outside(xmlBefore, planned.clauseId))).toBe("");
        }
      }),
      { numRuns: runs },
    );
  });
});
