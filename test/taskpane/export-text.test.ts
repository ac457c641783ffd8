import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { exportText } from "../../src/taskpane/export-text";
import { exportBaseName } from "../../src/taskpane/export-name";
import { completeVorlage } from "../fixtures/builders";

describe("the pane's OParl download (tryout 4: a Paper without its Beschluss)", () => {
  const v = completeVorlage();
  const paper = JSON.parse(exportText(v, WIESBADEN, "oparl", "2026-12-07T10:00:00.000Z", `${exportBaseName(v)}.docx`));

  it("carries the document as its main File with the decided text, as the command's export does", () => {
    expect(paper.mainFile.type).toBe("https://schema.oparl.org/1.1/File");
    expect(paper.mainFile.fileName).toBe(`${v.header.vorlagenNr}.docx`);
    for (const c of v.sections.flatMap((s) => s.clauses)) expect(paper.mainFile.text).toContain(c.text);
  });

  it("claims no size or checksum of a document it cannot read as bytes", () => {
    expect(paper.mainFile).not.toHaveProperty("size");
    expect(paper.mainFile).not.toHaveProperty("sha512Checksum");
  });

  it("names the files by the Vorlagen-Nr., else by a general name", () => {
    expect(exportBaseName(completeVorlage({ header: { ...v.header, vorlagenNr: "" } }))).toBe("beschlussvorlage");
    expect(exportBaseName(undefined)).toBe("beschlussvorlage");
  });
});
