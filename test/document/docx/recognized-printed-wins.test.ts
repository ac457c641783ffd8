import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { toVorlageJson } from "../../../src/core/metadata/vorlage-json";
import { checkedFindings } from "../../../src/document/docx/checked-findings";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { editedXml, recognizedListVorlage } from "../../fixtures/recognized-list-vorlage";

/**
 * After `recognize` the metadata part holds what the text showed. A colleague who changes a
 * printed value later (the Betrag in the Finanzierung table, with Word, without the add-in)
 * changes what is decided: the printed text decides, and where the part now says something
 * else, check says so (metadata-disagrees on that field). Seventh tryout, F2: 1.200 € in the
 * table still read 1.000 € from the part in check, diff and export, and nothing said so.
 * Wiesbaden's house style does not print the Finanzierung nor the Zuständigkeit in documents
 * we make; a recognised document prints them as its text does.
 */
const read = (bytes: Uint8Array) => {
  const doc = DocxDocument.open(bytes);
  const r = doc.read(WIESBADEN, sequentialIds("t"));
  return { ...r, all: checkedFindings(doc, r, WIESBADEN) };
};
const disagreeing = (r: ReturnType<typeof read>) => r.all.filter((f) => f.code === "metadata-disagrees").map((f) => f.params["field"]);
/** One text run replaced, exactly once. */
const printed = (from: string, to: string) =>
  editedXml(recognizedListVorlage(), (x) => {
    expect(x.split(from)).toHaveLength(2);
    return x.replace(from, to);
  });

const CASES: readonly (readonly [string, string, string, string, (v: Vorlage) => unknown, unknown])[] = [
  ["Betrag", ">21.000 €<", ">24.000 €<", "finanzierung", (v) => v.finanzierung?.betragCent, 2_400_000],
  ["Haushaltsjahr", ">2025<", ">2026<", "finanzierung", (v) => v.finanzierung?.haushaltsjahr, 2026],
  ["Produkt einer Deckungsquelle", ">Produkt 1.11.02, Anteil 40 %<", ">Produkt 1.11.03, Anteil 40 %<", "finanzierung", (v) => v.finanzierung?.quellen.map((q) => q.stelle.produkt), ["1.11.01", "1.11.03"]],
  ["Anteil einer Deckungsquelle", ">Produkt 1.11.01, Anteil 60 %<", ">Produkt 1.11.01, Anteil 70 %<", "finanzierung", (v) => v.finanzierung?.quellen.map((q) => q.anteil), [0.7, 0.4]],
  ["Federführung", ">Dezernat I<", ">Dezernat IV<", "zustaendigkeit.federfuehrend", (v) => v.zustaendigkeit.federfuehrend, "IV"],
  ["Vorlagen-Nr.", ">25-V-01-0009<", ">25-V-01-0010<", "header.vorlagenNr", (v) => v.header.vorlagenNr, "25-V-01-0010"],
  ["Betreff", ">Einführung eines digitalen Ratsinformationssystems<", ">Einführung eines neuen Ratsinformationssystems<", "header.betreff", (v) => v.header.betreff, "Einführung eines neuen Ratsinformationssystems"],
  ["Gremium", ">Stadtverordnetenversammlung<", ">Magistrat<", "header.gremium", (v) => v.header.gremium, "Magistrat"],
  ["Sitzungsdatum", "am 03.07.2025<", "am 10.07.2025<", "header.sitzungsdatum", (v) => v.header.sitzungsdatum, "2025-07-10"],
];

describe("a recognised document as printed", () => {
  it("unchanged, reads as its metadata part with no disagreement", () => {
    const r = read(recognizedListVorlage());
    expect(r.vorlage.finanzierung?.betragCent).toBe(2_100_000);
    expect(r.vorlage.finanzierung?.quellen.map((q) => [q.stelle.produkt, q.anteil])).toEqual([
      ["1.11.01", 0.6],
      ["1.11.02", 0.4],
    ]);
    expect(r.vorlage.zustaendigkeit.federfuehrend).toBe("I");
    expect(disagreeing(r)).toEqual([]);
  });
});

describe.each(CASES)("the %s changed in print after recognize", (_, from, to, field, value, expected) => {
  const r = read(printed(from, to));

  it("reads as printed, in check and in the export", () => {
    expect(value(r.vorlage)).toEqual(expected);
    expect(value(toVorlageJson(r.vorlage, WIESBADEN, r.printed).vorlage as unknown as Vorlage)).toEqual(expected);
  });

  it("is said to differ from the stored metadata", () => {
    expect(disagreeing(r)).toContain(field);
  });
});
