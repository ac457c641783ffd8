import { strToU8 } from "fflate";
import { KARLSRUHE, WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { checkedFindings } from "../../src/document/docx/checked-findings";
import { readEntry, tooLarge } from "../../src/desk/read-entry";
import { ALL, NO_FILTERS, optionsOf, visibleRows } from "../../src/desk/desk-view";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { completeVorlage } from "../fixtures/builders";
import { plainDocx } from "../fixtures/docx";

const save = (v = completeVorlage()) => DocxDocument.create(v, WIESBADEN, "2025-05-06T09:00:00Z").save();

describe("reading a file for the reviewers' page", () => {
  it("reads a Karlsruhe draft with Karlsruhe's profile, as check does, unless the reviewer chose one", () => {
    const draft = DocxDocument.create(completeVorlage(), KARLSRUHE, "2025-05-06T09:00:00Z").save();
    const e = readEntry(0, "k.docx", draft, WIESBADEN);
    expect(e.profile).toEqual({ id: "karlsruhe", name: KARLSRUHE.name, source: "document", stored: "karlsruhe" });
    expect(e.row.profile).toBe("karlsruhe");
    const doc = DocxDocument.open(draft);
    const asKarlsruhe = checkedFindings(doc, doc.read(KARLSRUHE), KARLSRUHE).map((f) => f.code);
    expect(e.row.findings.map((f) => f.code)).toEqual(asKarlsruhe);
    // Karlsruhe requires its CO2 block, which this draft leaves empty; Wiesbaden's rules know no such block.
    expect(asKarlsruhe).toContain("block-missing");
    const chosen = readEntry(0, "k.docx", draft, WIESBADEN, undefined, true);
    expect(chosen.profile).toMatchObject({ id: "wiesbaden", source: "option", stored: "karlsruhe" });
    expect(chosen.row.findings.map((f) => f.code)).not.toContain("block-missing");
  });


  it("says of a document in its own outline („II. Beschluss“ after „I. Vortrag“) what check says: no numbering fault", () => {
    const munich = plainDocx(["Erneuerung der Beleuchtung im Stadtpark", "Sitzungsvorlage Nr. 20-26 / V 01234", "I. Vortrag des Referenten", "wie in der Sitzung des Bauausschusses am 01.03.2024.", "II. Beschluss", "nach Antrag.", "III. Abdruck von I. mit II.", "an das Revisionsamt"]);
    const e = readEntry(0, "m.docx", munich, WIESBADEN);
    expect(e.vorlage?.sections.map((s) => s.writtenNumber)).toEqual(["II."]);
    expect(e.row.findings.filter((f) => f.code.startsWith("numbering-"))).toEqual([]);
  });

  it("gives a complete Vorlage its row, findings and structure", () => {
    const e = readEntry(0, "a.docx", save(), WIESBADEN);
    expect(e.row).toMatchObject({ file: "a.docx", status: "vollstaendig", vorlagenNr: "25-V-03-0012", federfuehrung: "III", betragCent: 1_240_000, turnus: "einmalig", errors: 0 });
    expect(e.structured).toBe(true);
    expect(e.vorlage?.sections.map((s) => s.clauses.length)).toEqual([1, 2]);
  });

  it("keeps the dates that tell versions apart: the metadata's modified and created date and the file's date", () => {
    const e = readEntry(0, "a.docx", save(), WIESBADEN, Date.parse("2025-06-01T12:00:00Z"));
    expect(e.row.dates).toEqual({ metadataModified: "2025-05-06T09:00:00Z", propertiesDate: "2025-05-06T09:00:00Z", fileModified: "2025-06-01T12:00:00.000Z" });
    expect(readEntry(1, "b.docx", save(), WIESBADEN).row.dates.fileModified).toBeUndefined();
  });

  it("counts the errors of an incomplete Vorlage", () => {
    const v = completeVorlage();
    const e = readEntry(1, "b.docx", save({ ...v, header: { ...v.header, vorlagenNr: "" }, verteiler: [] }), WIESBADEN);
    expect(e.row.status).toBe("unvollstaendig");
    // Beside the two errors, the hint that its empty fields print their prompts.
    expect(e.row.findings.map((f) => f.code).sort()).toEqual(["accessibility-field-prompt", "field-missing", "verteiler-missing"]);
    expect(e.row.errors).toBe(2);
  });

  it("names why a file cannot be read, as a code, and reads on", () => {
    expect(readEntry(2, "leer.docx", new Uint8Array(), WIESBADEN).reason).toBe("empty-file");
    expect(readEntry(3, "text.docx", strToU8("kein zip"), WIESBADEN).reason).toBe("not-a-zip");
    expect(readEntry(4, "alt.doc", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), WIESBADEN).reason).toBe("legacy-doc");
    const unreadable = readEntry(5, "x.docx", strToU8("kein zip"), WIESBADEN);
    expect(unreadable.row).toMatchObject({ status: "nicht-lesbar", errors: undefined, warnings: undefined, findings: [] });
    expect(unreadable.row.error).toMatch(/^keine \.docx-Datei/);
  });

  it("refuses a file over 100 MB from its size, before reading it", () => {
    expect(tooLarge(6, "gross.docx", 101 * 1024 * 1024)?.reason).toBe("too-large");
    expect(tooLarge(7, "klein.docx", 10_000)).toBeUndefined();
  });
});

describe("the table's filters and sorting", () => {
  const v = completeVorlage();
  const entries = [
    readEntry(0, "c.docx", save({ ...v, zustaendigkeit: { federfuehrend: "I", beteiligt: [] }, header: { ...v.header, vorlagenNr: "25-V-01-0002", gremium: "Stadtverordnetenversammlung" } }), WIESBADEN),
    readEntry(1, "a.docx", save({ ...v, verteiler: [] }), WIESBADEN),
    readEntry(2, "b.docx", strToU8("kaputt"), WIESBADEN),
  ];

  it("filters by status, Dezernat and Gremium", () => {
    expect(visibleRows(entries, { ...NO_FILTERS, status: "unvollstaendig" }, undefined).map((e) => e.row.file)).toEqual(["a.docx"]);
    expect(visibleRows(entries, { ...NO_FILTERS, dezernat: "I" }, undefined).map((e) => e.row.file)).toEqual(["c.docx"]);
    expect(visibleRows(entries, { ...NO_FILTERS, gremium: "Magistrat" }, undefined).map((e) => e.row.file)).toEqual(["a.docx"]);
    expect(visibleRows(entries, { status: "all", dezernat: ALL, gremium: ALL }, undefined)).toHaveLength(3);
  });

  it("sorts unreadable first by status, and by errors descending", () => {
    expect(visibleRows(entries, NO_FILTERS, { key: "status", descending: false }).map((e) => e.row.file)).toEqual(["b.docx", "a.docx", "c.docx"]);
    expect(visibleRows(entries, NO_FILTERS, { key: "errors", descending: true })[0]?.row.file).toBe("a.docx");
    expect(visibleRows(entries, NO_FILTERS, { key: "file", descending: false }).map((e) => e.row.file)).toEqual(["a.docx", "b.docx", "c.docx"]);
  });

  it("offers the Dezernate and Gremien of the readable rows", () => {
    expect(optionsOf(entries.map((e) => e.row), "federfuehrung")).toEqual(["I", "III"]);
    expect(optionsOf(entries.map((e) => e.row), "gremium")).toEqual(["Magistrat", "Stadtverordnetenversammlung"]);
  });
});
