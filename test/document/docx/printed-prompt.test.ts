import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { checkedFindings } from "../../../src/document/docx/checked-findings";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { reference0057 } from "../../fixtures/reference-0057";

/**
 * An empty field of ours shows its prompt, and Word prints it: tryout 4's pane Vorlage printed
 * „Beschluss Nr. ‹Beschluss-Nr.›“ while check and the pane said „vollständig – 0 Fehler, 0
 * Warnungen“, and the same text after a plain LibreOffice save (tags and aliases dropped) got
 * the foreign-placeholder warning. Both must say the same: the prompt prints.
 */
const empty = () => {
  const v = reference0057();
  return DocxDocument.create(
    { ...v, header: { ...v.header, beschlussNr: "" } },
    WIESBADEN,
    "2026-12-07T12:00:00Z",
  ).save();
};

/** As LibreOffice saves it: our content controls keep their prompt but lose tag and alias. */
function withoutTagsAndAliases(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  const xml = strFromU8(parts["word/document.xml"] as Uint8Array);
  const changed = xml
    .replace(/<w:alias w:val="[^"]*"\/>/g, "")
    .replace(/<w:tag w:val="[^"]*"\/>/g, "");
  expect(changed).not.toBe(xml);
  return zipSync({ ...parts, "word/document.xml": strToU8(changed) });
}

const prompts = (bytes: Uint8Array) => {
  const doc = DocxDocument.open(bytes);
  const r = doc.read(WIESBADEN, sequentialIds("t"));
  return checkedFindings(doc, r, WIESBADEN)
    .filter(
      (f) =>
        f.code.startsWith("accessibility-placeholder") ||
        f.code === "accessibility-field-prompt",
    )
    .map((f) => [f.code, f.severity, f.params["auszug"]]);
};

describe("an empty field of ours whose prompt prints", () => {
  it("is a hint naming the prompt, in the document the pane made (the Beschluss-Nr. is empty by right until the sitting)", () => {
    expect(prompts(empty())).toEqual([
      ["accessibility-field-prompt", "info", "‹Beschluss-Nr.›"],
    ]);
  });

  it("is the same hint after another program dropped our tags and aliases", () => {
    expect(prompts(withoutTagsAndAliases(empty()))).toEqual([
      ["accessibility-field-prompt", "info", "‹Beschluss-Nr.›"],
    ]);
  });

  it("is nothing when the field is filled", () => {
    expect(
      prompts(
        DocxDocument.create(
          reference0057(),
          WIESBADEN,
          "2026-12-07T12:00:00Z",
        ).save(),
      ),
    ).toEqual([]);
  });
});
