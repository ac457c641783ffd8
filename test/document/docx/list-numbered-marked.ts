import { strToU8, zipSync } from "fflate";
import { W_NS } from "../../../src/document/ooxml/ooxml";

/**
 * A Vorlage as a Ratsinformationssystem exports it from Word (the third tryout's
 * 08_ratsinfo_word_numbering_comments.docx, written by hand): its clause numbers are Word's list
 * numbering, not typed text; in clause 2.2 the Kämmerei replaced „79.800“ by „84.300“ with
 * Track Changes on and commented the amount; clause 2.3 refers to 2.1 with a REF field
 * (fldSimple) to the bookmark _Ref1, as Word's cross-reference dialog writes it. So no clause
 * paragraph begins with a number control once recognised.
 */
const CT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdCom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>`;
const level = (ilvl: number, text: string, indent: number) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${indent}" w:hanging="360"/></w:pPr></w:lvl>`;
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="10"><w:multiLevelType w:val="multilevel"/>${level(0, "%1.", 360)}${level(1, "%1.%2", 792)}</w:abstractNum><w:num w:numId="77"><w:abstractNumId w:val="10"/></w:num></w:numbering>`;
const COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W_NS}"><w:comment w:id="1" w:author="Kämmerei (Vogt)" w:date="2025-06-10T10:01:00Z" w:initials="KV"><w:p><w:r><w:t>Betrag laut Angebot vom 02.06. inkl. MwSt.</w:t></w:r></w:p></w:comment></w:comments>`;

const plain = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const listed = (ilvl: number, content: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="77"/></w:numPr></w:pPr>${content}</w:p>`;
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const REVISION = 'w:author="Kämmerei" w:date="2025-06-10T10:00:00Z"';

/** Clause 2.2's content: text, then the tracked replacement and the comment on the amount, then more text. */
export const COMMENTED_CLAUSE =
  run("die Einführungskosten von ") +
  `<w:commentRangeStart w:id="1"/><w:del w:id="11" ${REVISION}><w:r><w:delText>79.800</w:delText></w:r></w:del><w:ins w:id="12" ${REVISION}><w:r><w:t>84.300</w:t></w:r></w:ins>` +
  `${run(" €")}<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>${run(" und die jährlichen Lizenzkosten von 21.000 € aus dem Produkt 1.11.06 gedeckt werden;")}`;

/** Clause 2.3's content, with the REF field to 2.1's bookmark. */
export const REFERRING_CLAUSE = `${run("die Mitglieder der Stadtverordnetenversammlung nach Ziffer ")}<w:fldSimple w:instr=" REF _Ref1 \\r \\h ">${run("2.1")}</w:fldSimple>${run(" geschult werden;")}`;

/** The document's body; `clause22` and `clause23` replace those clauses' content where a test needs another. */
export function listNumberedBody(clause22 = COMMENTED_CLAUSE, clause23 = REFERRING_CLAUSE): string {
  return [
    plain("Stadtverordnetenversammlung"),
    plain("Tagesordnung I Punkt 9 der öffentlichen Sitzung am 03.07.2025"),
    plain("Vorlagen-Nr. 25-V-01-0009"),
    plain("Einführung eines digitalen Ratsinformationssystems"),
    plain("Beschluss Nr. 0209"),
    plain("Federführendes Dezernat: Dezernat I"),
    listed(0, run("Es wird zur Kenntnis genommen, dass")),
    listed(1, run("das bisherige System zum 31.12.2025 abgekündigt ist;")),
    listed(1, run("die Ausschreibung im Amtsblatt vom 14.03.2025 veröffentlicht wurde.")),
    listed(0, run("Es wird beschlossen, dass")),
    listed(1, `${run("der Zuschlag an die Somacos GmbH &amp; Co. KG erteilt wird;")}<w:bookmarkStart w:id="5" w:name="_Ref1"/><w:bookmarkEnd w:id="5"/>`),
    listed(1, clause22),
    listed(1, clause23),
    plain("Keine weiteren finanziellen Auswirkungen."),
    plain("Verteiler"),
    plain("Dezernat I – zur Kenntnis"),
    plain("Dem Magistrat"),
    plain("mit der Bitte um Beschlussfassung"),
    plain("Wiesbaden, 12.06.2025"),
    plain("Mende"),
    plain("Oberbürgermeister"),
  ].join("");
}

/** The package: document, list numbering and the Kämmerei's comment. */
export function listNumberedDocx(body = listNumberedBody()): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(CT),
    "_rels/.rels": strToU8(ROOT_RELS),
    "word/document.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}<w:sectPr/></w:body></w:document>`,
    ),
    "word/_rels/document.xml.rels": strToU8(DOC_RELS),
    "word/numbering.xml": strToU8(NUMBERING),
    "word/comments.xml": strToU8(COMMENTS),
  });
}
