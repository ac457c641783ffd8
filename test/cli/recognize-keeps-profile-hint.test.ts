import { sequentialIds } from "../../src/core/model/ids";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { recognizeDocx } from "../../src/cli/recognize-docx";
import { checkedFindings } from "../../src/document/docx/checked-findings";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { docxFromBody, paragraphXml } from "../fixtures/docx";

/**
 * A Karlsruhe Vorlage recognised with Wiesbaden's profile stores that profile; the hint that the document shows
 * Karlsruhe's form must not vanish with it (fifth tryout: the output is then checked as Wiesbaden without a word).
 */
const karlsruhe = docxFromBody(
  [
    "Beschlussvorlage",
    "Vorlage Nr.: 2025/1057",
    "Verantwortlich: Dez. 2",
    "Stellenschaffungen 2026",
    "Beschlussantrag (Kurzfassung)",
    "1. Der Gemeinderat beschließt die in der Liste 1 enthaltenen Stellenschaffungen.",
  ]
    .map(paragraphXml)
    .join(""),
);

const hints = (bytes: Uint8Array) => {
  const doc = DocxDocument.open(bytes);
  return checkedFindings(doc, doc.read(WIESBADEN, sequentialIds("r")), WIESBADEN).filter((f) => f.code === "recognize-anderes-profil").map((f) => f.params["profil"]);
};

describe("the hint of another profile's form, after recognize", () => {
  it("is given for the original and for recognize's output alike", () => {
    expect(hints(karlsruhe)).toEqual(["karlsruhe"]);
    expect(hints(recognizeDocx(karlsruhe, WIESBADEN, { ids: sequentialIds("x") }).bytes)).toEqual(["karlsruhe"]);
  });
});
