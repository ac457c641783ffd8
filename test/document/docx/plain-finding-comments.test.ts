import { strFromU8, strToU8, unzipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxPort } from "../../../src/document/docx/docx-port";
import { COMMENT_AUTHOR } from "../../../src/document/finding-comments";
import { formatTag } from "../../../src/document/tags";
import { formatFinding } from "../../../src/i18n/format-finding";
import { COMMENTS, docxFromBody, paragraphXml } from "../../fixtures/docx";

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

const open = (bytes: Uint8Array) => new DocxPort(DocxPort.fromBytes(bytes, WIESBADEN)["doc" as never], WIESBADEN, sequentialIds("x"));
const part = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name] as Uint8Array);

/** The text of each paragraph that holds a comment's start, by the comment's text. */
function anchoredAt(bytes: Uint8Array): Record<string, string> {
  const texts = new Map([...part(bytes, "word/comments.xml").matchAll(/<w:comment [^>]*w:id="(\d+)"[^>]*>(.*?)<\/w:comment>/gsu)].map((m) => [m[1], m[2]!.replace(/<[^>]+>/gu, "")]));
  const out: Record<string, string> = {};
  for (const p of part(bytes, "word/document.xml").matchAll(/<w:p[ >].*?<\/w:p>/gsu)) {
    const words = [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join("");
    for (const s of p[0].matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/gu)) out[texts.get(s[1]!) ?? s[1]!] = words;
  }
  return out;
}

describe("finding comments on a document read from its text", () => {
  it("anchors a comment about a clause or a section at that clause or heading, not at the top", async () => {
    const port = open(plain());
    const v = (await port.read()).vorlage;
    const [first, second] = v.sections as [(typeof v.sections)[number], (typeof v.sections)[number]];
    await port.commentFindings([
      { tag: formatTag({ kind: "ziffer", id: second.clauses[0]!.id }), text: "Zu 2.1." },
      { tag: formatTag({ kind: "abschnitt", id: first.id, sectionKind: first.kind }), text: "Zum Abschnitt 1." },
      { tag: undefined, text: "Zum Dokument." },
    ]);
    expect(anchoredAt(port.bytes())).toEqual({
      "Prüfhinweis: Zu 2.1.": "2.1 zwölf Lastenräder beschafft werden;",
      "Prüfhinweis: Zum Abschnitt 1.": "1. Es wird zur Kenntnis genommen, dass",
      "Prüfhinweis: Zum Dokument.": "Vorlagen-Nr. 25-V-07-0042",
      "Bitte Betrag prüfen.": "2.3 die Räder halbjährlich gewartet werden.",
    });
  });

  it("leaves the colleague's comment and its anchors byte for byte as they were, and takes ours out again", async () => {
    const input = plain();
    const port = open(input);
    const v = (await port.read()).vorlage;
    await port.commentFindings([{ tag: formatTag({ kind: "ziffer", id: v.sections[1]!.clauses[1]!.id }), text: "Zu 2.3." }]);
    const withOurs = port.bytes();
    const theirs = commented("2.3 die Räder halbjährlich gewartet werden.").slice("<w:p>".length, -"</w:p>".length);
    expect(part(withOurs, "word/document.xml")).toContain(theirs);
    expect(anchoredAt(withOurs)["Prüfhinweis: Zu 2.3."]).toBe("2.3 die Räder halbjährlich gewartet werden.");
    expect(part(withOurs, "word/comments.xml")).toContain(COMMENTS.match(/<w:comment .*?<\/w:comment>/su)![0]);
    expect(part(withOurs, "word/comments.xml")).toContain(COMMENT_AUTHOR);
    await port.removeFindingComments();
    expect(part(port.bytes(), "word/document.xml")).toBe(part(input, "word/document.xml"));
  });

  it("names our own comments as the add-in's Prüfhinweise, apart from the colleague's comment, which keeps its own finding", async () => {
    const port = open(plain());
    const v = (await port.read()).vorlage;
    await port.commentFindings([
      { tag: formatTag({ kind: "ziffer", id: v.sections[1]!.clauses[0]!.id }), text: "Zu 2.1." },
      { tag: formatTag({ kind: "ziffer", id: v.sections[1]!.clauses[1]!.id }), text: "Zu 2.3." },
      { tag: undefined, text: "Zum Dokument." },
    ]);
    const findings = (await open(port.bytes()).read()).findings.filter((f) => f.code === "kommentar-offen" || f.code === "pruefhinweise-im-dokument");
    expect(findings.map((f) => [f.code, f.location.type, f.params?.["anzahl"]])).toEqual([
      ["kommentar-offen", "clause", 1],
      ["pruefhinweise-im-dokument", "document", 3],
    ]);
    expect(formatFinding(findings[1]!, "de", WIESBADEN)).toMatch(/^3 Prüfhinweise des Add-ins stehen als Kommentare im Dokument\..*vor der Einreichung/u);
    expect(formatFinding(findings[1]!, "en", WIESBADEN)).toMatch(/^3 of the add-in's findings are in the document as comments\./u);
  });
});
