import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { reference0057 } from "../fixtures/reference-0057";
import { run, tempFolder } from "./cli-helpers";

/**
 * Tracked changes and comments outside the body's own text: in a footnote of a clause, in the
 * page header (which holds the Vorlagen-Nr. in many templates) and in a text box. Word prints
 * them with their markup and publishes the comments with the file, as in the body, where each is
 * an error (open-revisions.ts). These were not read at all, and `check` called a Vorlage with
 * „nicht“ struck and „zusätzlich 3.000.000 €“ inserted in its footnote, and a comment „Das
 * stimmt so nicht!“, „vollständig“.
 */
type Files = Record<string, Uint8Array>;
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const BY = 'w:author="Kämmerei" w:date="2025-05-02T10:00:00Z"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

function ours(change: (f: Files, doc: string) => string): Uint8Array {
  const f = unzipSync(DocxDocument.create(reference0057(), WIESBADEN, "2024-03-21T10:00:00Z").save()) as Files;
  f["word/document.xml"] = strToU8(change(f, strFromU8(f["word/document.xml"] as Uint8Array)));
  return zipSync(f);
}
function addPart(f: Files, name: string, xml: string, kind: string, id: string): void {
  f[`word/${name}`] = strToU8(xml);
  f["word/_rels/document.xml.rels"] = strToU8(strFromU8(f["word/_rels/document.xml.rels"] as Uint8Array).replace("</Relationships>", `<Relationship Id="${id}" Type="${REL}${kind}" Target="${name}"/></Relationships>`));
  f["[Content_Types].xml"] = strToU8(strFromU8(f["[Content_Types].xml"] as Uint8Array).replace("</Types>", `<Override PartName="/word/${name}" ContentType="${CT}${kind}+xml"/></Types>`));
}
/** The first clause's first paragraph gets `run` before its end. */
const inFirstClause = (doc: string, run: string): string => doc.replace(/(<w:alias w:val="Ziffer"\/>(?:(?!<\/w:p>).)*?)(<\/w:p>)/su, `$1${run}$2`);

const FOOTNOTES = `<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="${W}"><w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">Kosten werden </w:t></w:r><w:del w:id="91" ${BY}><w:r><w:delText>nicht </w:delText></w:r></w:del><w:ins w:id="92" ${BY}><w:r><w:t xml:space="preserve">zusätzlich 3.000.000 € </w:t></w:r></w:ins><w:commentRangeStart w:id="7"/><w:r><w:t>gedeckt.</w:t></w:r><w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r></w:p></w:footnote></w:footnotes>`;
const COMMENTS = `<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="${W}"><w:comment w:id="7" ${BY}><w:p><w:r><w:t>Das stimmt so nicht!</w:t></w:r></w:p></w:comment></w:comments>`;
const HEADER = `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="${W}"><w:p><w:r><w:t xml:space="preserve">Vorlage Nr. </w:t></w:r><w:del w:id="93" ${BY}><w:r><w:delText>23-V-01-0057</w:delText></w:r></w:del><w:ins w:id="94" ${BY}><w:r><w:t>23-V-01-0058</w:t></w:r></w:ins></w:p></w:hdr>`;
const TEXT_BOX = `<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r><w:t xml:space="preserve">Zuschuss </w:t></w:r><w:ins w:id="95" ${BY}><w:r><w:t>3.000.000 €</w:t></w:r></w:ins></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;

interface Checked {
  readonly complete: boolean;
  readonly codes: readonly string[];
  readonly messages: string;
}
async function check(bytes: Uint8Array, lang = "de"): Promise<Checked> {
  const { file } = tempFolder("bv-story-revisions-");
  const r = await run("check", "--json", "--lang", lang, file("v.docx", bytes));
  const f = (JSON.parse(r.out) as { files: { complete: boolean; findings: { code: string; message: string }[] }[] }).files[0] as { complete: boolean; findings: { code: string; message: string }[] };
  return { complete: f.complete, codes: f.findings.map((x) => x.code), messages: f.findings.map((x) => x.message).join(" ") };
}

describe("tracked changes and comments outside the body's own text", () => {
  it("the untouched Vorlage is complete", async () => {
    expect((await check(ours((_f, d) => d))).complete).toBe(true);
  });

  it("in a clause's footnote: an open change and a comment, named as in the footnotes; not complete", async () => {
    const bytes = ours((f, d) => {
      addPart(f, "footnotes.xml", FOOTNOTES, "footnotes", "rIdFn");
      addPart(f, "comments.xml", COMMENTS, "comments", "rIdCm");
      return inFirstClause(d, '<w:r><w:footnoteReference w:id="1"/></w:r>');
    });
    const c = await check(bytes);
    expect(c.complete).toBe(false);
    expect(c.codes).toEqual(expect.arrayContaining(["ueberarbeitung-offen", "kommentar-offen"]));
    expect(c.messages).toContain("In den Fuß- oder Endnoten stehen 2 nachverfolgte Änderungen");
    expect(c.messages).toContain("In den Fuß- oder Endnoten steht ein Kommentar");
    expect((await check(bytes, "en")).messages).toContain("The footnote or endnote text holds 2 tracked changes");
  });

  it("in the page header: an open change of the Vorlagen-Nr.; not complete", async () => {
    const bytes = ours((f, d) => {
      addPart(f, "header9.xml", HEADER, "header", "rIdHd");
      return d.replace("<w:sectPr>", '<w:sectPr><w:headerReference w:type="default" r:id="rIdHd"/>');
    });
    const c = await check(bytes);
    expect(c.complete).toBe(false);
    expect(c.codes).toContain("ueberarbeitung-offen");
    expect(c.messages).toContain("In den Kopf- oder Fußzeilen stehen 2 nachverfolgte Änderungen");
  });

  it("in a text box in a clause: an open change; not complete", async () => {
    const c = await check(ours((_f, d) => inFirstClause(d, TEXT_BOX)));
    expect(c.complete).toBe(false);
    expect(c.codes).toContain("ueberarbeitung-offen");
    expect(c.messages).toContain("In den Textfeldern steht eine nachverfolgte Änderung");
  });
});
