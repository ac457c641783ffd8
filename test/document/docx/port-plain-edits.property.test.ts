import fc from "fast-check";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { DocxPort } from "../../../src/document/docx/docx-port";
import { RenumberDropsUserMarkupError } from "../../../src/document/marked-numbers";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { PlainDocumentRefusedError, ReferencesWouldChangeError } from "../../../src/document/plain-edit-errors";
import { docxFromBody, paragraphXml, plainDocx } from "../../fixtures/docx";

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

/**
 * The same on documents whose clauses carry the user's tracked changes and comments: on the number (typed with Track
 * Changes on, a number changed as a revision, a comment on the number) or elsewhere (a comment on the whole clause, an
 * insertion in its words). A change either happens — every clause keeps its words, every tracked change and comment
 * of a clause still there stays as it was, and no typed number is skipped: they read 1.1, 1.2 … in order — or is
 * refused with a named reason and leaves every part exactly as it was.
 */
const MARKS = ["none", "number-inserted", "number-changed", "number-commented", "clause-commented", "words-inserted"] as const;
type Mark = (typeof MARKS)[number];
const DATE = 'w:author="Frau Muster" w:date="2025-05-14T10:00:00Z"';
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

/** Clause `i`'s paragraph: its typed number and words, with the mark; every mark's id is the clause's own. */
function markedClause(i: number, number: string, words: string, mark: Mark): string {
  const rest = run(` ${words}`);
  const comment = (inner: string) => `<w:commentRangeStart w:id="${i}"/>${inner}<w:commentRangeEnd w:id="${i}"/><w:r><w:commentReference w:id="${i}"/></w:r>`;
  if (mark === "number-inserted") return `<w:p><w:ins w:id="${100 + i}" ${DATE}>${run(number)}</w:ins>${rest}</w:p>`;
  if (mark === "number-changed") return `<w:p><w:del w:id="${200 + i}" ${DATE}><w:r><w:delText>9.9</w:delText></w:r></w:del><w:ins w:id="${100 + i}" ${DATE}>${run(number)}</w:ins>${rest}</w:p>`;
  if (mark === "number-commented") return `<w:p>${comment(run(number))}${rest}</w:p>`;
  if (mark === "clause-commented") return `<w:p>${comment(run(`${number} ${words}`))}</w:p>`;
  if (mark === "words-inserted") return `<w:p>${run(`${number} `)}<w:ins w:id="${100 + i}" ${DATE}>${run("ausdrücklich")}</w:ins>${rest}</w:p>`;
  return paragraphXml(`${number} ${words}`);
}

/** The user's marks of clause `i` in a main part, as written: its tracked changes whole, its comment's three marks. */
function marksOf(xml: string, i: number): string[] {
  const revisions = [...xml.matchAll(new RegExp(`<w:(ins|del) w:id="(${100 + i}|${200 + i})"[^>]*>.*?</w:\\1>`, "gsu"))].map((m) => m[0]);
  const comments = [...xml.matchAll(new RegExp(`<w:comment(RangeStart|RangeEnd|Reference) w:id="${i}"/>`, "gu"))].map((m) => m[0]);
  return [...revisions, ...comments];
}

const commentsPart = (n: number) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W_NS}">${Array.from({ length: n }, (_, i) => `<w:comment w:id="${i}" w:author="Magistratsbüro" w:date="2025-05-02T11:00:00Z"><w:p><w:r><w:t>Bitte prüfen.</w:t></w:r></w:p></w:comment>`).join("")}</w:comments>`;

describe("structural changes on a typed document with tracked changes and comments (property)", () => {
  it("keep every clause's words and marks and skip no number, or change nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ number: fc.integer({ min: 1, max: 5 }), words: fc.constantFrom(...WORDS.filter((w) => !/\d/u.test(w))), mark: fc.constantFrom(...MARKS) }), { minLength: 2, maxLength: 4 }),
        fc.constantFrom("insert", "delete", "move", "renumber"),
        fc.nat(3),
        async (clauses, action, at) => {
          const body = ["Vorlagen-Nr. 25-V-07-0042", "Betreff: Lastenräder", "1. Es wird beschlossen, dass"].map(paragraphXml).join("") + clauses.map((c, i) => markedClause(i, `1.${c.number}`, c.words, c.mark)).join("");
          const bytes = docxFromBody(body, { "word/comments.xml": strToU8(commentsPart(clauses.length)) });
          const port = new DocxPort(DocxDocument.open(bytes, { edit: true }), WIESBADEN, sequentialIds("x"));
          const v = (await port.read()).vorlage;
          const section = v.sections[0];
          if (!section || section.clauses.length !== clauses.length) return;
          const texts = section.clauses.map((c) => c.text);
          const k = at % section.clauses.length;
          const target = section.clauses[k]!;
          const before = parts(port.bytes());
          const xmlBefore = before["word/document.xml"] as string;
          let expected = texts;
          let kept = clauses.map((_, i) => i);
          try {
            if (action === "insert") {
              await port.insertClause({ id: "neu", text: "neu eingefügt;" }, section.id, target.id);
              expected = [...texts.slice(0, k + 1), "neu eingefügt;", ...texts.slice(k + 1)];
            } else if (action === "delete") {
              await port.deleteBlock(target.id);
              expected = texts.filter((_, i) => i !== k);
              kept = kept.filter((i) => i !== k);
            } else if (action === "move") {
              const other = section.clauses[(k + 1) % section.clauses.length]!;
              await port.moveBlock(target.id, other.id);
              const rest = texts.filter((_, i) => i !== k);
              const j = rest.indexOf(other.text);
              expected = [...rest.slice(0, j + 1), target.text, ...rest.slice(j + 1)];
            } else await port.renumber();
          } catch (e) {
            if (!(e instanceof ReferencesWouldChangeError || e instanceof PlainDocumentRefusedError || e instanceof RenumberDropsUserMarkupError)) throw e;
            expect(parts(port.bytes())).toEqual(before);
            return;
          }
          const xmlAfter = parts(port.bytes())["word/document.xml"] as string;
          for (const i of kept) expect(marksOf(xmlAfter, i)).toEqual(marksOf(xmlBefore, i));
          const after = (await port.read()).vorlage.sections[0]?.clauses ?? [];
          expect(after.map((c) => c.writtenNumber)).toEqual(after.map((_, i) => `1.${i + 1}`));
          if (action === "move" && new Set(texts).size !== texts.length) return;
          expect(after.map((c) => c.text)).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  }, 240_000);
});
