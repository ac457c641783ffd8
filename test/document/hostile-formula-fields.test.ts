import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { formatFinding } from "../../src/i18n/format-finding";
import { docxFromBody, paragraphXml } from "../fixtures/docx";

/**
 * An amount that is a Word formula field: „{ =12000*2 }“ whose cached result still shows
 * „12.000“. Word shows the cached result until the field is updated (F9, or printing with
 * „Felder vor dem Drucken aktualisieren“), and then prints 24.000. check read 12.000 € as the
 * Betrag and said nothing. Such a field is named (`rechenfeld`, with its formula and what it shows
 * now), so that a reviewer looks at the figure; a typed amount is not.
 */
const run = (t: string): string => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const vorlage = (amount: string): Uint8Array =>
  docxFromBody(
    [
      ...["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Federführend: Dezernat III", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder.", "Finanzielle Auswirkungen:"].map(paragraphXml),
      `<w:p>${run("Die Kosten betragen einmalig ")}${amount}${run(" € und werden aus dem Budget des Dezernats III gedeckt.")}</w:p>`,
      ...["Dem Magistrat", "mit der Bitte um Kenntnisnahme", "Wiesbaden, 02.06.2025", "Müller"].map(paragraphXml),
    ].join(""),
  );
const named = (bytes: Uint8Array) => DocxDocument.open(bytes).read(WIESBADEN).findings.filter((f) => f.code === "rechenfeld");

describe("an amount that is a Word formula field", () => {
  it("a complex formula field is named with its formula and what it shows", () => {
    const found = named(vorlage(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> =12000*2 \\# "#.##0" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run("12.000")}<w:r><w:fldChar w:fldCharType="end"/></w:r>`));
    expect(found).toHaveLength(1);
    const de = formatFinding(found[0] as never, "de", WIESBADEN);
    expect(de).toContain("=12000*2");
    expect(de).toContain("„12.000“");
    expect(formatFinding(found[0] as never, "en", WIESBADEN)).toContain("formula field");
  });

  it("a simple formula field is named too; a typed amount is not", () => {
    expect(named(vorlage(`<w:fldSimple w:instr=" = 12000 * 2 ">${run("12.000")}</w:fldSimple>`))).toHaveLength(1);
    expect(named(vorlage(run("12.000")))).toEqual([]);
  });
});
