import { strFromU8, unzipSync } from "fflate";
import { sequentialIds } from "../../src/core/model/ids";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { recognizeDocx } from "../../src/cli/recognize-docx";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { formatFinding } from "../../src/i18n/format-finding";
import { docxFromBody, paragraphXml } from "../fixtures/docx";

/**
 * A Zeichnung dated by a Word field: „Wiesbaden, { DATE \@ "dd.MM.yyyy" }“ shows the date the file
 * was last opened, printed or saved (DATE, TIME, PRINTDATE, SAVEDATE), not the date the Vorlage
 * was signed. Its cached result was taken as the Zeichnung's date, and an auto-updating DATE field
 * in a clause shows another date each day the decision is opened. Such a field is no fixed date of
 * an official record: it is said (`datum-feld`, naming the field and what it shows now) and never
 * taken as the date.
 */
const run = (t: string): string => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const complexField = (instr: string, cached: string): string =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(cached)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const simpleField = (instr: string, cached: string): string => `<w:fldSimple w:instr=" ${instr.replace(/"/gu, "&quot;")} ">${run(cached)}</w:fldSimple>`;

const HEAD = ["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder.", "2. Die Verwaltung wird beauftragt, die Räder zu warten.", "Dem Magistrat", "mit der Bitte um Kenntnisnahme"].map(paragraphXml).join("");
const signedBy = (datePart: string): Uint8Array => docxFromBody(`${HEAD}<w:p>${run("Wiesbaden, ")}${datePart}</w:p>${paragraphXml("Müller")}`);

const codes = (bytes: Uint8Array): string[] => DocxDocument.open(bytes).read(WIESBADEN).findings.map((f) => f.code);
const zeichnungDates = (bytes: Uint8Array): string[] => DocxDocument.open(bytes).read(WIESBADEN).vorlage.zeichnungen.map((z) => z.datum);

describe("dates that are Word fields (DATE, TIME, PRINTDATE, SAVEDATE)", () => {
  it("a typed date is the Zeichnung's date, and nothing is said", () => {
    const typed = signedBy(run("02.06.2025"));
    expect(zeichnungDates(typed)).toEqual(["2025-06-02"]);
    expect(codes(typed)).not.toContain("datum-feld");
  });

  it.each([
    ["DATE", complexField('DATE \\@ "dd.MM.yyyy"', "02.06.2025")],
    ["PRINTDATE", complexField('PRINTDATE \\@ "dd.MM.yyyy"', "02.06.2025")],
    ["SAVEDATE", simpleField('SAVEDATE \\@ "d. MMMM yyyy"', "2. Juni 2025")],
    ["TIME", simpleField('TIME \\@ "dd.MM.yyyy"', "02.06.2025")],
  ])("a %s field's cached result is not taken as the Zeichnung's date, and is said", (field, xml) => {
    const bytes = signedBy(xml);
    expect(zeichnungDates(bytes)).not.toContain("2025-06-02");
    const read = DocxDocument.open(bytes).read(WIESBADEN);
    const found = read.findings.filter((f) => f.code === "datum-feld");
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe("warning");
    const de = formatFinding(found[0] as never, "de", WIESBADEN);
    expect(de).toContain(field);
    expect(de).toContain("kein festes Datum");
    expect(formatFinding(found[0] as never, "en", WIESBADEN)).toContain("no fixed date");
  });

  it("a locked DATE field (w:fldLock, never updated) is a fixed date: taken, and nothing is said", () => {
    const bytes = signedBy(complexField('DATE \\@ "dd.MM.yyyy"', "02.06.2025").replace('w:fldCharType="begin"', 'w:fldCharType="begin" w:fldLock="true"'));
    expect(zeichnungDates(bytes)).toEqual(["2025-06-02"]);
    expect(codes(bytes)).not.toContain("datum-feld");
  });

  it("an auto-updating DATE field in a clause is said too", () => {
    const bytes = docxFromBody(
      `${["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Beschlussvorschlag:"].map(paragraphXml).join("")}<w:p>${run("1. Die Stadt beschafft ab dem ")}${complexField("DATE", "02.06.2025")}${run(" zehn Lastenräder.")}</w:p>${["Wiesbaden, 01.06.2025", "Müller"].map(paragraphXml).join("")}`,
    );
    expect(codes(bytes)).toContain("datum-feld");
    expect(zeichnungDates(bytes)).toEqual(["2025-06-01"]);
  });

  it("recognize writes no field's date into the metadata part, and keeps the field", () => {
    const input = signedBy(complexField('DATE \\@ "dd.MM.yyyy"', "02.06.2025"));
    const out = recognizeDocx(input, WIESBADEN, { ids: sequentialIds("x") });
    const files = unzipSync(out.bytes);
    const part = Object.keys(files).find((n) => /^customXml\/item\d+\.xml$/u.test(n));
    expect(part).toBeDefined();
    expect(strFromU8(files[part as string] as Uint8Array)).not.toContain("2025-06-02");
    expect(strFromU8(files["word/document.xml"] as Uint8Array)).toContain('DATE \\@ "dd.MM.yyyy"');
  });

  it("a DATE field on the Sitzung line is not taken as the Sitzungsdatum, as the warning says; a locked one is", () => {
    const sitzung = (datePart: string): Uint8Array =>
      docxFromBody(
        `${paragraphXml("Stadtverordnetenversammlung")}<w:p>${run("Tagesordnung I Punkt 12 der öffentlichen Sitzung am ")}${datePart}</w:p>${HEAD}${["Wiesbaden, 14.04.2025", "Müller"].map(paragraphXml).join("")}`,
      );
    const sitzungsdatum = (bytes: Uint8Array): string => DocxDocument.open(bytes).read(WIESBADEN).vorlage.header.sitzungsdatum;
    expect(sitzungsdatum(sitzung(run("06.05.2025")))).toBe("2025-05-06");
    const field = sitzung(complexField('DATE \\@ "dd.MM.yyyy"', "06.05.2025"));
    expect(codes(field)).toContain("datum-feld");
    expect(sitzungsdatum(field)).toBe("");
    expect(zeichnungDates(field)).toEqual(["2025-04-14"]);
    const out = recognizeDocx(field, WIESBADEN, { ids: sequentialIds("x") });
    const written = Object.entries(unzipSync(out.bytes)).filter(([n]) => /^customXml\/item\d+\.xml$|^docProps\/custom\.xml$/u.test(n));
    expect(written.length).toBeGreaterThan(0);
    for (const [, b] of written) expect(strFromU8(b)).not.toContain("2025-05-06");
    const lockedField = sitzung(complexField('DATE \\@ "dd.MM.yyyy"', "06.05.2025").replace('w:fldCharType="begin"', 'w:fldCharType="begin" w:fldLock="true"'));
    expect(sitzungsdatum(lockedField)).toBe("2025-05-06");
  });
});

/**
 * A DATE field cut short: its `end` missing (after its result), or its separator and end missing. It got no
 * `datum-feld`, and the reading took its date as the Zeichnung's; without a separator the field's code part never
 * ended, and every paragraph after it was lost from the reading (an almost empty Vorlage, checked as such). Now a
 * field's code part ends with its paragraph at the latest, and such a field is `datum-feld`, said to be unclosed,
 * with what its paragraph shows as its result: no text after the paragraph is taken as its result. So is an empty
 * `<w:fldSimple w:instr="DATE"/>`.
 */
describe("a date field without its end", () => {
  const begin = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "dd.MM.yyyy" </w:instrText></w:r>';
  const noEnd = `${begin}<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run("02.06.2025")}`;
  const paragraphs = (bytes: Uint8Array): string[] => DocxDocument.open(bytes).paragraphs().map((p) => p.segments.map((s) => s.text).join(""));
  const dated = (bytes: Uint8Array) => DocxDocument.open(bytes).read(WIESBADEN).findings.filter((f) => f.code === "datum-feld");

  it("with its result but no end: said, unclosed, its date not taken as the Zeichnung's", () => {
    const bytes = signedBy(noEnd);
    const found = dated(bytes);
    expect(found.map((f) => f.params)).toEqual([{ feld: "DATE", angezeigt: "02.06.2025", offen: "ja" }]);
    expect(zeichnungDates(bytes)).not.toContain("2025-06-02");
    expect(formatFinding(found[0] as never, "de", WIESBADEN)).toContain("„02.06.2025“ zeigt und nicht abgeschlossen ist");
    expect(formatFinding(found[0] as never, "en", WIESBADEN)).toContain("not closed");
  });

  it("with neither separator nor end: said, and every paragraph after it is read", () => {
    const bytes = docxFromBody(`${HEAD.replace("<w:p><w:r><w:t xml:space=\"preserve\">1. ", `<w:p>${begin}<w:r><w:t xml:space="preserve">1. `)}${["Wiesbaden, 02.06.2025", "Müller"].map(paragraphXml).join("")}`);
    expect(paragraphs(bytes)).toEqual(expect.arrayContaining(["2. Die Verwaltung wird beauftragt, die Räder zu warten.", "Dem Magistrat", "Wiesbaden, 02.06.2025", "Müller"]));
    expect(DocxDocument.open(bytes, { edit: true }).paragraphs().length).toBe(paragraphs(bytes).length);
    expect(dated(bytes).map((f) => f.params)).toEqual([{ feld: "DATE", angezeigt: "", offen: "ja" }]);
    // Nothing after the field's paragraph is its result: the typed Zeichnung date stays the Zeichnung's.
    expect(zeichnungDates(bytes)).toEqual(["2025-06-02"]);
  });

  it("a date typed in the paragraph after an unclosed field is not taken as its result", () => {
    const bytes = docxFromBody(`${HEAD}<w:p>${run("Stand: ")}${noEnd.replace(run("02.06.2025"), run("01.01.2020"))}</w:p>${["Wiesbaden, 02.06.2025", "Müller"].map(paragraphXml).join("")}`);
    expect(dated(bytes).map((f) => f.params["angezeigt"])).toEqual(["01.01.2020"]);
    expect(zeichnungDates(bytes)).toEqual(["2025-06-02"]);
  });

  it("an empty w:fldSimple DATE is said as showing nothing; a closed field is not said to be unclosed", () => {
    const found = dated(signedBy('<w:fldSimple w:instr=" DATE \\@ &quot;dd.MM.yyyy&quot; "/>'));
    expect(found.map((f) => f.params)).toEqual([{ feld: "DATE", angezeigt: "", offen: "ja" }]);
    expect(formatFinding(found[0] as never, "de", WIESBADEN)).toContain("das jetzt nichts zeigt");
    expect(dated(signedBy(complexField("DATE", "02.06.2025"))).map((f) => f.params["offen"])).toEqual([undefined]);
  });
});
