import { withIgnorable } from "./markup-compatibility";
import { W_NS } from "./ooxml";

/**
 * The Flat OPC form of a document (one XML file with the parts inside), which Word's
 * `getOoxml` returns and `insertOoxml` takes. We only need the main document part.
 */
const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";

/**
 * A package holding one document.xml with `body` as its content, ready for insertOoxml.
 * `namespaces` are further declarations (` xmlns:w14="…"`) that content cut from another
 * document needs; Word's extension namespaces among them are declared ignorable.
 */
export function toFlatOpc(body: string, namespaces = "", styles?: string): string {
  // With a styles part, insertOoxml brings the named „BV …“ styles into a document that lacks
  // them; a document that has them (restyled by the city) keeps its own definitions.
  const stylesParts =
    styles === undefined
      ? ""
      : `<pkg:part pkg:name="/word/_rels/document.xml.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>` +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>` +
        `</pkg:xmlData></pkg:part>` +
        `<pkg:part pkg:name="/word/styles.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"><pkg:xmlData>${styles.replace(/^<\?xml[^>]*\?>/, "")}</pkg:xmlData></pkg:part>`;
  return (
    `<pkg:package xmlns:pkg="${PKG}">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>` +
    `</pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>` +
    `<w:document${withIgnorable(namespaces.includes("xmlns:w=") ? namespaces : ` xmlns:w="${W_NS}"${namespaces}`)}><w:body>${body}</w:body></w:document>` +
    `</pkg:xmlData></pkg:part>${stylesParts}</pkg:package>`
  );
}

/** The document.xml inside a Flat OPC package, as text; undefined when there is none. */
export function documentXmlOf(flatOpc: string): string | undefined {
  return partXmlOf(flatOpc, "/word/document.xml");
}

/** Any XML part inside a Flat OPC package (e.g. "/word/numbering.xml", which list numbers need), as text. */
export function partXmlOf(flatOpc: string, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const part = new RegExp(`<pkg:part\\b[^>]*pkg:name="${escaped}"[^>]*>\\s*<pkg:xmlData>([\\s\\S]*?)<\\/pkg:xmlData>\\s*<\\/pkg:part>`).exec(flatOpc);
  return part?.[1];
}
