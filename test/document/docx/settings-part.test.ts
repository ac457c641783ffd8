import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { sequentialIds } from "../../../src/core/model/ids";
import { clause } from "../../../src/core/model/builders";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { DocxPort } from "../../../src/document/docx/docx-port";
import { createPreviewPort } from "../../../src/preview/engine";
import { run, tempFolder } from "../../cli/cli-helpers";
import { plainDocx } from "../../fixtures/docx";
import { reference0057 } from "../../fixtures/reference-0057";

const NOW = "2025-05-06T09:00:00Z";
const files = (bytes: Uint8Array): Record<string, string> => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));

/** CT_Settings (ECMA-376 Part 1, §17.15.1.78): the children a settings part may have, in the order the schema requires. */
const CT_SETTINGS_ORDER = [
  "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime", "doNotDisplayPageBoundaries", "displayBackgroundShape",
  "printPostScriptOverText", "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts",
  "saveFormsData", "mirrorMargins", "alignBordersAndEdges", "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "gutterAtTop",
  "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle", "proofState", "formsDesign", "attachedTemplate", "linkStyles",
  "stylePaneFormatFilter", "stylePaneSortMethod", "documentType", "mailMerge", "revisionView", "trackRevisions", "doNotTrackMoves",
  "doNotTrackFormatting", "documentProtection", "autoFormatOverride", "styleLockTheme", "styleLockQFSet", "defaultTabStop", "autoHyphenation",
  "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps", "showEnvelope", "summaryLength", "clickAndTypeStyle", "defaultTableStyle",
  "evenAndOddHeaders", "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets", "drawingGridHorizontalSpacing",
  "drawingGridVerticalSpacing", "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery", "doNotUseMarginsForDrawingGridOrigin",
  "drawingGridHorizontalOrigin", "drawingGridVerticalOrigin", "doNotShadeFormData", "noPunctuationKerning", "characterSpacingControl",
  "printTwoOnOne", "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore", "savePreviewPicture", "doNotValidateAgainstSchema",
  "saveInvalidXml", "ignoreMixedContent", "alwaysShowPlaceholderText", "doNotDemarcateInvalidXml", "saveXmlDataOnly", "useXSLTWhenSaving",
  "saveThroughXslt", "showXMLTags", "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr", "compat",
  "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
  "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol",
  "listSeparator",
];

/** The top-level children of w:settings, by local name. */
const topLevel = (settings: string): string[] => {
  const inner = /<w:settings[^>]*>([\s\S]*)<\/w:settings>/.exec(settings)?.[1] ?? "";
  const out: string[] = [];
  let depth = 0;
  for (const m of inner.matchAll(/<(\/?)w:([A-Za-z]+)[^>]*?(\/?)>/g)) {
    if (m[1] === "/") depth--;
    else {
      if (depth === 0) out.push(m[2] as string);
      if (m[3] !== "/") depth++;
    }
  }
  return out;
};

/** What Word needs to open a package as a Word 2013+ document: the part, its relationship and content type. */
function expectWord2013Settings(bytes: Uint8Array): void {
  const f = files(bytes);
  const settings = f["word/settings.xml"];
  expect(settings).toBeDefined();
  expect(settings).toContain('<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>');
  expect(settings).toMatch(/<w:defaultTabStop w:val="\d+"\/>/);
  expect(settings).toContain('<w:characterSpacingControl w:val="doNotCompress"/>');
  const order = topLevel(settings as string).map((name) => CT_SETTINGS_ORDER.indexOf(name));
  expect(order.every((i) => i >= 0)).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(f["word/_rels/document.xml.rels"]).toMatch(/Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/settings" Target="settings\.xml"/);
  expect(f["[Content_Types].xml"]).toContain('<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>');
}

describe("a document we create opens in Word as a Word 2013+ document, not in Compatibility Mode", () => {
  it.each([["Wiesbaden", WIESBADEN], ["Karlsruhe", KARLSRUHE]])("DocxDocument.create (%s)", (_name, profile) => {
    expectWord2013Settings(DocxDocument.create(reference0057(), profile, NOW).save());
  });

  it("beschluss new", async () => {
    const { dir } = tempFolder("settings-");
    const out = join(dir, "neu.docx");
    expect((await run("new", "-o", out)).code).toBe(0);
    expectWord2013Settings(new Uint8Array(readFileSync(out)));
  });

  it("the preview's new document, also after edits", async () => {
    const port = createPreviewPort(WIESBADEN);
    const first = (await port.read()).vorlage.sections[0];
    if (first) await port.insertClause(clause("neu", "Etwas wird beschlossen."), first.id);
    expectWord2013Settings(port.bytes());
  });
});

describe("a document we edit keeps its own settings", () => {
  it("byte for byte, when it has a settings part", async () => {
    const theirs = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="120"/><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="14"/></w:compat></w:settings>`;
    const plain = unzipSync(plainDocx(["Beschluss:", "1. Es wird beschlossen."]));
    const rels = strFromU8(plain["word/_rels/document.xml.rels"] as Uint8Array).replace("</Relationships>", '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>');
    const bytes = zipSync({ ...plain, "word/_rels/document.xml.rels": strToU8(rels), "word/settings.xml": strToU8(theirs) });
    const doc = DocxDocument.open(bytes, { edit: true });
    doc.structure(WIESBADEN, sequentialIds("s"));
    const port = new DocxPort(doc, WIESBADEN, sequentialIds("p"));
    const v = (await port.read()).vorlage;
    await port.insertClause(clause("neu", "Noch etwas."), (v.sections[0] as { id: string }).id);
    await port.writeMetadata((await port.read()).vorlage);
    const after = unzipSync(port.bytes());
    expect(after["word/settings.xml"]).toEqual(strToU8(theirs));
    expect(strFromU8(after["word/_rels/document.xml.rels"] as Uint8Array).match(/relationships\/settings"/g)).toHaveLength(1);
  });
});
