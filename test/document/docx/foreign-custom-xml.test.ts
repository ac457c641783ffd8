import { strFromU8, strToU8, unzipSync } from "fflate";
import { METADATA_NAMESPACE } from "../../../src/core/metadata/metadata-xml";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { findMetadataPart } from "../../../src/document/docx/package-parts";
import { recognizeDocx } from "../../../src/cli/recognize-docx";
import { docxFromBody, paragraphXml } from "../../fixtures/docx";

/**
 * Another program's custom XML part is never ours: a DMS or SharePoint properties part that
 * names our namespace somewhere inside (an attribute value, a nested element, a schema
 * reference) is neither read as our metadata nor overwritten by it. Ours is the part whose
 * root element is `vorlage` in our namespace, and whose properties part, when it names
 * schemas, names ours.
 */
const SHAREPOINT = `<?xml version="1.0" encoding="utf-8"?><p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><documentManagement><Quelle xmlns="${METADATA_NAMESPACE}">Vorlage</Quelle><Hinweis x="${METADATA_NAMESPACE}">aus dem DMS</Hinweis></documentManagement></p:properties>`;
const SHAREPOINT_PROPS = `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.microsoft.com/office/2006/metadata/properties"/></ds:schemaRefs></ds:datastoreItem>`;
const ITEM_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>`;

const LINES = ["Beschlussvorlage", "Betreff: Beitritt zum Verein", "Beschlussvorschlag:", "1. Die Stadt tritt dem Verein bei.", "2. Die Verwaltung wird beauftragt."];

function withForeignPart(item: string = SHAREPOINT, props: string = SHAREPOINT_PROPS): Uint8Array {
  return docxFromBody(LINES.map(paragraphXml).join(""), {
    "customXml/item1.xml": strToU8(item),
    "customXml/itemProps1.xml": strToU8(props),
    "customXml/_rels/item1.xml.rels": strToU8(ITEM_RELS),
  });
}

describe("another program's custom XML part", () => {
  it("is not taken for our metadata part although it names our namespace", () => {
    const doc = DocxDocument.open(withForeignPart(), { edit: true });
    expect(findMetadataPart(new Map(Object.entries(unzipSync(withForeignPart()))))).toBeUndefined();
    const read = doc.read(WIESBADEN, sequentialIds("r"));
    expect(read.metadata).toBeUndefined();
    expect(read.findings.map((f) => f.code)).not.toContain("metadata-foreign");
  });

  it("keeps its bytes when our metadata is written, and ours is added beside it", () => {
    const input = withForeignPart();
    const { bytes } = recognizeDocx(input, WIESBADEN, { ids: sequentialIds("s") });
    const before = unzipSync(input);
    const after = unzipSync(bytes);
    for (const name of ["customXml/item1.xml", "customXml/itemProps1.xml", "customXml/_rels/item1.xml.rels"]) expect(after[name]).toEqual(before[name]);
    const ours = findMetadataPart(new Map(Object.entries(after)));
    expect(ours).toBe("customXml/item2.xml");
    expect(strFromU8(after[ours as string] as Uint8Array)).toMatch(new RegExp(`^<vorlage xmlns="${METADATA_NAMESPACE}"`));
    expect(DocxDocument.open(bytes).read(WIESBADEN).metadata?.vorlage?.header.betreff).toBe("Beitritt zum Verein");
  });

  it("a root element in our namespace whose properties part names another schema is not ours either", () => {
    const item = `<vorlage xmlns="${METADATA_NAMESPACE}" version="1.1"><kopf/></vorlage>`;
    expect(findMetadataPart(new Map(Object.entries(unzipSync(withForeignPart(item)))))).toBeUndefined();
    const oursProps = SHAREPOINT_PROPS.replace("http://schemas.microsoft.com/office/2006/metadata/properties", METADATA_NAMESPACE);
    expect(findMetadataPart(new Map(Object.entries(unzipSync(withForeignPart(item, oursProps)))))).toBe("customXml/item1.xml");
  });

  it("our part is found by its root, also after a comment, with a prefix, or when it is malformed further on", () => {
    const variants = [
      `<?xml version="1.0"?><!-- von Hand --><bv:vorlage xmlns:bv="${METADATA_NAMESPACE}" version="1.1"/>`,
      `<vorlage version="1.1" xmlns="${METADATA_NAMESPACE}"><kopf></vorlage>`,
    ];
    for (const item of variants) {
      const parts = new Map(Object.entries(unzipSync(docxFromBody(paragraphXml("x"), { "customXml/item1.xml": strToU8(item) }))));
      expect(findMetadataPart(parts)).toBe("customXml/item1.xml");
    }
  });
});
