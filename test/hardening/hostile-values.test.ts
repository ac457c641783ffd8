import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { METADATA_NAMESPACE } from "../../src/core/metadata/metadata-xml";
import { KARLSRUHE } from "../../src/core/profile/builtin-profiles";
import { renderBody } from "../../src/document/ooxml/render-vorlage";
import { completeVorlage } from "../fixtures/builders";
import { run, tempFolder } from "../cli/cli-helpers";
import { docxFromBody, paragraphXml } from "../fixtures/docx";

/**
 * Valid documents with odd values where our own parts hold numbers: a metadata part (the
 * document's custom XML) whose amount, share or year is not a number of its kind. Such a part
 * is damaged, not a program error: every command reads on without the value and says so.
 */
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>`;
const LINES = ["Vorlagen-Nr. 25-V-03-0012", "Betreff: Beitritt zum Verein", "1. Es wird beschlossen, dass", "1.1\tdie Stadt dem Verein beitritt."];

function withMetadata(finanzierung: string): Uint8Array {
  const files = unzipSync(docxFromBody(LINES.map(paragraphXml).join("")));
  files["word/_rels/document.xml.rels"] = strToU8(RELS);
  files["customXml/item1.xml"] = strToU8(
    `<vorlage xmlns="${METADATA_NAMESPACE}" version="1.3" profil="wiesbaden"><kopf/><abschnitte/>${finanzierung}</vorlage>`,
  );
  return zipSync(files);
}

describe("a metadata part with numbers that are none", () => {
  it.each([
    ["a negative amount", `<finanzierung auswirkungen="true" betragCent="-5"><bewirtschaftung/></finanzierung>`, "finanzierung-betrag-invalid"],
    ["a negative share", `<finanzierung auswirkungen="true" betragCent="100"><bewirtschaftung/><quelle id="q" anteil="-0.5"><dezernat>VII</dezernat></quelle></finanzierung>`, "finanzierung-anteil-invalid"],
  ])("%s is a number, read as it stands: the check says it is not allowed, not that the part is damaged", async (_name, finanzierung, code) => {
    const { file } = tempFolder("bv-hostile-values-");
    const check = await run("check", file("vorlage.docx", withMetadata(finanzierung)), "--json");
    const codes = ((JSON.parse(check.out) as { files: { findings: { code: string }[] }[] }).files[0]?.findings ?? []).map((f) => f.code);
    expect(codes).toContain(code);
    expect(codes).not.toContain("metadata-malformed");
  });

  it.each([
    ["an amount of NaN", `<finanzierung auswirkungen="true" betragCent="NaN"><bewirtschaftung/></finanzierung>`, "betragCent"],
    ["an amount of Infinity", `<finanzierung auswirkungen="true" betragCent="Infinity"><bewirtschaftung/></finanzierung>`, "betragCent"],
    ["an amount of 40 digits", `<finanzierung auswirkungen="true" betragCent="${"9".repeat(40)}"><bewirtschaftung/></finanzierung>`, "betragCent"],
    ["an amount of part of a cent", `<finanzierung auswirkungen="true" betragCent="1.5"><bewirtschaftung/></finanzierung>`, "betragCent"],
    ["a share of NaN", `<finanzierung auswirkungen="true" betragCent="100"><bewirtschaftung/><quelle id="q" anteil="NaN"><dezernat>VII</dezernat></quelle></finanzierung>`, "anteil"],
    ["a share of 1e308", `<finanzierung auswirkungen="true" betragCent="100"><bewirtschaftung/><quelle id="q" anteil="1e308"><dezernat>VII</dezernat></quelle></finanzierung>`, "anteil"],
    ["a source's amount of NaN", `<finanzierung auswirkungen="true" betragCent="100"><bewirtschaftung/><quelle id="q" betragCent="NaN"><dezernat>VII</dezernat></quelle></finanzierung>`, "betragCent"],
    ["a year of NaN", `<finanzierung auswirkungen="true" betragCent="100" haushaltsjahr="NaN"><bewirtschaftung/></finanzierung>`, "haushaltsjahr"],
  ])("%s: check, export, diff and recognize read on and name the damaged value, never end in a program error", async (_name, finanzierung, attribute) => {
    const { file } = tempFolder("bv-hostile-values-");
    const doc = file("vorlage.docx", withMetadata(finanzierung));
    const check = await run("check", doc, "--json");
    expect(check.code).toBe(1);
    expect(check.err).toBe("");
    const report = (JSON.parse(check.out) as { files: { findings: { code: string; message: string }[] }[] }).files[0];
    const findings = report?.findings ?? [];
    // Only the finding that names the damaged value may repeat it; no value read is NaN or infinite.
    expect(JSON.stringify({ ...report, findings: [] })).not.toMatch(/NaN|Infinity/);
    expect(findings.find((f) => f.code === "metadata-malformed")?.message).toContain(attribute);
    for (const format of ["json", "xml", "oparl"]) {
      const out = await run("export", doc, "--format", format, "-o", file(`out.${format}`, ""), "--force");
      expect(out.code).toBe(0);
    }
    expect((await run("diff", doc, doc)).code).toBe(0);
    const output = file("out.docx", "");
    const recognized = await run("recognize", doc, "-o", output, "--force");
    expect(recognized.code).toBe(0);
    expect(strFromU8(unzipSync(readFileSync(output))["word/document.xml"] as Uint8Array)).toContain("die Stadt dem Verein beitritt.");
  });
});

describe("new --from a Vorlage whose amount is beyond what a number holds exactly", () => {
  it("refuses it with the place of the value, in German and in English, never with an internal message", async () => {
    const { file } = tempFolder("bv-hostile-values-");
    const exported = file("vorlage.json", "");
    expect((await run("export", file("vorlage.docx", withMetadata(`<finanzierung auswirkungen="true" betragCent="100"><bewirtschaftung/></finanzierung>`)), "--format", "json", "-o", exported, "--force")).code).toBe(0);
    const json = readFileSync(exported, "utf8");
    expect(json).toContain('"betragCent": 100');
    // 2^53 + 1: JSON.parse gives 2^53, which no longer is the amount written.
    const input = file("gross.json", json.replace('"betragCent": 100', '"betragCent": 9007199254740993'));
    const de = await run("new", "--from", input, "-o", file("neu.docx", ""), "--force");
    expect(de.code).toBe(2);
    expect(de.err).toContain("/vorlage/finanzierung/betragCent");
    expect(de.err).not.toContain("whole number of cents");
    const en = await run("new", "--from", input, "-o", file("neu.docx", ""), "--force", "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.err).toContain("/vorlage/finanzierung/betragCent");
  });
});

describe("a share field that holds 40 digits", () => {
  it("is no share: check, its HTML and CSV report and export end normally, and the source is read without a share", async () => {
    const body = renderBody(completeVorlage(), KARLSRUHE);
    const field = /(<w:tag w:val="bv:feld:anteil"\/>.*?<w:t[^>]*>)([^<]*)(<\/w:t>)/su;
    expect(body).toMatch(field);
    const { file } = tempFolder("bv-hostile-values-");
    const doc = file("vorlage.docx", docxFromBody(body.replace(field, `$1${"9".repeat(40)} %$3`)));
    const check = await run("check", doc, "--profile", "karlsruhe", "--report", file("bericht.html", ""), "--csv", file("bericht.csv", ""), "--force");
    expect(check.code).toBe(1);
    expect(check.err).not.toMatch(/Programmfehler|\n\s+at /);
    expect(check.out).toMatch(/^ {2}Finanzierung: .* – Dez\.\sIII$/mu);
    expect(readFileSync(join(dirname(doc), "bericht.html"), "utf8")).toContain("</html>");
    for (const format of ["json", "xml", "oparl"]) expect((await run("export", doc, "--profile", "karlsruhe", "--format", format, "-o", file(`out.${format}`, ""), "--force")).code).toBe(0);
  });
});
