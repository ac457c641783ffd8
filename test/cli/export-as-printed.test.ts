import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import oparlSchema from "../../schemas/oparl-paper.schema.json";
import vorlageSchema from "../../schemas/vorlage.schema.json";
import { esc } from "../../src/document/ooxml/ooxml";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

const cell = (text: string) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p></w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.map(cell).join("")}</w:tr>`;

/** A Vorlage another town typed: a Beratungsfolge table of two rows, its own decision heading, clauses 1., 2., 3. */
const MUSTERHAUSEN = docxFromBody(
  [
    ...["Stadt Musterhausen", "Der Bürgermeister", "Vorlage Nr. 0345/2025"].map(paragraphXml),
    `<w:tbl>${row("Beratungsfolge", "Sitzungstermin", "Zuständigkeit")}${row("Bau- und Planungsausschuss", "03.09.2025", "Vorberatung")}${row("Rat der Stadt", "18.09.2025", "Entscheidung")}</w:tbl>`,
    ...[
      "Betreff: Sanierung der Turnhalle der Grundschule Am Weiher",
      "Beschlussvorschlag:",
      "Der Rat der Stadt beschließt:",
      "1. Die Turnhalle der Grundschule Am Weiher wird in den Sommerferien 2026 saniert.",
      "2. Die Verwaltung wird beauftragt, die Bauleistungen auszuschreiben.",
      "3. Die Kosten in Höhe von 450.000 € werden aus dem Produkt 08.01.01 finanziert.",
      "Musterhausen, 12.08.2025",
      "gez. Schmitz",
    ].map(paragraphXml),
  ].join(""),
);

describe("export of a recognised document says what the document says", () => {
  const { file } = tempFolder("export-printed-");
  const input = file("A-musterhausen.docx", MUSTERHAUSEN);
  const ajv = new Ajv2020({ strict: true });
  addFormats(ajv);

  it("gives OParl the decision text with the document's own heading and numbers", async () => {
    const paper = JSON.parse((await run("export", input, "--format", "oparl")).out);
    expect(paper.mainFile.text).toBe(
      [
        "Der Rat der Stadt beschließt:",
        "1. Die Turnhalle der Grundschule Am Weiher wird in den Sommerferien 2026 saniert.",
        "2. Die Verwaltung wird beauftragt, die Bauleistungen auszuschreiben.",
        "3. Die Kosten in Höhe von 450.000 € werden aus dem Produkt 08.01.01 finanziert.",
      ].join("\n"),
    );
    expect(ajv.validate(oparlSchema, paper)).toBe(true);
  });

  it("carries both rows of the Beratungsfolge into JSON and OParl, with body, date and role", async () => {
    const json = JSON.parse((await run("export", input, "--format", "json")).out);
    expect(json.vorlage.beratungsfolge.map((b: { gremium: string; datum: string; rolle: string; entscheidend: boolean }) => [b.gremium, b.datum, b.rolle, b.entscheidend])).toEqual([
      ["Bau- und Planungsausschuss", "2025-09-03", "Vorberatung", false],
      ["Rat der Stadt", "2025-09-18", "Entscheidung", true],
    ]);
    expect(json.vorlage.sections[0].clauses.map((c: { number: string }) => c.number)).toEqual(["1.", "2.", "3."]);
    expect(ajv.validate(vorlageSchema, json)).toBe(true);
    const paper = JSON.parse((await run("export", input, "--format", "oparl")).out);
    expect(paper.consultation).toEqual([
      { type: "https://schema.oparl.org/1.1/Consultation", role: "Vorberatung", authoritative: false },
      { type: "https://schema.oparl.org/1.1/Consultation", role: "Entscheidung", authoritative: true },
    ]);
  });
});
