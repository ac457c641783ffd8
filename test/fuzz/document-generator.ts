import { strToU8, zipSync } from "fflate";
import { clause, section, vorlage } from "../../src/core/model/builders";
import { sequentialIds } from "../../src/core/model/ids";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { esc, W_NS } from "../../src/document/ooxml/ooxml";
import { recognizeDocx } from "../../src/cli/recognize-docx";
import { prng } from "./fuzz-harness";

/**
 * Realistic Vorlagen as Word writes them, generated from a seed: header lines, numbered
 * sections and clauses (some numbers wrong), runs split at random places, and around them
 * the constructs real documents carry — tables between and inside clauses, hyperlinks,
 * simple and complex fields, tracked insertions and deletions, smartTags, comments,
 * bookmarks, footnote references, other add-ins' nested controls — sometimes around the
 * clause number itself. A share of the documents is already structured (made by `new`, or
 * by an earlier `recognize`). Each document says which shown numbers are wrong, so that
 * a test can tell a correction from damage.
 */
export interface GeneratedDocument {
  readonly bytes: Uint8Array;
  readonly kind: "plain" | "new" | "recognized";
  /** Shown number → the number it should be, for every clause or section number written wrong. */
  readonly wrong: ReadonlyMap<number, { readonly written: string; readonly right: string }>;
  /** The constructs used, for the figures. */
  readonly features: readonly string[];
}

const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdCom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.wiesbaden.de/" TargetMode="External"/></Relationships>`;
const COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W_NS}"><w:comment w:id="7" w:author="Kämmerei" w:date="2025-05-02T11:00:00Z"><w:p><w:r><w:t>Bitte prüfen.</w:t></w:r></w:p></w:comment></w:comments>`;
const FOOTNOTES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="${W_NS}"><w:footnote w:id="1"><w:p><w:r><w:t>Siehe Haushaltsplan 2025.</w:t></w:r></w:p></w:footnote></w:footnotes>`;
const HEADER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="${W_NS}"><w:p><w:r><w:t>Landeshauptstadt Wiesbaden – Der Magistrat</w:t></w:r></w:p></w:hdr>`;
const CORE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Amt 20</dc:creator></cp:coreProperties>`;

const WORDS = ["die", "Stadt", "Verwaltung", "Kosten", "Haushalt", "Beschaffung", "Bürgerservice", "Lastenräder", "Maßnahme", "Straße", "Größe", "zwölf", "jährlich", "Förderung", "Übersicht", "wird", "werden", "beauftragt", "geprüft", "und", "für", "den", "mit"];

type Random = () => number;
const pick = <T>(list: readonly T[], r: Random): T => list[Math.floor(r() * list.length)] as T;
const chance = (r: Random, p: number): boolean => r() < p;

function sentence(r: Random): string {
  const n = 3 + Math.floor(r() * 8);
  const words = Array.from({ length: n }, () => pick(WORDS, r));
  return `${words.join(" ")}${pick([";", ".", "", ","], r)}`;
}

const t = (text: string): string => `<w:t xml:space="preserve">${esc(text)}</w:t>`;
const run = (text: string, r: Random): string => (text === "" ? "" : `<w:r>${chance(r, 0.2) ? "<w:rPr><w:b/></w:rPr>" : ""}${t(text)}</w:r>`);

/** Text as one or more runs, split at random places (Word splits runs for spelling marks, revisions, formatting). */
function runs(text: string, r: Random): string {
  if (text.length < 4 || chance(r, 0.5)) return run(text, r);
  const cut = 1 + Math.floor(r() * (text.length - 1));
  return run(text.slice(0, cut), r) + (chance(r, 0.3) ? `<w:proofErr w:type="spellStart"/>` : "") + run(text.slice(cut), r);
}

/** Visible text in a construct (the same characters show; only the markup around them differs). */
function decorated(text: string, r: Random, features: string[], ids: { next: number }): string {
  const k = Math.floor(r() * 10);
  const id = ids.next++;
  switch (k) {
    case 0:
      features.push("hyperlink");
      return `<w:hyperlink r:id="rIdLink">${runs(text, r)}</w:hyperlink>`;
    case 1:
      features.push("w:ins");
      return `<w:ins w:id="${id}" w:author="Amt 20" w:date="2025-05-02T10:00:00Z">${runs(text, r)}</w:ins>`;
    case 2:
      features.push("fldSimple");
      return `<w:fldSimple w:instr=" DOCPROPERTY Betreff ">${runs(text, r)}</w:fldSimple>`;
    case 3:
      features.push("complex field");
      return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF Ziffer \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${runs(text, r)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    case 4:
      features.push("smartTag");
      return `<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">${runs(text, r)}</w:smartTag>`;
    case 5:
      features.push("bookmark");
      return `<w:bookmarkStart w:id="${id}" w:name="_Ref${id}"/>${runs(text, r)}<w:bookmarkEnd w:id="${id}"/>`;
    case 6:
      features.push("comment");
      return `<w:commentRangeStart w:id="7"/>${runs(text, r)}<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>`;
    case 7:
      features.push("customXml");
      return `<w:customXml w:uri="urn:x-dms" w:element="akte">${runs(text, r)}</w:customXml>`;
    case 8:
      features.push("foreign inline control");
      return `<w:sdt><w:sdtPr><w:tag w:val="dms:feld"/></w:sdtPr><w:sdtContent>${runs(text, r)}</w:sdtContent></w:sdt>`;
    default:
      return runs(text, r);
  }
}

/** A piece of a paragraph: plain runs, or a decorated one; sometimes with deleted text or a footnote mark beside it. */
function content(text: string, r: Random, features: string[], ids: { next: number }, decorate: number): string {
  let out = chance(r, decorate) ? decorated(text, r, features, ids) : runs(text, r);
  if (chance(r, 0.1)) {
    features.push("w:del");
    out += `<w:del w:id="${ids.next++}" w:author="Amt 20" w:date="2025-05-02T10:00:00Z"><w:r><w:delText xml:space="preserve"> nicht</w:delText></w:r></w:del>`;
  }
  if (chance(r, 0.05)) {
    features.push("footnote");
    out += `<w:r><w:rPr><w:rStyle w:val="Funotenzeichen"/></w:rPr><w:footnoteReference w:id="1"/></w:r>`;
  }
  return out;
}

const para = (inner: string, r: Random): string => `<w:p>${chance(r, 0.3) ? `<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>` : ""}${inner}</w:p>`;

function table(r: Random, features: string[]): string {
  features.push("table");
  const rows = 1 + Math.floor(r() * 3);
  const cells = (row: number) => [0, 1].map((c) => `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>${esc(row === 0 ? ["Gremium", "Termin"][c] as string : `${pick(WORDS, r)} ${row}`)}</w:t></w:r></w:p></w:tc>`).join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>${Array.from({ length: rows }, (_, i) => `<w:tr>${cells(i)}</w:tr>`).join("")}</w:tbl>`;
}

function documentPart(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
}

function packageOf(documentXml: string): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(CT),
    "_rels/.rels": strToU8(ROOT_RELS),
    "word/document.xml": strToU8(documentXml),
    "word/_rels/document.xml.rels": strToU8(DOC_RELS),
    "word/comments.xml": strToU8(COMMENTS),
    "word/footnotes.xml": strToU8(FOOTNOTES),
    "word/header1.xml": strToU8(HEADER),
    "docProps/core.xml": strToU8(CORE),
  });
}

/** A plain Vorlage as an office types it, with the constructs above in and around its clauses. */
function plain(r: Random): GeneratedDocument {
  const features: string[] = [];
  const ids = { next: 100 };
  const decorate = pick([0, 0.15, 0.4], r);
  const wrong = new Map<number, { written: string; right: string }>();
  const body: string[] = [];
  const simple = (text: string) => para(runs(text, r), r);
  body.push(simple("Beschlussvorlage"), simple(`Vorlagen-Nr. 25-V-0${1 + Math.floor(r() * 7)}-00${10 + Math.floor(r() * 89)}`), simple(`Betreff: ${sentence(r).replace(/[;.,]$/u, "")}`), "<w:p/>");
  let number = 0;
  const kinds = chance(r, 0.7) ? ["Es wird zur Kenntnis genommen, dass", "Es wird beschlossen, dass"] : ["Es wird beschlossen, dass"];
  for (const phrase of kinds) {
    number++;
    body.push(para(runs(`${number}. ${phrase}`, r), r));
    const clauses = 1 + Math.floor(r() * 4);
    for (let c = 1; c <= clauses; c++) {
      const right = `${number}.${c}`;
      let written = right;
      if (chance(r, 0.15)) written = `${number}.${c + 1 + Math.floor(r() * 3)}`;
      if (written !== right) wrong.set(wrong.size, { written, right });
      // The number itself, sometimes inside a construct.
      const numberXml = chance(r, decorate) ? decorated(written, r, features, ids) : run(written, r);
      const text = sentence(r);
      const bullet = chance(r, 0.1) ? run("- ", r) : "";
      body.push(para(`${bullet}${numberXml}<w:r><w:tab/></w:r>${content(text, r, features, ids, decorate)}`, r));
      if (chance(r, 0.15)) body.push(para(content(sentence(r).replace(/:$/u, ""), r, features, ids, decorate), r));
      if (chance(r, 0.12)) body.push(table(r, features));
      if (chance(r, 0.05)) {
        features.push("nested foreign controls");
        body.push(`<w:sdt><w:sdtPr><w:tag w:val="dms:block"/></w:sdtPr><w:sdtContent><w:sdt><w:sdtPr><w:tag w:val="dms:inner"/></w:sdtPr><w:sdtContent>${simple(sentence(r))}</w:sdtContent></w:sdt></w:sdtContent></w:sdt>`);
      }
      if (chance(r, 0.1)) body.push("<w:p/>");
    }
    body.push("<w:p/>");
  }
  if (chance(r, 0.5)) body.push(simple("Begründung"), simple(sentence(r)));
  if (chance(r, 0.3)) body.push(table(r, features));
  body.push(simple("Wiesbaden, 14.05.2025"), simple("Muster"));
  return { bytes: packageOf(documentPart(body.join(""))), kind: "plain", wrong, features };
}

/** A document made by `new` from a small Vorlage. */
function made(r: Random, seed: number): GeneratedDocument {
  const id = sequentialIds(`g${seed}-`);
  const sections = ["kenntnisnahme", "beschluss"].map((kind) => section(id(), kind, Array.from({ length: 1 + Math.floor(r() * 3) }, () => clause(id(), sentence(r)))));
  const bytes = DocxDocument.create(vorlage({ sections }), WIESBADEN, "2025-05-02T10:00:00Z").save();
  return { bytes, kind: "new", wrong: new Map(), features: ["structured by new"] };
}

/** The `n`-th document of the stream for `seed`: same seed and n, same document. */
export function generateDocument(seed: number, n: number): GeneratedDocument {
  const r = prng((seed * 1_000_003 + n) >>> 0);
  const k = r();
  if (k < 0.1) return made(r, n);
  const d = plain(r);
  if (k < 0.25) {
    // Already structured by an earlier run of `recognize`.
    const once = recognizeDocx(d.bytes, WIESBADEN, { ids: sequentialIds(`p${n}-`) });
    return { ...d, bytes: once.bytes, kind: "recognized", features: [...d.features, "structured by recognize"] };
  }
  return d;
}
