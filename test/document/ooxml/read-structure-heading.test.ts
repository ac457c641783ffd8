import { sequentialIds } from "../../../src/core/model/ids";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { renderBody } from "../../../src/document/ooxml/render-vorlage";
import { docxFromBody } from "../../fixtures/docx";
import { reference0057 } from "../../fixtures/reference-0057";

/**
 * A section control's tag names its kind; its heading is what prints. Where the two disagree
 * (tags swapped by hand or by another program, or on purpose), `check` called the Vorlage
 * complete and printed „Es wird beschlossen, dass“ for a heading that reads „Es wird zur
 * Kenntnis genommen, dass“ (found by a round of hostile documents).
 */
const findingsOf = (body: string, profile = WIESBADEN) =>
  DocxDocument.open(docxFromBody(body))
    .read(profile, sequentialIds("t"))
    .findings.filter((f) => f.code === "structure-heading-kind");

describe("a section whose heading reads as another kind than its tag says", () => {
  const body = renderBody(reference0057(), WIESBADEN);

  it("is an error naming what the tag says and what the heading reads, for each such section", () => {
    const swapped = body.replace("bv:abschnitt:s1:kenntnisnahme", "bv:abschnitt:s1:TMP").replace("bv:abschnitt:s2:beschluss", "bv:abschnitt:s2:kenntnisnahme").replace("bv:abschnitt:s1:TMP", "bv:abschnitt:s1:beschluss");
    const found = findingsOf(swapped);
    expect(found.map((f) => [f.severity, f.location])).toEqual([
      ["error", { type: "section", id: "s1" }],
      ["error", { type: "section", id: "s2" }],
    ]);
    expect(found[0]?.params).toEqual({ erwartet: "Es wird beschlossen, dass", ueberschrift: expect.stringContaining("Es wird zur Kenntnis genommen, dass") });
  });

  it("is nothing when heading and tag agree, or when the heading is the office's own wording of neither kind", () => {
    expect(findingsOf(body)).toEqual([]);
    const own = body.replace("Es wird beschlossen, dass", "Die Stadtverordnetenversammlung möge beschließen:");
    expect(own).not.toBe(body);
    expect(findingsOf(own)).toEqual([]);
  });

  it("reads the heading without its number, under another profile's phrases too", () => {
    const ka = renderBody(reference0057(), KARLSRUHE);
    expect(findingsOf(ka, KARLSRUHE)).toEqual([]);
  });
});
