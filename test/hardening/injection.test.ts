import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { toMetadataXml } from "../../src/core/metadata/metadata-xml";
import { readMetadataXml } from "../../src/core/metadata/read-metadata-xml";
import { clause, section, vorlage } from "../../src/core/model/builders";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { DocxPort } from "../../src/document/docx/docx-port";

const HOSTILE = [
  "</w:t></w:r><w:r><w:t>eingeschleust",
  '<w:sdt><w:sdtPr><w:tag w:val="bv:ziffer:fremd"/></w:sdtPr><w:sdtContent><w:p/></w:sdtContent></w:sdt>',
  "]]><![CDATA[x",
  "<script>alert('x')</script>",
  '" onload="alert(1)',
  "&amp; &lt; &#60;",
];

describe("text that looks like markup", () => {
  const v = vorlage({
    header: { betreff: HOSTILE[3] as string, vorlagenNr: HOSTILE[4] as string },
    sections: [section("s", "beschluss", HOSTILE.map((t, i) => clause(`c${i}`, t)))],
  });

  it("is stored and read back as text in the document, and adds no control", async () => {
    const port = DocxPort.fromBytes(DocxDocument.create(v, WIESBADEN, "x").save(), WIESBADEN);
    await port.insertClause(clause("neu", HOSTILE[1] as string), "s");
    await port.setFields({ "header.betreff": HOSTILE[0] as string });
    const read = DocxDocument.open(port.bytes()).read(WIESBADEN);
    expect(read.vorlage.sections[0]?.clauses.map((c) => c.text)).toEqual([...HOSTILE, HOSTILE[1]]);
    expect(read.vorlage.sections[0]?.clauses.map((c) => c.id)).not.toContain("fremd");
    expect(read.vorlage.header.betreff).toBe(HOSTILE[0]);
    // The body changed after the metadata was written: that is reported (metadata-disagrees), nothing structural is.
    expect(read.findings.filter((f) => f.code.startsWith("structure-"))).toEqual([]);
  });

  it("is stored and read back as text in the metadata part", () => {
    expect(readMetadataXml(toMetadataXml(v, WIESBADEN)).vorlage).toEqual(v);
  });

  it("is never handed to the DOM as HTML: no dangerouslySetInnerHTML or innerHTML in the pane", () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(path)) files.push(path);
      }
    };
    walk(join(__dirname, "../../src"));
    const offenders = files.filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});
