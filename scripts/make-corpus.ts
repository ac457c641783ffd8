/**
 * Writes the corpus documents (test/fixtures/corpus/<id>.docx) from `sources.ts`:
 *   npx tsx scripts/make-corpus.ts
 * `lo` documents are written as Flat ODT (text:list with outline numbering, tables,
 * text:tracked-changes, fields) and converted by LibreOffice, so that numbering.xml, w:numPr,
 * w:ins/w:del and the tables are LibreOffice's own. `word` documents are written by the small
 * builder below in the form Word saves: numbering.xml with abstractNum, num and lvlOverride,
 * numbering through paragraph styles, complex and simple fields, soft and non-breaking
 * hyphens, tracked changes with deleted paragraph marks. Needs LibreOffice (`soffice`).
 */
import { strToU8, zipSync } from "fflate";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { convert, findSoffice } from "../test/interop/libreoffice";
import { CORPUS, type Block, type CorpusSource } from "../test/fixtures/corpus/sources";

const OUT = join(__dirname, "../test/fixtures/corpus");
const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const MARK = /\[\+(.*?)\+\]|\[-(.*?)-\]|\{shy\}|\{nbsp\}|\{nbh\}|\{date:([^}]*)\}/gu;

// ---------------------------------------------------------------- Flat ODT (LibreOffice)

function fodt(src: CorpusSource): string {
  const regions: string[] = [];
  let next = 1;
  const inline = (text: string): string => {
    let out = "";
    let last = 0;
    for (const m of text.matchAll(MARK)) {
      out += esc(text.slice(last, m.index));
      last = (m.index as number) + m[0].length;
      const info = `<office:change-info><dc:creator>Kämmerei</dc:creator><dc:date>2025-05-02T10:00:00</dc:date></office:change-info>`;
      if (m[1] !== undefined) {
        const id = `ct${next++}`;
        regions.push(`<text:changed-region xml:id="${id}" text:id="${id}"><text:insertion>${info}</text:insertion></text:changed-region>`);
        out += `<text:change-start text:change-id="${id}"/>${esc(m[1])}<text:change-end text:change-id="${id}"/>`;
      } else if (m[2] !== undefined) {
        const id = `ct${next++}`;
        regions.push(`<text:changed-region xml:id="${id}" text:id="${id}"><text:deletion>${info}<text:p>${esc(m[2])}</text:p></text:deletion></text:changed-region>`);
        out += `<text:change text:change-id="${id}"/>`;
      } else if (m[0] === "{shy}") out += "\u00ad";
      else if (m[0] === "{nbsp}") out += "\u00a0";
      else if (m[0] === "{nbh}") out += "\u2011";
      else {
        const [d, mo, y] = (m[3] as string).split(".");
        out += `<text:date style:data-style-name="N1" text:fixed="true" text:date-value="${y}-${mo}-${d}">${esc(m[3] as string)}</text:date>`;
      }
    }
    return out + esc(text.slice(last));
  };
  const body: string[] = [];
  const blocks = src.blocks;
  for (let i = 0; i < blocks.length; ) {
    const b = blocks[i] as Block;
    if ("li" in b) {
      const items: { text: string; level: number }[] = [];
      while (i < blocks.length && "li" in (blocks[i] as Block)) {
        const x = blocks[i] as { li: string; level: number };
        items.push({ text: x.li, level: x.level });
        i++;
      }
      body.push(`<text:list text:style-name="L1">${listXml(items, 0, inline)}</text:list>`);
      continue;
    }
    if ("p" in b) body.push(`<text:p text:style-name="Standard">${inline(b.p)}</text:p>`);
    else if ("table" in b) {
      const cols = Math.max(...b.table.map((r) => r.length));
      body.push(
        `<table:table table:name="Tabelle${i}"><table:table-column table:number-columns-repeated="${cols}"/>${b.table
          .map((row) => `<table:table-row>${row.map((cell) => `<table:table-cell office:value-type="string"><text:p>${inline(cell)}</text:p></table:table-cell>`).join("")}</table:table-row>`)
          .join("")}</table:table>`,
      );
    } else throw new Error(`block not supported in a LibreOffice document: ${JSON.stringify(b)}`);
    i++;
  }
  const levels =
    src.lists === "roman"
      ? [`style:num-format="I" style:num-suffix="."`, `style:num-format="1" style:num-suffix="."`, `style:num-format="a" style:num-suffix=")"`]
      : [`style:num-format="1" style:num-suffix="."`, `style:num-format="1" text:display-levels="2"`, `style:num-format="a" style:num-suffix=")"`];
  const listStyle = `<text:list-style style:name="L1">${levels
    .map(
      (attrs, l) =>
        `<text:list-level-style-number text:level="${l + 1}" ${attrs}><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="${1 + l}cm" fo:text-indent="-1cm" fo:margin-left="${1 + l}cm"/></style:list-level-properties></text:list-level-style-number>`,
    )
    .join("")}</text:list-style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles><style:style style:name="Standard" style:family="paragraph"/></office:styles>
<office:automatic-styles><number:date-style style:name="N1"><number:day number:style="long"/><number:text>.</number:text><number:month number:style="long"/><number:text>.</number:text><number:year number:style="long"/></number:date-style>${listStyle}</office:automatic-styles>
<office:body><office:text>${regions.length > 0 ? `<text:tracked-changes text:track-changes="true">${regions.join("")}</text:tracked-changes>` : ""}
${body.join("\n")}
</office:text></office:body></office:document>`;
}

/** Items at deeper levels go into a list inside the item before them, as ODF nests lists. */
function listXml(items: readonly { text: string; level: number }[], level: number, inline: (t: string) => string): string {
  let out = "";
  let i = 0;
  while (i < items.length) {
    const item = items[i] as { text: string; level: number };
    let j = i + 1;
    while (j < items.length && (items[j] as { level: number }).level > level) j++;
    const children = items.slice(i + 1, j);
    if (item.level !== level) throw new Error(`list item at level ${item.level} without a parent at level ${level}`);
    out += `<text:list-item><text:p text:style-name="Standard">${inline(item.text)}</text:p>${children.length > 0 ? `<text:list>${listXml(children, level + 1, inline)}</text:list>` : ""}</text:list-item>`;
    i = j;
  }
  return out;
}

// ---------------------------------------------------------------- WordprocessingML (Word's form)

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const CHANGE = `w:author="Kämmerei" w:date="2025-05-02T10:00:00Z"`;

function wordRuns(text: string, ids: { next: number }): string {
  const t = (s: string) => (s === "" ? "" : `<w:r><w:t xml:space="preserve">${esc(s)}</w:t></w:r>`);
  let out = "";
  let last = 0;
  let pending = "";
  const flush = () => {
    out += t(pending);
    pending = "";
  };
  for (const m of text.matchAll(MARK)) {
    pending += text.slice(last, m.index);
    last = (m.index as number) + m[0].length;
    if (m[1] !== undefined) {
      flush();
      out += `<w:ins w:id="${ids.next++}" ${CHANGE}>${wordRuns(m[1], ids)}</w:ins>`;
    } else if (m[2] !== undefined) {
      flush();
      out += `<w:del w:id="${ids.next++}" ${CHANGE}><w:r><w:delText xml:space="preserve">${esc(m[2])}</w:delText></w:r></w:del>`;
    } else if (m[0] === "{shy}") {
      flush();
      out += `<w:r><w:softHyphen/></w:r>`;
    } else if (m[0] === "{nbh}") {
      flush();
      out += `<w:r><w:noBreakHyphen/></w:r>`;
    } else if (m[0] === "{nbsp}") pending += "\u00a0";
    else {
      flush();
      // A complex field: code and cached result; Word shows the result.
      out += `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> CREATEDATE \\@ "dd.MM.yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${esc(m[3] as string)}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    }
  }
  pending += text.slice(last);
  flush();
  return out;
}

function wordDocx(src: CorpusSource): Uint8Array {
  const ids = { next: 100 };
  const para = (text: string, pPr = "") => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${wordRuns(text, ids)}</w:p>`;
  const body = src.blocks
    .map((b) => {
      if ("p" in b) return para(b.p);
      if ("styled" in b) return para(b.styled, `<w:pStyle w:val="${b.level === 0 ? "Abschnitt" : "Ziffer"}"/>`);
      if ("li" in b) {
        const ilvl = src.lists === "prefixed" ? 0 : b.level;
        const mark = b.deletedMark ? `<w:rPr><w:del w:id="${ids.next++}" ${CHANGE}/></w:rPr>` : /^\[\+.*\+\]$/u.test(b.li) ? `<w:rPr><w:ins w:id="${ids.next++}" ${CHANGE}/></w:rPr>` : "";
        return para(b.li, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${b.list ?? 1}"/></w:numPr><w:ind w:left="${720 * (ilvl + 1)}" w:hanging="720"/>${mark}`);
      }
      return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${(b.table[0] ?? []).map(() => `<w:gridCol w:w="2000"/>`).join("")}</w:tblGrid>${b.table
        .map((row) => `<w:tr>${row.map((cell) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${para(cell)}</w:tc>`).join("")}</w:tr>`)
        .join("")}</w:tbl>`;
    })
    .join("");
  // Zeichnung dates of Word documents as a simple field, the header date as a complex one.
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
  const lvl = (ilvl: number, fmt: string, text: string, start = 1) =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 * (ilvl + 1)}" w:hanging="720"/></w:pPr></w:lvl>`;
  const outline = `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${lvl(0, "decimal", "%1.")}${lvl(1, "decimal", "%1.%2")}${lvl(2, "lowerLetter", "%3)")}</w:abstractNum>`;
  const numbering =
    src.lists === "prefixed"
      ? `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>${lvl(0, "decimal", "1.%1")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>${lvl(0, "decimal", "2.%1")}</w:lvlOverride></w:num>`
      : src.lists === "gap"
        ? `${outline}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="4"/></w:lvlOverride></w:num>`
        : `${outline}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
  const numberingXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">${numbering}</w:numbering>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Abschnitt"><w:name w:val="Abschnitt"/><w:basedOn w:val="Standard"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Ziffer"><w:name w:val="Ziffer"/><w:basedOn w:val="Abschnitt"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
  const ct = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
  const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
  const fixed = { mtime: new Date("2025-01-01T00:00:00Z") };
  return zipSync(
    {
      "[Content_Types].xml": [strToU8(ct), fixed],
      "_rels/.rels": [strToU8(rels), fixed],
      "word/document.xml": [strToU8(document), fixed],
      "word/_rels/document.xml.rels": [strToU8(docRels), fixed],
      "word/numbering.xml": [strToU8(numberingXml), fixed],
      "word/styles.xml": [strToU8(styles), fixed],
    },
    { level: 9 },
  );
}

if (require.main === module) {
  const soffice = findSoffice();
  const only = process.argv.slice(2);
  for (const src of CORPUS) {
    if (only.length > 0 && !only.some((o) => src.id.startsWith(o))) continue;
    let bytes: Uint8Array;
    if (src.form === "word") bytes = wordDocx(src);
    else {
      if (!soffice) throw new Error("LibreOffice (soffice) is needed for the lo documents");
      writeFileSync(join(OUT, `${src.id}.fodt`), fodt(src));
      bytes = convert(soffice, `${src.id}.fodt`, fodt(src), "docx:MS Word 2007 XML");
    }
    writeFileSync(join(OUT, `${src.id}.docx`), bytes);
    console.log(`written: ${src.id}.docx (${src.form})`);
  }
}

export { fodt, wordDocx };
