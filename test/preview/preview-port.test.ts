import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { DocxPort } from "../../src/document/docx/docx-port";
import { PreviewPort } from "../../src/preview/preview-port";
import { reference0057 } from "../fixtures/reference-0057";

const fresh = () => new PreviewPort(DocxDocument.open(DocxDocument.create(reference0057(), WIESBADEN, "2024-03-21T10:00:00Z").save(), { edit: true }), WIESBADEN);

describe("the preview's cursor is the block it shows selected", () => {
  it("has no cursor before anything is selected, like a file", async () => {
    expect(await fresh().blockAtSelection()).toBeUndefined();
    expect(await DocxPort.fromBytes(DocxDocument.create(reference0057(), WIESBADEN, "2024-03-21T10:00:00Z").save(), WIESBADEN).blockAtSelection()).toBeUndefined();
  });

  it("stands in the clause, sub-point or section last selected or inserted", async () => {
    const port = fresh();
    await port.select("c12");
    expect(await port.blockAtSelection()).toEqual({ id: "c12", kind: "clause" });
    await port.select("s2");
    expect(await port.blockAtSelection()).toEqual({ id: "s2", kind: "section" });
    await port.insertUnterpunkt({ id: "u1", text: "für 2024;" }, "c22");
    expect(await port.blockAtSelection()).toEqual({ id: "u1", kind: "unterpunkt" });
    await port.insertClause({ id: "n1", text: "neu;" }, "s1", "c13");
    expect(await port.blockAtSelection()).toEqual({ id: "n1", kind: "clause" });
  });

  it("has no cursor once the selected block is deleted", async () => {
    const port = fresh();
    await port.select("c12");
    await port.deleteBlock("c12");
    expect(await port.blockAtSelection()).toBeUndefined();
  });
});
