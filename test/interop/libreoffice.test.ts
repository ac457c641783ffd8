import { deepEqual } from "../../src/core/model/deep-equal";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { validate } from "../../src/core/validation/validate";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { reference0057 } from "../fixtures/reference-0057";
import { convert, findSoffice, pdfToText } from "./libreoffice";

/**
 * Our documents in a real consumer. Needs LibreOffice and poppler (`.ci/run` installs
 * them); on a machine without them the suite is skipped and says so, in CI it fails.
 */
const soffice = findSoffice();
if (!soffice && process.env["CI"]) throw new Error("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui");
const suite = soffice ? describe : describe.skip;
if (!soffice) console.warn("LibreOffice not installed: interop tests skipped (apt-get install libreoffice-writer-nogui poppler-utils)");

suite("a document we write, in LibreOffice", () => {
  const original = DocxDocument.create(reference0057(), WIESBADEN, "2024-03-21T10:00:00Z").save();

  it("renders with the right numbers in the right order", () => {
    const text = pdfToText(convert(soffice as string, "0057.docx", original, "pdf"));
    const numbers = [...text.matchAll(/^\s*(\d\.(?:\d)?)\s/gmu)].map((m) => m[1]);
    expect(numbers).toEqual(["1.", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.", "2.1", "2.2", "2.3"]);
    expect(text).toContain("Vorlagen-Nr. 24-V-07-0001");
    expect(text).toMatch(/Beschluss Nr\. 0057/);
    // Wiesbaden keeps the Finanzierung for the checks but does not print it (the money stands in clause 2.2).
    expect(text).not.toContain("Die Kosten von");
  }, 120_000);

  it("after LibreOffice saved it as its own .docx, still checks the same: structure recovered, and said so", () => {
    const rewritten = DocxDocument.open(convert(soffice as string, "0057.docx", original, "docx:MS Word 2007 XML"));
    const read = rewritten.read(WIESBADEN);
    expect([read.structured, read.recovered]).toEqual([false, true]);
    expect(read.vorlage.header.vorlagenNr).toBe("24-V-07-0001");
    expect(read.vorlage.sections.map((s) => [s.kind, s.writtenNumber, s.clauses.map((c) => c.writtenNumber)])).toEqual([
      ["kenntnisnahme", "1.", ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"]],
      ["beschluss", "2.", ["2.1", "2.2", "2.3"]],
    ]);
    expect(deepEqual(read.vorlage, reference0057())).toBe(true);
    expect(validate(read.vorlage, WIESBADEN)).toEqual(validate(reference0057(), WIESBADEN));
  }, 120_000);
});
