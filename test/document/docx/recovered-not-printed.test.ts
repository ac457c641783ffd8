import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { checkedFindings } from "../../../src/document/docx/checked-findings";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { paragraphXml } from "../../fixtures/docx";
import { reference0057 } from "../../fixtures/reference-0057";

/**
 * A Vorlage we made, saved by LibreOffice (our tags and aliases dropped, our metadata part kept)
 * and edited by hand: tryout 4 found its Betrag taken from a typed clause („1.500.000 €“) over the
 * Finanzierung's, and a false Fehler that no one does the haushaltstechnische Umsetzung although
 * III/20 was entered. Wiesbaden does not print the Finanzierung: the text cannot hold it, so the
 * metadata part's is the Vorlage's, not missing and not overridden by a clause's words.
 */
/** The reference Vorlage with tryout 4's Finanzierung amount, named by no clause. */
function made(): Vorlage {
  const v = reference0057();
  const sections = v.sections.map((s) => ({ ...s, clauses: s.clauses.map((c) => (c.id === "c22" ? { ...c, text: "der jährliche Mitgliedsbeitrag hälftig aus dem Budget der Dezernate VII und II finanziert wird;" } : c)) }));
  return { ...v, sections, finanzierung: { ...(v.finanzierung as NonNullable<Vorlage["finanzierung"]>), betragCent: 123_456_789 } };
}

function libreOfficeEdited(): Uint8Array {
  const parts = unzipSync(DocxDocument.create(made(), WIESBADEN, "2026-12-07T12:00:00Z").save());
  const xml = strFromU8(parts["word/document.xml"] as Uint8Array);
  const changed = xml
    .replace(/<w:alias w:val="[^"]*"\/>/g, "")
    .replace(/<w:tag w:val="[^"]*"\/>/g, "")
    .replace("erfolgt.</w:t></w:r></w:p>", `erfolgt.</w:t></w:r></w:p>${paragraphXml("2.4\tdie Mehrkosten von 1.500.000 € jährlich im Haushaltsjahr 2024 bereitgestellt werden.")}`);
  expect(changed).toContain("1.500.000 €");
  return zipSync({ ...parts, "word/document.xml": strToU8(changed) });
}

describe("a Vorlage we made, resaved without our controls and edited by hand", () => {
  const doc = DocxDocument.open(libreOfficeEdited());
  const read = doc.read(WIESBADEN, sequentialIds("t"));
  const findings = checkedFindings(doc, read, WIESBADEN);

  it("is recovered with our metadata part, and reads the typed clause", () => {
    expect(read.recovered).toBe(true);
    expect(read.vorlage.sections[1]?.clauses.map((c) => c.writtenNumber)).toEqual(["2.1", "2.2", "2.3", "2.4"]);
  });

  it("keeps the Finanzierung of the metadata part, which the house style does not print", () => {
    expect(read.vorlage.finanzierung?.betragCent).toBe(123_456_789);
    expect(read.vorlage.finanzierung?.bewirtschaftung).toBe("III/20");
    expect(findings.filter((f) => f.code === "finanzierung-bewirtschaftung-missing")).toEqual([]);
  });

  it("compares the typed clause's amount with that Finanzierung", () => {
    expect(findings.filter((f) => f.code.startsWith("finanzierung-betrag")).map((f) => f.params["genannt"])).toEqual(["1.500.000 €"]);
  });
});
