import fc from "fast-check";
import { clause, section } from "../../src/core/model/builders";
import { sequentialIds } from "../../src/core/model/ids";
import type { Clause, Vorlage } from "../../src/core/model/vorlage";
import { deriveNumbers } from "../../src/core/numbering/derive-numbers";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { referenceStates } from "../../src/core/references/follow-references";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { DocxPort } from "../../src/document/docx/docx-port";
import type { DocumentPort } from "../../src/document/port";
import { WordError } from "../../src/document/word/word-error";
import { WordPort } from "../../src/document/word/word-port";
import { aroundReferences, referencingVorlage } from "../fixtures/references";
import { WordSimulator } from "../word-simulator/word-simulator";

jest.setTimeout(240_000);

/**
 * Issue 24, goal „References“: after any sequence of insert, move and delete, every internal
 * reference names its target's current number, on the .docx adapter and on Word (simulator);
 * renumbering never changes a reference's text except its number. A reference whose target
 * was deleted keeps the text it had (validation reports it as „Verweis auf gelöschte Ziffer“).
 */
type Edit =
  | { readonly kind: "insertClause"; readonly section: number; readonly after: number | null }
  | { readonly kind: "insertSection"; readonly after: number }
  | { readonly kind: "move"; readonly pick: number; readonly after: number }
  | { readonly kind: "delete"; readonly pick: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("insertClause" as const), section: fc.nat(), after: fc.option(fc.nat(), { nil: null }) }),
  fc.record({ kind: fc.constant("insertSection" as const), after: fc.nat() }),
  fc.record({ kind: fc.constant("move" as const), pick: fc.nat(), after: fc.nat() }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
);

const numbering = (v: Vorlage) => deriveNumbers(v, WIESBADEN.numbering);
const allClauses = (v: Vorlage): Clause[] => v.sections.flatMap((s) => s.clauses);

const adapters: [string, number, (bytes: Uint8Array) => DocumentPort][] = [
  [".docx adapter", 30, (bytes) => DocxPort.fromBytes(bytes, WIESBADEN, sequentialIds("x"))],
  ["Word adapter (simulator)", 15, (bytes) => new WordPort(new WordSimulator(bytes).host(), WIESBADEN, sequentialIds("x"))],
  [
    "Word adapter (simulator, Track Changes on)",
    8,
    (bytes) => {
      const sim = new WordSimulator(bytes);
      sim.changeTrackingMode = "TrackAll";
      return new WordPort(sim.host(), WIESBADEN, sequentialIds("x"));
    },
  ],
];

async function step(port: DocumentPort, v: Vorlage, e: Edit, n: number): Promise<void> {
  const clauses = allClauses(v);
  const pickClause = (i: number) => clauses[i % Math.max(clauses.length, 1)];
  switch (e.kind) {
    case "insertClause": {
      const s = v.sections[e.section % Math.max(v.sections.length, 1)];
      if (!s) return;
      const after = e.after === null || s.clauses.length === 0 ? undefined : s.clauses[e.after % s.clauses.length]?.id;
      return port.insertClause(clause(`neu${n}`, `neue Ziffer ${n}`), s.id, after);
    }
    case "insertSection": {
      const s = v.sections[e.after % Math.max(v.sections.length, 1)];
      if (!s) return;
      await port.insertSection(section(`abs${n}`, "beschluss", [clause(`neu${n}`, `neue Ziffer ${n}`)]), { after: s.id });
      return;
    }
    case "move": {
      const c = pickClause(e.pick);
      const anchors = [...v.sections.map((s) => s.id), ...clauses.map((x) => x.id)].filter((id) => id !== c?.id);
      const to = anchors[e.after % Math.max(anchors.length, 1)];
      if (!c || !to) return;
      return port.moveBlock(c.id, to).catch((err: unknown) => {
        // Word refuses a move that would lose a comment or revision (under tracking): nothing changes.
        if (!(err instanceof WordError && err.reason === "would-lose-content")) throw err;
      });
    }
    case "delete": {
      const c = pickClause(e.pick);
      if (!c || clauses.length <= 1) return;
      return port.deleteBlock(c.id);
    }
  }
}

describe.each(adapters)("references follow their targets, %s", (_name, runs, make) => {
  const bytes = DocxDocument.create(referencingVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save();

  it("reads the references it was given", async () => {
    const v = (await make(bytes).read()).vorlage;
    expect(referenceStates(v, numbering(v)).map((r) => [r.owner, r.verweis.ziel, r.shows])).toEqual([
      ["k1", "b2", "2.2"],
      ["u1", "k1", "1.1"],
      ["b2", "b1", "2.1"],
      ["b2", "u2", "b"],
    ]);
  });

  it("after any sequence of insert, move and delete names each target's current number, and changes nothing but the number", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
        const port = make(bytes);
        const start = (await port.read()).vorlage;
        const texts = aroundReferences(start);
        let n = 0;
        for (const e of edits) {
          const v = (await port.read()).vorlage;
          await step(port, v, e, ++n);
          const after = (await port.read()).vorlage;
          for (const r of referenceStates(after, numbering(after))) {
            if (r.expected !== undefined) expect([r.owner, r.verweis.ziel, r.shows]).toEqual([r.owner, r.verweis.ziel, r.expected]);
          }
          for (const [id, text] of aroundReferences(after)) expect([id, text]).toEqual([id, texts.get(id)]);
        }
      }),
      { numRuns: runs },
    );
  });
});
