import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { DocxPort } from "../../../src/document/docx/docx-port";
import { PlainDocumentRefusedError, ReferencesWouldChangeError } from "../../../src/document/plain-edit-errors";
import { plainDocx } from "../../fixtures/docx";

/** Every part's content (zip dates aside). */
const parts = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

const WORDS = ["die Räder beschafft werden;", "die Wartung gemäß Ziffer 1.2 erfolgt;", "der Bedarf geprüft wird;", "die Mittel nach 1.3 bereitgestellt werden;", "berichtet wird."];

/**
 * No damage on the pane's new path: a structural change to a document read from its typed text
 * either happens — every clause the user wrote keeps its words, in its order — or is refused with a
 * named reason and leaves every part exactly as it was.
 */
describe("structural changes on a document read from its text (property)", () => {
  it("keep every clause's words, or change nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ number: fc.integer({ min: 1, max: 5 }), words: fc.constantFrom(...WORDS) }), { minLength: 2, maxLength: 4 }),
        fc.constantFrom("insert", "delete", "move", "renumber"),
        fc.nat(3),
        async (clauses, action, at) => {
          const bytes = plainDocx(["Vorlagen-Nr. 25-V-07-0042", "Betreff: Lastenräder", "1. Es wird beschlossen, dass", ...clauses.map((c) => `1.${c.number} ${c.words}`)]);
          const port = new DocxPort(DocxDocument.open(bytes, { edit: true }), WIESBADEN, sequentialIds("x"));
          const v = (await port.read()).vorlage;
          const section = v.sections[0];
          if (!section || section.clauses.length < 2) return;
          const texts = section.clauses.map((c) => c.text);
          const k = at % section.clauses.length;
          const target = section.clauses[k]!;
          const before = parts(port.bytes());
          let expected = texts;
          try {
            if (action === "insert") {
              await port.insertClause({ id: "neu", text: "neu eingefügt;" }, section.id, target.id);
              expected = [...texts.slice(0, k + 1), "neu eingefügt;", ...texts.slice(k + 1)];
            } else if (action === "delete") {
              await port.deleteBlock(target.id);
              expected = texts.filter((_, i) => i !== k);
            } else if (action === "move") {
              const other = section.clauses[(k + 1) % section.clauses.length]!;
              await port.moveBlock(target.id, other.id);
              const rest = texts.filter((_, i) => i !== k);
              const j = rest.indexOf(other.text);
              expected = [...rest.slice(0, j + 1), target.text, ...rest.slice(j + 1)];
            } else await port.renumber();
          } catch (e) {
            if (!(e instanceof ReferencesWouldChangeError || e instanceof PlainDocumentRefusedError)) throw e;
            expect(parts(port.bytes())).toEqual(before);
            return;
          }
          const after = (await port.read()).vorlage.sections[0]?.clauses.map((c) => c.text);
          if (action === "move" && new Set(texts).size !== texts.length) return;
          expect(after).toEqual(expected);
        },
      ),
      { numRuns: 30 },
    );
  }, 240_000);
});
