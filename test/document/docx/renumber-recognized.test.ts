import { strFromU8, unzipSync } from "fflate";
import { RenumberFlattensOutlineError, recognizeDocx } from "../../../src/cli/recognize-docx";
import { sequentialIds } from "../../../src/core/model/ids";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { validate } from "../../../src/core/validation/validate";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { docxFromBody, plainDocx } from "../../fixtures/docx";
import { formatFinding } from "../../../src/i18n/format-finding";

/** The printed text of each paragraph, as a reader sees it. */
const printed = (bytes: Uint8Array): string[] =>
  [...strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array).matchAll(/<w:p[ >].*?<\/w:p>/gsu)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join("")).filter((t) => t.trim() !== "");

/** Another office's Vorlage: a heading without a number, clauses typed „1.“, „2.“, „3.“. */
const lines = [
  "Vorlagen-Nr. 25-V-07-0031",
  "Betreff: Radweg Biebricher Allee",
  "Es wird beschlossen, dass",
  "1. der Radweg in der Biebricher Allee auf 2,50 m verbreitert wird;",
  "2. die Maßnahme bis Ende 2026 abgeschlossen wird;",
  "3. die Kosten aus dem Budget des Dezernats VII gedeckt werden.",
];

describe("recognize --renumber on a document we did not write", () => {
  const out = recognizeDocx(plainDocx(lines), WIESBADEN, { renumber: true, ids: sequentialIds("x") });

  it("puts no number on the decision heading, and changes only the clause numbers it reports", () => {
    expect(printed(out.bytes)).toEqual([
      "Vorlagen-Nr. 25-V-07-0031",
      "Betreff: Radweg Biebricher Allee",
      "Es wird beschlossen, dass",
      "1.1 der Radweg in der Biebricher Allee auf 2,50 m verbreitert wird;",
      "1.2 die Maßnahme bis Ende 2026 abgeschlossen wird;",
      "1.3 die Kosten aus dem Budget des Dezernats VII gedeckt werden.",
    ]);
    expect(out.renumbered).toBe(3);
  });

  it("leaves no numbering finding: a heading that no section numbers is not a missing number", () => {
    const v = DocxDocument.open(out.bytes).read(WIESBADEN, sequentialIds("r")).vorlage;
    expect(validate(v, WIESBADEN).filter((f) => f.code.startsWith("numbering-")).map((f) => f.code)).toEqual([]);
  });
});

describe("the numbering-scheme finding", () => {
  it("promises no alignment of numbers that renumbering leaves alone (Word's automatic numbering)", () => {
    const finding = { code: "numbering-scheme", severity: "warning", location: { type: "document" }, params: { written: "1., 2.", expected: "1.1, 1.2" } } as const;
    expect(formatFinding(finding, "de", WIESBADEN)).not.toContain("werden sie angeglichen");
    expect(formatFinding(finding, "de", WIESBADEN)).toContain("automatischen Nummerierung von Word bleiben");
    expect(formatFinding(finding, "en", WIESBADEN)).toContain("Word's automatic numbering stay as they are");
  });
});

describe("recognize --renumber on clauses with sub-clauses typed under them (1., 2., 2.1)", () => {
  const outline = plainDocx([
    "Vorlagen-Nr.: GV-2025-077",
    "Betreff: Verkauf des Grundstücks Flurstück 120/4",
    "Die Gemeindevertretung wolle beschließen:",
    "1. Das Grundstück wird an Herrn Käufer zum Preis von 85.000 € verkauft.",
    "2. Der Bürgermeister wird ermächtigt, den Kaufvertrag abzuschließen.",
    "2.1 Die Kosten des Vertrages trägt der Käufer.",
  ]);

  it("refuses rather than make sub-clause 2.1 a clause of its own, naming it", () => {
    expect(() => recognizeDocx(outline, WIESBADEN, { renumber: true, ids: sequentialIds("x") })).toThrow(RenumberFlattensOutlineError);
    try {
      recognizeDocx(outline, WIESBADEN, { renumber: true, ids: sequentialIds("x") });
    } catch (e) {
      expect((e as RenumberFlattensOutlineError).outline).toEqual({ unterziffer: "2.1", oberziffer: "2." });
    }
  });

  it("is checked like any consistent numbering of another office: one warning, no error per clause", () => {
    const v = DocxDocument.open(outline).read(WIESBADEN, sequentialIds("r")).vorlage;
    expect(validate(v, WIESBADEN).filter((f) => f.code.startsWith("numbering-")).map((f) => f.code)).toEqual(["numbering-scheme"]);
  });
});

describe("recognize --renumber on an outline with a gap in it (1., 2., 2.1, 2.3, 3.)", () => {
  const outline = plainDocx([
    "Vorlagen-Nr.: GV-2025-078",
    "Betreff: Fortschreibung des Nahverkehrsplans",
    "Die Gemeindevertretung wolle beschließen:",
    "1. Der Nahverkehrsplan wird fortgeschrieben.",
    "2. Die Verwaltung wird beauftragt,",
    "2.1 ein Angebotskonzept zu erarbeiten,",
    "2.3 die Kosten gemäß Ziffer 2.1 darzustellen.",
    "3. Über das Ergebnis ist gemäß Ziffer 1 zu berichten.",
  ]);

  it("refuses as well, rather than make 2.1 and 2.3 clauses of their own", () => {
    let thrown: unknown;
    try {
      recognizeDocx(outline, WIESBADEN, { renumber: true, ids: sequentialIds("x") });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(RenumberFlattensOutlineError);
    expect((thrown as RenumberFlattensOutlineError).outline).toEqual({ unterziffer: "2.1", oberziffer: "2." });
  });

  it("is checked as an outline of its own with one gap in it, not as clauses out of order", () => {
    const v = DocxDocument.open(outline).read(WIESBADEN, sequentialIds("r")).vorlage;
    const numbering = validate(v, WIESBADEN).filter((f) => f.code.startsWith("numbering-"));
    expect(numbering.map((f) => f.code).sort()).toEqual(["numbering-gap", "numbering-scheme"]);
    const gap = numbering.find((f) => f.code === "numbering-gap");
    expect(gap?.params).toMatchObject({ written: "2.3", expected: "2.2" });
    expect(numbering.find((f) => f.code === "numbering-scheme")?.params).toMatchObject({ unterziffer: "2.1", oberziffer: "2." });
  });

  it("does not call the outline consistent in itself when it has a gap", () => {
    const v = DocxDocument.open(outline).read(WIESBADEN, sequentialIds("r")).vorlage;
    const scheme = validate(v, WIESBADEN).find((f) => f.code === "numbering-scheme");
    expect(scheme).toBeDefined();
    const de = formatFinding(scheme as NonNullable<typeof scheme>, "de", WIESBADEN);
    expect(de).not.toContain("in sich stimmig");
    expect(de).toContain("„2.1“ steht als Unterziffer unter „2.“");
    expect(formatFinding(scheme as NonNullable<typeof scheme>, "en", WIESBADEN)).not.toContain("consistently");
  });
});

describe("recognize --renumber types no number that nothing asked for", () => {
  /** A Vorlage of an office that numbers its parts I., II., III. and types its decision without a clause number. */
  const romanParts = [
    "Vorlagen-Nr. 25-V-03-0112",
    "Betreff: Stellenmehrung im Bauordnungsamt",
    "I. Vortrag der Referentin",
    "Die Zahl der Bauanträge ist seit 2023 um ein Drittel gestiegen.",
    "II. Beschluss",
    "Dem Vortrag wird zugestimmt.",
    "III. Abdruck an das Personalreferat",
  ];

  it("leaves a section heading that carries the document's own outline (II. after I.) as it is, and says so", () => {
    const out = recognizeDocx(plainDocx(romanParts), WIESBADEN, { renumber: true, ids: sequentialIds("x") });
    expect(printed(out.bytes)).toEqual(romanParts);
    expect(out.renumbered).toBe(0);
    expect(out.renumberSkipped.outline).toEqual(["II."]);
  });

  it("leaves it as well where the house numbers its sections I., II. itself (Karlsruhe): „II.“ follows the document's „I. Vortrag“", () => {
    const out = recognizeDocx(plainDocx(romanParts), KARLSRUHE, { renumber: true, ids: sequentialIds("x") });
    expect(printed(out.bytes)).toEqual(romanParts);
    expect(out.renumberSkipped.outline).toEqual(["II."]);
  });

  it("puts no number in front of clauses under a heading that shows none, and counts them as left unnumbered", () => {
    const unnumbered = [
      "Betreff: Zukunft der Stadtteilbibliothek Nord",
      "BESCHLUSSVORSCHLAG:",
      "Die Bezirksvertretung bittet die Verwaltung, den Standort zu erhalten.",
      "Die Bezirksvertretung bittet außerdem um einen Bericht in der nächsten Sitzung.",
    ];
    const out = recognizeDocx(plainDocx(unnumbered), WIESBADEN, { renumber: true, ids: sequentialIds("x") });
    expect(printed(out.bytes)).toEqual(unnumbered);
    expect(out.renumbered).toBe(0);
    expect(out.renumberSkipped).toEqual({ outline: [], unnumbered: 2 });
  });

  it("still corrects a printed number that check reports as a gap", () => {
    const gap = [
      "Vorlagen-Nr. 25-V-07-0044",
      "Betreff: Pflege der Grünanlage am Warmen Damm",
      "1. Es wird beschlossen, dass",
      "1.1 die Pflege ab 2026 vergeben wird;",
      "1.4 die Kosten im Budget des Grünflächenamts gedeckt werden.",
    ];
    const out = recognizeDocx(plainDocx(gap), WIESBADEN, { renumber: true, ids: sequentialIds("x") });
    expect(printed(out.bytes)).toEqual([...gap.slice(0, 4), "1.2 die Kosten im Budget des Grünflächenamts gedeckt werden."]);
    expect(out.renumbered).toBe(1);
  });
});

describe("recognize --renumber on a clause with a tracked change after its number", () => {
  const W = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const INS = `<w:ins w:id="7" w:author="Hauptamt" w:date="2025-06-01T08:00:00Z"><w:r><w:t xml:space="preserve"> und dem Ortsbeirat berichtet</w:t></w:r></w:ins>`;
  const DEL = `<w:del w:id="8" w:author="Hauptamt" w:date="2025-06-01T08:00:00Z"><w:r><w:delText xml:space="preserve">bald </w:delText></w:r></w:del>`;
  const body = [
    `<w:p>${W("Vorlagen-Nr. 25-V-07-0045")}</w:p>`,
    `<w:p>${W("Betreff: Sanierung der Turnhalle Kastel")}</w:p>`,
    `<w:p>${W("1. Es wird beschlossen, dass")}</w:p>`,
    `<w:p>${W("1.1 die Turnhalle saniert wird;")}</w:p>`,
    `<w:p>${W("1.7 der Magistrat ")}${DEL}${W("über den Fortgang")}${INS}${W(".")}</w:p>`,
  ].join("");
  const input = docxFromBody(body);
  const out = recognizeDocx(input, WIESBADEN, { renumber: true, ids: sequentialIds("x") });
  const xml = strFromU8(unzipSync(out.bytes)["word/document.xml"] as Uint8Array);

  it("wraps the number in its plain run and corrects it: the tracked change later in the paragraph does not matter", () => {
    expect(out.outcome.left).toBeUndefined();
    expect(out.renumbered).toBe(1);
    expect(printed(out.bytes)[4]).toBe("1.2 der Magistrat über den Fortgang und dem Ortsbeirat berichtet.");
  });

  it("keeps the tracked insertion and deletion exactly as they were, in their place", () => {
    expect(xml).toContain(`${DEL}<w:r><w:t xml:space="preserve">über den Fortgang</w:t></w:r>${INS}`);
  });
});
