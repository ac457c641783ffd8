import fc from "fast-check";
import { clause, section, vorlage } from "../../src/core/model/builders";
import { sequentialIds } from "../../src/core/model/ids";
import type { Vorlage } from "../../src/core/model/vorlage";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { DocxPort } from "../../src/document/docx/docx-port";
import type { DocumentPort } from "../../src/document/port";
import { WordPort } from "../../src/document/word/word-port";
import { WordSimulator } from "../word-simulator/word-simulator";

jest.setTimeout(240_000);

type Edit =
  | { kind: "insert"; section: number; after: number; text: string }
  | { kind: "delete"; pick: number }
  | { kind: "move"; pick: number; after: number }
  | { kind: "renumber" }
  | { kind: "field"; text: string };

/** Text a Word document can hold (control characters are refused by the writer, tested elsewhere). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const writable = (t: string): boolean => !/[\u0000-\u001f\uFFFE\uFFFF]/u.test(t);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("insert" as const),
    section: fc.nat(),
    after: fc.nat(),
    text: fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 30 }).filter(writable),
      fc.constantFrom(" führende und folgende Leerzeichen ", "Tab\tund am Ende\t", "Absatz eins\nAbsatz zwei", "</w:t><w:r><w:t>", "  ", "Zeile\vUmbruch"),
    ),
  }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("move" as const), pick: fc.nat(), after: fc.nat() }),
  fc.record({ kind: fc.constant("renumber" as const) }),
  fc.record({ kind: fc.constant("field" as const), text: fc.string({ maxLength: 20 }).filter(writable) }),
);

const start = () =>
  vorlage({
    sections: [
      section("k", "kenntnisnahme", [clause("a", "erste Ziffer"), clause("b", "zweite\tZiffer")]),
      section("s", "beschluss", [clause("c", "dritte „Ziffer“ & <mehr>")]),
    ],
  });

const texts = (v: Vorlage) => new Map(v.sections.flatMap((s) => s.clauses.map((c) => [c.id, c.text] as const)));

/** Applies an edit through the port; returns the id of a clause it deleted, if any. */
async function perform(port: DocumentPort, v: Vorlage, e: Edit, nextId: () => string): Promise<string | undefined> {
  const clauses = v.sections.flatMap((s) => s.clauses);
  switch (e.kind) {
    case "insert": {
      const s = v.sections[e.section % v.sections.length];
      if (!s) return undefined;
      const after = s.clauses.length === 0 ? undefined : s.clauses[e.after % s.clauses.length]?.id;
      await port.insertClause(clause(nextId(), e.text), s.id, after);
      return undefined;
    }
    case "delete": {
      const c = clauses[e.pick % Math.max(clauses.length, 1)];
      if (!c) return undefined;
      await port.deleteBlock(c.id);
      return c.id;
    }
    case "move": {
      const c = clauses[e.pick % Math.max(clauses.length, 1)];
      const target = clauses[e.after % Math.max(clauses.length, 1)];
      if (!c || !target || c.id === target.id) return undefined;
      await port.moveBlock(c.id, target.id);
      return undefined;
    }
    case "renumber":
      await port.renumber();
      return undefined;
    case "field":
      await port.setFields({ "header.betreff": e.text });
      return undefined;
  }
}

const adapters: [string, (bytes: Uint8Array) => DocumentPort][] = [
  [".docx adapter", (bytes) => DocxPort.fromBytes(bytes, WIESBADEN, sequentialIds("x"))],
  ["Word adapter (simulator)", (bytes) => new WordPort(new WordSimulator(bytes).host(), WIESBADEN, sequentialIds("x"))],
];

describe.each(adapters)("no data lost, %s", (_name, makePort) => {
  it("never changes a clause's text unless that clause is deleted, over random edit sequences; renumbering twice changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits) => {
        const port = makePort(DocxDocument.create(start(), WIESBADEN, "x").save());
        let n = 0;
        const nextId = () => `n${++n}`;
        const inserted = new Map<string, string>();
        for (const e of edits) {
          const before = (await port.read()).vorlage;
          const deleted = await perform(port, before, e, nextId);
          if (e.kind === "insert") inserted.set(`n${n}`, e.text);
          const after = texts((await port.read()).vorlage);
          for (const [id, text] of texts(before)) {
            if (id !== deleted) expect(after.get(id)).toBe(text);
          }
          for (const [id, text] of inserted) if (after.has(id)) expect(after.get(id)).toBe(text);
        }
        await port.renumber();
        expect(await port.renumber()).toBe(0);
      }),
      { numRuns: 40 },
    );
  });
});
