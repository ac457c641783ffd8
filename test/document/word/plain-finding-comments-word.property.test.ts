import fc from "fast-check";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import type { FindingComment } from "../../../src/document/finding-comments";
import { formatTag } from "../../../src/document/tags";
import { WordPort } from "../../../src/document/word/word-port";
import { docxFromBody } from "../../fixtures/docx";
import { WordSimulator } from "../../word-simulator/word-simulator";

/**
 * No damage: review comments on a plain document change nothing but their own marks. For plain Vorlagen of any
 * clauses, formatted runs among them, a colleague's comments on any paragraphs, and any findings (about clauses,
 * sections, places that are not there, the document): after our comments are put in — twice, as a reviewer does
 * after a second check — and taken out again, the body is the body before, to the byte, and the colleague's
 * comments are as they were.
 */
const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const words = fc.constantFrom("zwölf Lastenräder", " beschafft werden", " & die Räder", " <halbjährlich>", " gewartet werden", " im Haushalt 2025");
const run = fc.record({ text: words, bold: fc.boolean() });
const clauseRuns = fc.array(run, { minLength: 1, maxLength: 3 });
const shape = fc.record({
  sections: fc.array(fc.array(clauseRuns, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
  /** Which paragraphs (by index, modulo their count) carry a colleague's comment. */
  theirs: fc.uniqueArray(fc.nat(30), { maxLength: 3 }),
  /** Which findings: by index into the sections and clauses read (modulo), or a place that is not there, or the document. */
  findings: fc.array(fc.oneof(fc.record({ section: fc.nat(5), clause: fc.option(fc.nat(5), { nil: undefined }) }), fc.constant("nowhere" as const), fc.constant("document" as const)), { maxLength: 6 }),
});
type Shape = typeof shape extends fc.Arbitrary<infer T> ? T : never;

const HEADINGS = ["Es wird zur Kenntnis genommen, dass", "Es wird beschlossen, dass", "Der Magistrat wird beauftragt, dass"];

function documentOf(s: Shape): Uint8Array {
  const runs = (r: readonly { readonly text: string; readonly bold: boolean }[]) => r.map((x) => `<w:r>${x.bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${esc(x.text)}</w:t></w:r>`).join("");
  const texts: string[] = [`<w:r><w:t>Betreff: Lastenräder für den Grünflächenbetrieb</w:t></w:r>`];
  s.sections.forEach((clauses, i) => {
    texts.push(`<w:r><w:t xml:space="preserve">${i + 1}. ${HEADINGS[i % HEADINGS.length]}</w:t></w:r>`);
    clauses.forEach((c, j) => texts.push(`<w:r><w:t xml:space="preserve">${i + 1}.${j + 1} </w:t></w:r>${runs(c)};`.replace(/;$/, `<w:r><w:t>;</w:t></w:r>`)));
  });
  const commentedAt = new Set(s.theirs.map((t) => t % texts.length));
  const ids = [...commentedAt];
  const body = texts.map((t, i) => (commentedAt.has(i) ? `<w:p><w:commentRangeStart w:id="${ids.indexOf(i)}"/>${t}<w:commentRangeEnd w:id="${ids.indexOf(i)}"/><w:r><w:commentReference w:id="${ids.indexOf(i)}"/></w:r></w:p>` : `<w:p>${t}</w:p>`)).join("");
  const comments = `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${ids.map((_, k) => `<w:comment w:id="${k}" w:author="Magistratsbüro"><w:p><w:r><w:t>Bitte prüfen ${k}.</w:t></w:r></w:p></w:comment>`).join("")}</w:comments>`;
  return docxFromBody(`<w:p><w:r><w:t>Vorlagen-Nr. 25-V-07-0042</w:t></w:r></w:p>${body}`, ids.length > 0 ? { "word/comments.xml": strToU8(comments) } : {});
}

const bodyOf = (sim: WordSimulator) => strFromU8(unzipSync(sim.bytes())["word/document.xml"] as Uint8Array);

describe("review comments on a plain document in Word (property)", () => {
  it("change nothing but their own marks: taken out again, the body is as it was and a colleague's comments stay", async () => {
    await fc.assert(
      fc.asyncProperty(shape, async (s) => {
        const sim = new WordSimulator(documentOf(s));
        const before = bodyOf(sim);
        const theirs = sim.comments.map((c) => ({ ...c }));
        const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("w"));
        const v = (await port.read()).vorlage;
        const comments: FindingComment[] = s.findings.map((f, i) => {
          if (f === "document") return { tag: undefined, text: `Dokument ${i}.` };
          if (f === "nowhere") return { tag: formatTag({ kind: "ziffer", id: "nirgends" }), text: `Nirgends ${i}.`, unplaced: `Nirgends ${i}. (nicht gefunden)` };
          const section = v.sections[f.section % Math.max(1, v.sections.length)];
          if (!section) return { tag: undefined, text: `Ohne Abschnitt ${i}.` };
          const clause = f.clause === undefined ? undefined : section.clauses[f.clause % Math.max(1, section.clauses.length)];
          return { tag: clause ? formatTag({ kind: "ziffer", id: clause.id }) : formatTag({ kind: "abschnitt", id: section.id, sectionKind: section.kind }), text: `Hinweis ${i}.` };
        });
        await port.commentFindings(comments);
        // Each comment about a clause recognition found starts in that clause's paragraph, not at the top.
        const xml = bodyOf(sim);
        for (const [i, c] of comments.entries()) {
          const clause = c.tag?.startsWith("bv:ziffer:") ? v.sections.flatMap((x) => x.clauses).find((x) => c.tag === formatTag({ kind: "ziffer", id: x.id })) : undefined;
          if (!clause) continue;
          const id = sim.comments.find((x) => x.content.endsWith(`Hinweis ${i}.`))?.id;
          const p = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gsu)].find((m) => m[0].includes(`<w:commentRangeStart w:id="${id}"/>`))?.[0] ?? "";
          expect([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join("").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">")).toContain(clause.text);
        }
        await port.commentFindings(comments);
        expect(sim.comments.length).toBe(theirs.length + comments.length);
        await port.removeFindingComments();
        expect(bodyOf(sim)).toBe(before);
        expect(sim.comments).toEqual(theirs);
      }),
      { numRuns: 25 },
    );
  });
});
