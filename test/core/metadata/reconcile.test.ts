import { toMetadataXml } from "../../../src/core/metadata/metadata-xml";
import { readMetadataXml } from "../../../src/core/metadata/read-metadata-xml";
import { compareWithBody } from "../../../src/core/metadata/reconcile";
import { apply } from "../../../src/core/operations/apply";
import * as ops from "../../../src/core/operations/constructors";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { reference0057 } from "../../fixtures/reference-0057";

describe("compareWithBody", () => {
  const body = reference0057();
  const stored = readMetadataXml(toMetadataXml(body, WIESBADEN)).vorlage!;

  it("finds nothing when the metadata was written from this body", () => {
    expect(compareWithBody(body, stored)).toEqual([]);
  });

  it("says which fields disagree after the body was edited without the add-in", () => {
    let edited = apply(body, ops.setField(body, "header.betreff", "Beitritt zum NExT e. V."));
    edited = apply(edited, ops.editClause(edited, "c22", "der jährliche Mitgliedsbeitrag in Höhe von 1.200 € finanziert wird;"));
    edited = apply(edited, ops.deleteClause(edited, "c16"));
    const findings = compareWithBody(edited, stored);
    expect(findings.map((f) => [f.code, f.params["field"], f.location])).toEqual([
      ["metadata-disagrees", "header.betreff", { type: "field", field: "header.betreff" }],
      ["metadata-disagrees", "sections", { type: "document" }],
      ["metadata-disagrees", "text", { type: "clause", id: "c22" }],
    ]);
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
  });

  it("notices block values that differ", () => {
    const withBlock = apply(body, ops.setBlockField(body, "beteiligungen", "personalrat", "beteiligt"));
    expect(compareWithBody(withBlock, stored).map((f) => f.params["field"])).toEqual(["bloecke"]);
  });
});
