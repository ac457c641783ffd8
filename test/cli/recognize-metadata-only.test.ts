import { join } from "node:path";
import { sequentialIds } from "../../src/core/model/ids";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { recognizeDocx } from "../../src/cli/recognize-docx";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

const cell = (text: string) => `<w:tc>${paragraphXml(text)}</w:tc>`;
const table = (rows: readonly (readonly string[])[]) => `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>${rows.map((r) => `<w:tr>${r.map(cell).join("")}</w:tr>`).join("")}</w:tbl>`;

/** Clauses laid out in one table (number | text), with a Beratungsfolge table above: recognize cannot wrap them and writes only the metadata. */
const clausesInTable = docxFromBody(
  [
    paragraphXml("Vorlagen-Nr. 25-V-03-0042"),
    paragraphXml("Betreff: Anschaffung von Lastenrädern"),
    paragraphXml("Federführend: Dezernat III"),
    table([
      ["Gremium", "Sitzungsdatum", "Zuständigkeit"],
      ["Ausschuss für Finanzen", "02.06.2025", "Vorberatung"],
      ["Stadtverordnetenversammlung", "12.06.2025", "Entscheidung"],
    ]),
    paragraphXml("1. Es wird beschlossen, dass"),
    table([
      ["1.1", "zehn Lastenräder beschafft werden;"],
      ["1.2", "die Räder gewartet werden."],
    ]),
    paragraphXml("Finanzielle Auswirkungen: Nein"),
    paragraphXml("Dem Magistrat"),
    paragraphXml("mit der Bitte um Kenntnisnahme"),
    paragraphXml("Wiesbaden, 02.06.2025"),
    paragraphXml("Müller"),
  ].join(""),
);

describe("recognize that writes only the metadata (clauses in a table)", () => {
  it("leaves a document whose metadata agrees with its text: no disagreement of our own making", () => {
    const out = recognizeDocx(clausesInTable, WIESBADEN, { ids: sequentialIds("x") });
    expect(out.outcome.refusal).toBe("clause-across-table");
    const read = DocxDocument.open(out.bytes).read(WIESBADEN, sequentialIds("r"));
    expect(read.vorlage.beratungsfolge).toHaveLength(2);
    expect(read.findings.filter((f) => f.code === "metadata-disagrees")).toEqual([]);
  });

  it("is not called a document another program saved, by check or by diff", async () => {
    const { dir, file } = tempFolder("nur-metadaten");
    const out = join(dir, "aus.docx");
    const input = file("ein.docx", clausesInTable);
    const rec = await run("recognize", input, "-o", out);
    expect(rec.err).toContain("nur die Metadaten wurden geschrieben");
    const r = await run("check", out);
    expect(r.out).not.toContain("anderen Programm");
    expect(r.out).not.toContain("wiederhergestellt");
    expect(r.out).not.toContain("Metadaten weichen");
    const d = await run("diff", input, out);
    expect(d.out).not.toContain("Metadaten weichen");
  });
});
