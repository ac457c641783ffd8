import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";

const XSD = readFileSync(join(__dirname, "../../../schemas/vorlage-metadaten.xsd"), "utf8");

/** Validates XML documents against the committed XSD with libxml2 (compiled to WebAssembly). */
export async function xsdErrors(xml: readonly string[]): Promise<string[]> {
  const result = await validateXML({
    xml: xml.map((contents, i) => ({ fileName: `doc${i}.xml`, contents })),
    schema: { fileName: "vorlage-metadaten.xsd", contents: XSD },
  });
  return result.errors.map((e) => e.rawMessage);
}
