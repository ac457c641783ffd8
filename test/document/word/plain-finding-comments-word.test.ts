import { strFromU8, strToU8, unzipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { COMMENT_PREFIX, type FindingComment } from "../../../src/document/finding-comments";
import { formatTag } from "../../../src/document/tags";
import { WordPort } from "../../../src/document/word/word-port";
import { COMMENTS, docxFromBody, paragraphXml } from "../../fixtures/docx";
import { WordSimulator } from "../../word-simulator/word-simulator";

/**
 * Review comments on a plain document in Word (one without our controls): each goes where recognition found its
 * clause or section, as the .docx engine puts it (test/document/docx/plain-finding-comments.test.ts), not all at the
 * top; only a finding with no place goes to the top, saying so. Two syncs, whatever the number of comments.
 */

/** A user's comment on clause 2.3, as Word writes it. */
const commented = (text: string) =>
  `<w:p><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">${text}</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`;

/** Another office's Vorlage, numbers typed by hand, with a colleague's comment on 2.3. */
const plain = () =>
  docxFromBody(
    [
      paragraphXml("Vorlagen-Nr. 25-V-07-0042"),
      paragraphXml("Betreff: Lastenräder für den Grünflächenbetrieb"),
      paragraphXml("1. Es wird zur Kenntnis genommen, dass"),
      paragraphXml("1.1 der Grünflächenbetrieb bisher 14 Kleintransporter einsetzt;"),
      paragraphXml("2. Es wird beschlossen, dass"),
      paragraphXml("2.1 zwölf Lastenräder beschafft werden;"),
      commented("2.3 die Räder halbjährlich gewartet werden."),
    ].join(""),
    { "word/comments.xml": strToU8(COMMENTS) },
  );

const documentXml = (sim: WordSimulator) => strFromU8(unzipSync(sim.bytes())["word/document.xml"] as Uint8Array);

/** For each comment (by its text): the texts of the paragraphs from its start mark to its end mark. */
function anchoredAt(sim: WordSimulator): Record<string, string[]> {
  const texts = new Map(sim.comments.map((c) => [c.id ?? c.seededId ?? "", c.content]));
  const paragraphs = [...documentXml(sim).matchAll(/<w:p[ >].*?<\/w:p>/gsu)].map((p) => ({ xml: p[0], text: [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join("") }));
  const out: Record<string, string[]> = {};
  for (const [id, text] of texts) {
    const from = paragraphs.findIndex((p) => p.xml.includes(`<w:commentRangeStart w:id="${id}"/>`));
    const to = paragraphs.findIndex((p) => p.xml.includes(`<w:commentRangeEnd w:id="${id}"/>`));
    out[text] = paragraphs.slice(from, to + 1).map((p) => p.text);
  }
  return out;
}

async function opened() {
  const sim = new WordSimulator(plain());
  const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("w"));
  const read = await port.read();
  expect(read.structured).toBe(false);
  const [first, second] = read.vorlage.sections as [(typeof read.vorlage.sections)[number], (typeof read.vorlage.sections)[number]];
  return { sim, port, first, second };
}

describe("review comments on a plain document in Word", () => {
  it("anchors a comment about a clause at its paragraph, one about a section from its heading to its last clause and one about a header field at its line, in one Word.run of two syncs", async () => {
    const { sim, port, first, second } = await opened();
    const comments: FindingComment[] = [
      { tag: formatTag({ kind: "ziffer", id: second.clauses[0]!.id }), text: "Zu 2.1." },
      { tag: formatTag({ kind: "abschnitt", id: first.id, sectionKind: first.kind }), text: "Zum Abschnitt 1." },
      { tag: formatTag({ kind: "ziffer", id: second.clauses[1]!.id }), text: "Zu 2.3." },
      { tag: undefined, text: "Zum Dokument." },
      { tag: formatTag({ kind: "feld", name: "header.betreff" }), text: "Zum Betreff." },
    ];
    const [runs, syncs] = [sim.runs, sim.syncs];
    expect(await port.commentFindings(comments)).toBe("written");
    expect([sim.runs - runs, sim.syncs - syncs]).toEqual([1, 2]);
    expect(anchoredAt(sim)).toEqual({
      [`${COMMENT_PREFIX}Zu 2.1.`]: ["2.1 zwölf Lastenräder beschafft werden;"],
      [`${COMMENT_PREFIX}Zum Abschnitt 1.`]: ["1. Es wird zur Kenntnis genommen, dass", "1.1 der Grünflächenbetrieb bisher 14 Kleintransporter einsetzt;"],
      [`${COMMENT_PREFIX}Zu 2.3.`]: ["2.3 die Räder halbjährlich gewartet werden."],
      [`${COMMENT_PREFIX}Zum Dokument.`]: ["Vorlagen-Nr. 25-V-07-0042"],
      [`${COMMENT_PREFIX}Zum Betreff.`]: ["Betreff: Lastenräder für den Grünflächenbetrieb"],
      "Bitte Betrag prüfen.": ["2.3 die Räder halbjährlich gewartet werden."],
    });
  });

  it("puts a finding whose place is not found at the top with the words that say so, and one about the document without them", async () => {
    const { sim, port } = await opened();
    await port.commentFindings([
      { tag: formatTag({ kind: "ziffer", id: "nirgends" }), text: "Zu einer Ziffer.", unplaced: "Zu einer Ziffer. (nicht gefunden)" },
      { tag: undefined, text: "Zum Dokument.", unplaced: "Zum Dokument. (nicht gefunden)" },
    ]);
    expect(anchoredAt(sim)).toMatchObject({
      [`${COMMENT_PREFIX}Zu einer Ziffer. (nicht gefunden)`]: ["Vorlagen-Nr. 25-V-07-0042"],
      [`${COMMENT_PREFIX}Zum Dokument.`]: ["Vorlagen-Nr. 25-V-07-0042"],
    });
  });

  it("still takes two syncs for many comments (none per comment)", async () => {
    const { sim, port, first, second } = await opened();
    const many = Array.from({ length: 30 }, (_, i) => ({ tag: formatTag({ kind: "ziffer", id: (i % 2 === 0 ? first : second).clauses[0]!.id }), text: `Hinweis ${i}.` }));
    const syncs = sim.syncs;
    await port.commentFindings(many);
    expect(sim.syncs - syncs).toBe(2);
    expect(sim.comments).toHaveLength(31);
  });
});
