import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import type { Finding } from "../../../src/core/validation/finding";
import { checkedFindings } from "../../../src/document/docx/checked-findings";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { shownFindings } from "../../../src/document/shown-findings";
import { WordPort } from "../../../src/document/word/word-port";
import { CORPUS_DIR } from "../../fixtures/corpus/evaluate";
import { reference0057 } from "../../fixtures/reference-0057";
import { WordSimulator } from "../../word-simulator/word-simulator";

/**
 * The four warnings check, the report and the preview gave and the pane did not: a date field (`datum-feld`), a
 * formula field (`rechenfeld`), text nobody sees (`text-unsichtbar`) and our metadata part twice
 * (`metadata-duplicate`). The same document gives the same findings in both, from the read's one sync.
 */
const said = (f: Finding): string => JSON.stringify([f.code, f.severity, f.location.type === "field" ? f.location.field : f.location.type, f.params]);
/** Word names a custom XML part by its id, not by the package's part name (metadata.ts): those two parameters differ by right. */
const sameBut = (f: Finding): string => said(f.code === "metadata-duplicate" ? { ...f, params: { anzahl: String(f.params["anzahl"]) } } : f);

const FIELDS =
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "dd.MM.yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> 07.12.2026</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> =12000*2 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> 24000</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
  `<w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t xml:space="preserve"> nur für den Dienstgebrauch</w:t></w:r>`;
type Files = Record<string, Uint8Array>;

/**
 * Where the body's first paragraph of its own ends: not one inside a text box (w:txbxContent, a letterhead's
 * address block), whose text neither check nor the pane reads as the body's (textfeld-nicht-gelesen).
 */
function firstBodyParagraphEnd(doc: string): number {
  const body = doc.indexOf("<w:body>");
  for (const m of doc.matchAll(/<w:p[\s>](?:(?!<\/w:p>|<w:p[\s>])[\s\S])*?<\/w:p>/g)) {
    const before = doc.slice(0, m.index);
    const inTextBox = (before.match(/<w:txbxContent[\s>]/g) ?? []).length > (before.match(/<\/w:txbxContent>/g) ?? []).length;
    if (m.index > body && !inTextBox) return m.index + m[0].length - "</w:p>".length;
  }
  throw new Error("no paragraph in the body");
}

/** The three fields and white text at the end of the body's first paragraph. */
function withFields(bytes: Uint8Array): Uint8Array {
  const f = unzipSync(bytes) as Files;
  const doc = strFromU8(f["word/document.xml"] as Uint8Array);
  const at = firstBodyParagraphEnd(doc);
  f["word/document.xml"] = strToU8(`${doc.slice(0, at)}${FIELDS}${doc.slice(at)}`);
  return zipSync(f);
}

/** Our metadata part a second time behind the first (as test/cli/hostile-second-metadata.test.ts builds it). */
function withSecondMetadata(bytes: Uint8Array): Uint8Array {
  const f = unzipSync(bytes) as Files;
  const name = Object.keys(f).find((n) => /^customXml\/item\d+\.xml$/.test(n) && strFromU8(f[n] as Uint8Array).includes("<vorlage")) as string;
  const n = name.replace(/\D/g, "");
  f["customXml/item9.xml"] = strToU8(strFromU8(f[name] as Uint8Array).replace(/Sanierung|Neubau|Spielplatz/u, "Dienstwagen"));
  const props = f[`customXml/itemProps${n}.xml`];
  if (props) f["customXml/itemProps9.xml"] = strToU8(strFromU8(props).replace(/\{[0-9A-F-]+\}/iu, "{00000000-0000-0000-0000-000000000009}"));
  const rels = f[`customXml/_rels/item${n}.xml.rels`];
  if (rels) f["customXml/_rels/item9.xml.rels"] = strToU8(strFromU8(rels).replace(`itemProps${n}.xml`, "itemProps9.xml"));
  f["[Content_Types].xml"] = strToU8(strFromU8(f["[Content_Types].xml"] as Uint8Array).replace("</Types>", `<Override PartName="/customXml/itemProps9.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>`));
  const docRels = strFromU8(f["word/_rels/document.xml.rels"] as Uint8Array);
  f["word/_rels/document.xml.rels"] = strToU8(docRels.replace("</Relationships>", '<Relationship Id="rIdStale" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item9.xml"/></Relationships>'));
  return zipSync(f);
}

const checkSays = (bytes: Uint8Array): Finding[] => {
  const doc = DocxDocument.open(bytes);
  return checkedFindings(doc, doc.read(WIESBADEN, sequentialIds("r")), WIESBADEN);
};
async function paneSays(bytes: Uint8Array): Promise<{ findings: Finding[]; syncs: number }> {
  const sim = new WordSimulator(bytes);
  const before = sim.syncs;
  const read = await new WordPort(sim.host(), WIESBADEN, sequentialIds("w")).read();
  return { findings: shownFindings(read, WIESBADEN), syncs: sim.syncs - before };
}
const codes = (findings: readonly Finding[]): string[] => findings.map((f) => f.code).filter((c) => ["datum-feld", "rechenfeld", "text-unsichtbar", "metadata-duplicate"].includes(c)).sort();

function documents(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return documents(path);
    return name.endsWith(".docx") ? [path] : [];
  });
}

describe("date and formula fields, unseen text and a second metadata part: the pane says what check says", () => {
  const SAMPLE = documents(CORPUS_DIR)
    .sort()
    .filter((_, i) => i % 9 === 0)
    .map((f) => [relative(CORPUS_DIR, f), withFields(readFileSync(f))] as const);

  it.each(SAMPLE)("%s with a DATE field, a formula field and white text: the same findings", async (_, bytes) => {
    const check = checkSays(bytes);
    expect(codes(check)).toEqual(["datum-feld", "rechenfeld", "text-unsichtbar"]);
    const pane = await paneSays(bytes);
    expect(pane.findings.map(said).sort()).toEqual(check.map(said).sort());
  });

  it("says all four of our own Vorlage with the fields and a stale second metadata part, as check, in the read's syncs", async () => {
    const plain = DocxDocument.create(reference0057(), WIESBADEN, "2025-05-06T09:00:00Z").save();
    const bytes = withSecondMetadata(withFields(plain));
    const check = checkSays(bytes);
    expect(codes(check)).toEqual(["datum-feld", "metadata-duplicate", "rechenfeld", "text-unsichtbar"]);
    const pane = await paneSays(bytes);
    expect(pane.findings.map(sameBut).sort()).toEqual(check.map(sameBut).sort());
    const dup = pane.findings.find((f) => f.code === "metadata-duplicate");
    expect(dup?.params["anzahl"]).toBe("2");
    expect(String(dup?.params["gilt"])).not.toBe(String(dup?.params["weitere"]));
    // No round trip of its own: the read of the same document without them syncs as often.
    expect(pane.syncs).toBe((await paneSays(plain)).syncs);
  });

  it("says none of them where the document has none", async () => {
    const plain = DocxDocument.create(reference0057(), WIESBADEN, "2025-05-06T09:00:00Z").save();
    expect(codes((await paneSays(plain)).findings)).toEqual([]);
  });
});
