import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { clause, section } from "../../../src/core/model/builders";
import { sequentialIds } from "../../../src/core/model/ids";
import type { Finanzierung, Vorlage } from "../../../src/core/model/vorlage";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import type { Profile } from "../../../src/core/profile/profile";
import { recognizeDocx } from "../../../src/cli/recognize-docx";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { DocxPort } from "../../../src/document/docx/docx-port";
import { paragraphText } from "../../../src/document/ooxml/read-body";
import { oldHiddenFormDocx } from "../../fixtures/old-hidden-form";
import { reference0057 } from "../../fixtures/reference-0057";

/**
 * Issue 21, item 7: what the house style keeps but does not print (Wiesbaden: the Angaben
 * such as the Vorlagenart, the Beratungsfolge, the Zuständigkeit and the Finanzierung) lives
 * in the metadata part, not as hidden text in the body. Documents written the old way are
 * still read as before and move to the new form the next time we write them.
 */
const NOW = "2024-03-21T10:00:00Z";
const files = (bytes: Uint8Array) => {
  const all = unzipSync(bytes);
  return (name: string): string => strFromU8(all[name] as Uint8Array);
};
const metadataPart = (bytes: Uint8Array): string => {
  const all = unzipSync(bytes);
  const name = Object.keys(all).find((n) => /^customXml\/item\d+\.xml$/.test(n) && strFromU8(all[n] as Uint8Array).includes("urn:x-beschlussvorlage:metadaten"));
  return name === undefined ? "" : strFromU8(all[name] as Uint8Array);
};

/** Paragraphs of document.xml (outermost w:p elements, as text of XML). */
const paragraphsXml = (xml: string): string[] => [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>|<w:p [^>]*>(?:(?!<\/w:p>).)*?<\/w:p>/gs)].map((m) => m[0]);
/** Paragraphs of ours with hidden text, other than a Verteiler entry's shared Bitte (a value printed once under the entries that share it). */
const ourHiddenParagraphs = (xml: string): string[] => paragraphsXml(xml).filter((p) => p.includes("<w:vanish") && !p.includes(`<w:pStyle w:val="BVVerteiler"/>`));

const notPrintedOf = (v: Vorlage) => ({ vorlagenart: v.header.vorlagenart, zustaendigkeit: v.zustaendigkeit, finanzierung: v.finanzierung, beratungsfolge: v.beratungsfolge });

const withBeratung = (): Vorlage => ({
  ...reference0057(),
  beratungsfolge: [{ id: "r1", gremium: "Magistrat", datum: "2024-02-27", rolle: "Vorberatung", entscheidend: false }],
});

describe("a document we create for a house style that does not print some blocks (Wiesbaden)", () => {
  const bytes = DocxDocument.create(withBeratung(), WIESBADEN, NOW).save();
  const part = files(bytes);

  it("has no hidden paragraph of ours and no block for the Angaben, the Beratungsfolge, the Zuständigkeit or the Finanzierung", () => {
    const doc = part("word/document.xml");
    expect(ourHiddenParagraphs(doc)).toEqual([]);
    for (const tag of ["bv:zustaendigkeit", "bv:finanzierung", "bv:beratung:", "bv:feld:header.vorlagenart", "bv:feld:finanzierung.auswirkungen"]) expect(doc).not.toContain(`w:val="${tag}`);
    expect(doc).not.toContain(`<w:pStyle w:val="BVAngaben"/>`);
    expect(part("word/styles.xml")).not.toContain("<w:vanish/>");
  });

  it("keeps those values in the metadata part, and reads them from there", () => {
    const meta = metadataPart(bytes);
    expect(meta).toContain("<vorlagenart>Beschlussvorlage</vorlagenart>");
    expect(meta).toContain("<federfuehrend>VII</federfuehrend>");
    expect(meta).toContain('<finanzierung auswirkungen="true" betragCent="100000"');
    const read = DocxDocument.open(bytes).read(WIESBADEN);
    expect(notPrintedOf(read.vorlage)).toEqual(notPrintedOf(withBeratung()));
    expect(read.findings.filter((f) => f.code === "metadata-disagrees")).toEqual([]);
  });

  it("reads them as before where a comment in the part fools the quick cut of its clauses (the part is then read whole)", () => {
    const all = unzipSync(bytes);
    const name = Object.keys(all).find((n) => strFromU8(all[n] as Uint8Array).includes("urn:x-beschlussvorlage:metadaten")) as string;
    const meta = strFromU8(all[name] as Uint8Array);
    // The cut would run from the comment to the real </abschnitte>, taking the Angaben and the Zuständigkeit with it.
    const fooled = meta.replace("<kopf", "<!-- <abschnitte> --><kopf");
    expect(fooled).not.toBe(meta);
    const read = DocxDocument.open(zipSync({ ...all, [name]: strToU8(fooled) })).read(WIESBADEN);
    expect(notPrintedOf(read.vorlage)).toEqual(notPrintedOf(withBeratung()));
    expect(read.findings.filter((f) => f.code.startsWith("metadata-"))).toEqual([]);
  });

  it("keeps printing what it prints: the header lines, the sections, the Bezug", () => {
    const shown = DocxDocument.open(bytes).paragraphs().map(paragraphText);
    expect(shown).toEqual(expect.arrayContaining(["Vorlagen-Nr. 24-V-07-0001", "Beschluss Nr. 0057", "(antragsgemäß Magistrat 27.02.2024 BP 0106)"]));
  });
});

describe("a house style that prints the blocks (Karlsruhe)", () => {
  it("keeps the Zuständigkeit and the Finanzierung as printed body text, with no hidden text", () => {
    const bytes = DocxDocument.create(reference0057(), KARLSRUHE, NOW).save();
    const doc = files(bytes)("word/document.xml");
    expect(doc).toContain('w:val="bv:zustaendigkeit"');
    expect(doc).toContain('w:val="bv:finanzierung"');
    expect(doc).not.toContain("<w:vanish");
    const shown = DocxDocument.open(bytes).paragraphs().map(paragraphText);
    expect(shown).toEqual(expect.arrayContaining(["Beteiligt: Dez. II", "Finanzielle Auswirkungen", "Ja", "Tagesordnung: II"]));
  });
});

describe("a document written by an earlier version (hidden paragraphs of ours)", () => {
  const old = (): Uint8Array => oldHiddenFormDocx(withBeratung(), WIESBADEN, NOW);

  it("is made the old way: the fixture holds the hidden paragraphs", () => {
    const doc = files(old())("word/document.xml");
    expect(doc).toContain('w:val="bv:zustaendigkeit"');
    expect(doc).toContain('w:val="bv:finanzierung"');
    expect(doc).toContain(`<w:pStyle w:val="BVAngaben"/>`);
    expect(files(old())("word/styles.xml")).toMatch(/w:styleId="BVZustaendigkeit">(?:(?!<\/w:style>).)*<w:vanish\/>/);
  });

  it("is read as before, from its body", () => {
    const read = DocxDocument.open(old()).read(WIESBADEN);
    expect(notPrintedOf(read.vorlage)).toEqual(notPrintedOf(withBeratung()));
  });

  it("is read from its body where its metadata part says something else (the body wins, and the finding says so)", () => {
    const stale = { ...withBeratung(), header: { ...withBeratung().header, vorlagenart: "Sitzungsvorlage" }, zustaendigkeit: { federfuehrend: "I", beteiligt: [] } };
    const read = DocxDocument.open(oldHiddenFormDocx(withBeratung(), WIESBADEN, NOW, { stale })).read(WIESBADEN);
    expect(notPrintedOf(read.vorlage)).toEqual(notPrintedOf(withBeratung()));
    expect(read.findings.filter((f) => f.code === "metadata-disagrees").map((f) => f.params["field"])).toEqual(expect.arrayContaining(["header.vorlagenart", "zustaendigkeit.federfuehrend"]));
  });

  it("moves to the new form at the next edit: our hidden paragraphs removed, their values in the metadata part, nothing else changed", async () => {
    const stale = { ...withBeratung(), header: { ...withBeratung().header, vorlagenart: "Sitzungsvorlage" } };
    const bytes = oldHiddenFormDocx(withBeratung(), WIESBADEN, NOW, { stale });
    const before = DocxDocument.open(bytes).paragraphs().map(paragraphText);
    const port = DocxPort.fromBytes(bytes, WIESBADEN, sequentialIds("x"));
    await port.insertClause(clause("neu", "eine neue Ziffer gilt."), "s2", "c23");
    const after = port.bytes();
    const doc = files(after)("word/document.xml");
    expect(ourHiddenParagraphs(doc)).toEqual([]);
    for (const tag of ["bv:zustaendigkeit", "bv:finanzierung", "bv:beratung:", "bv:feld:header.vorlagenart", "bv:feld:finanzierung.auswirkungen"]) expect(doc).not.toContain(`w:val="${tag}`);
    expect(metadataPart(after)).toContain("<vorlagenart>Beschlussvorlage</vorlagenart>");
    const read = DocxDocument.open(after).read(WIESBADEN);
    expect(notPrintedOf(read.vorlage)).toEqual(notPrintedOf(withBeratung()));
    expect(read.findings.filter((f) => f.code === "metadata-disagrees")).toEqual([]);
    // What prints is what printed, plus the clause asked for.
    const printed = (d: DocxDocument): string[] =>
      d
        .paragraphs()
        .filter((p) => !/^BV(Angaben|Zustaendigkeit|Finanzierung)$/.test(p.style ?? "") && !p.blocks.some((t) => ["beratung", "finanzierung", "zustaendigkeit"].includes(t.kind)))
        .map(paragraphText);
    const printedBefore = printed(DocxDocument.open(bytes));
    expect(printed(DocxDocument.open(after))).toEqual(printedBefore.flatMap((t) => (t.startsWith("2.3\t") ? [t, "2.4\teine neue Ziffer gilt."] : [t])));
    expect(before.length).toBeGreaterThan(printedBefore.length);
  });

  it("moves to the new form when recognize writes it, and stays as it is when only read", () => {
    const bytes = old();
    expect(files(DocxDocument.open(bytes, { edit: true }).save())("word/document.xml")).toContain('w:val="bv:zustaendigkeit"');
    const result = recognizeDocx(bytes, WIESBADEN, { ids: sequentialIds("r") });
    expect(ourHiddenParagraphs(files(result.bytes)("word/document.xml"))).toEqual([]);
    expect(notPrintedOf(DocxDocument.open(result.bytes).read(WIESBADEN).vorlage)).toEqual(notPrintedOf(withBeratung()));
  });

  it("keeps hidden text that is not ours where it is", async () => {
    const foreign = `<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:rPr><w:vanish/></w:rPr><w:t>Interner Vermerk</w:t></w:r></w:p>`;
    const all = unzipSync(old());
    const xml = strFromU8(all["word/document.xml"] as Uint8Array).replace("<w:sectPr>", `${foreign}<w:sectPr>`);
    const { zipSync, strToU8 } = await import("fflate");
    all["word/document.xml"] = strToU8(xml);
    const port = DocxPort.fromBytes(zipSync(all), WIESBADEN, sequentialIds("y"));
    await port.renumber();
    await port.insertClause(clause("neu", "x"), "s2", "c23");
    expect(files(port.bytes())("word/document.xml")).toContain(foreign);
  });
});

describe("the pane's Angaben on a Wiesbaden document", () => {
  it("write the values it does not print into the metadata part, and nothing into the body", async () => {
    const bytes = DocxDocument.create(reference0057(), WIESBADEN, NOW).save();
    const port = DocxPort.fromBytes(bytes, WIESBADEN, sequentialIds("p"));
    const next: Vorlage = {
      ...reference0057(),
      header: { ...reference0057().header, vorlagenart: "Sitzungsvorlage" },
      zustaendigkeit: { federfuehrend: "III", beteiligt: ["I", "II"] },
      finanzierung: { ...(reference0057().finanzierung as Finanzierung), betragCent: 250_000 },
    };
    await port.saveDetails({ "header.vorlagenart": "Sitzungsvorlage", "zustaendigkeit.federfuehrend": "III" }, next, true);
    const after = port.bytes();
    // Nothing of it is printed: the body is not touched at all (the Kopf is not rewritten for a value it does not show).
    expect(files(after)("word/document.xml")).toBe(files(bytes)("word/document.xml"));
    const read = (await port.read()).vorlage;
    expect(notPrintedOf(read)).toEqual(notPrintedOf(next));
    expect(notPrintedOf(DocxDocument.open(after).read(WIESBADEN).vorlage)).toEqual(notPrintedOf(next));
  });
});

describe("setting a field the house style does not print", () => {
  it("writes it into the metadata part, all or none", async () => {
    const bytes = DocxDocument.create(reference0057(), WIESBADEN, NOW).save();
    const port = DocxPort.fromBytes(bytes, WIESBADEN, sequentialIds("f"));
    await expect(port.setFields({ "header.vorlagenart": "Sitzungsvorlage", "header.gibtsnicht": "x" })).rejects.toThrow(/gibtsnicht/);
    expect(metadataPart(port.bytes())).toBe(metadataPart(bytes));
    await port.setFields({ "header.vorlagenart": "Sitzungsvorlage", "zustaendigkeit.beteiligt": "II, III", "header.betreff": "Neu" });
    const read = DocxDocument.open(port.bytes()).read(WIESBADEN).vorlage;
    expect([read.header.vorlagenart, read.zustaendigkeit.beteiligt, read.header.betreff]).toEqual(["Sitzungsvorlage", ["II", "III"], "Neu"]);
    expect(ourHiddenParagraphs(files(port.bytes())("word/document.xml"))).toEqual([]);
  });
});

// eslint-disable-next-line no-control-regex -- control characters are what a Word document cannot hold
const writable = fc.string({ unit: "grapheme", maxLength: 30 }).filter((t) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\r\uFFFE\uFFFF]/u.test(t));
const text = fc.oneof(writable, fc.constantFrom("", "</w:t><w:r><w:t>", "]]>", "„Zitat“ & 'Apostroph'", "مرحبا — שלום", "👩‍👩‍👧"));
const date = fc.constantFrom("", "2024-02-27", "2025-12-31");
const valuesOf = (
  text: fc.Arbitrary<string>,
  zustaendigkeit: fc.Arbitrary<{ federfuehrend: string; beteiligt: string[] }> = fc.record({ federfuehrend: text, beteiligt: fc.array(text, { maxLength: 3 }) }),
) => fc.record({
  vorlagenart: text,
  zustaendigkeit,
  beratungsfolge: fc.array(fc.record({ gremium: text, datum: date, rolle: text, entscheidend: fc.boolean() }), { maxLength: 2 }),
  finanzierung: fc.option(
    fc.record({
      auswirkungen: fc.boolean(),
      betragCent: fc.integer({ min: 0, max: 10_000_000_000 }),
      turnus: fc.constantFrom("einmalig" as const, "jaehrlich" as const),
      haushaltsjahr: fc.integer({ min: 1990, max: 2100 }),
      quellen: fc.array(fc.record({ dezernat: text, produkt: text, kostenstelle: text, anteil: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 2 }),
      bewirtschaftung: text,
    }),
    { nil: undefined },
  ),
});
const notPrintedValues = valuesOf(text);

type Values = typeof notPrintedValues extends fc.Arbitrary<infer T> ? T : never;

const withValues = (values: Values): Vorlage => ({
  ...reference0057(),
  header: { ...reference0057().header, vorlagenart: values.vorlagenart },
  zustaendigkeit: values.zustaendigkeit,
  beratungsfolge: values.beratungsfolge.map((r, i) => ({ id: `r${i}`, ...r })),
  finanzierung:
    values.finanzierung === undefined
      ? undefined
      : {
          ...values.finanzierung,
          quellen: values.finanzierung.quellen.map((q, i) => ({ id: `q${i}`, stelle: { dezernat: q.dezernat, produkt: q.produkt, kostenstelle: q.kostenstelle }, anteil: q.anteil })),
        },
});

describe("property: what is not printed round-trips through the metadata part", () => {
  const profiles: readonly Profile[] = [WIESBADEN];

  it("for any values: write → read gives them back, and document.xml has no hidden paragraph of ours", () => {
    fc.assert(
      fc.property(notPrintedValues, fc.constantFrom(...profiles), (values, profile) => {
        const v = withValues(values);
        const bytes = DocxDocument.create(v, profile, NOW).save();
        expect(ourHiddenParagraphs(files(bytes)("word/document.xml"))).toEqual([]);
        expect(notPrintedOf(DocxDocument.open(bytes).read(profile).vorlage)).toEqual(notPrintedOf(v));
      }),
      { numRuns: 40 },
    );
  });

  it("for any values: an edit through the .docx adapter keeps them, and adds no hidden paragraph of ours", () => {
    fc.assert(
      fc.asyncProperty(notPrintedValues, async (values) => {
        const v = withValues(values);
        const port = DocxPort.fromBytes(DocxDocument.create(v, WIESBADEN, NOW).save(), WIESBADEN, sequentialIds("e"));
        await port.insertSection(section("neu", "beschluss"), { after: "s2" });
        await port.insertClause(clause("neu1", "x"), "neu");
        const after = port.bytes();
        expect(ourHiddenParagraphs(files(after)("word/document.xml"))).toEqual([]);
        expect(notPrintedOf(DocxDocument.open(after).read(WIESBADEN).vorlage)).toEqual(notPrintedOf(v));
      }),
      { numRuns: 15 },
    );
  });
});

describe("property: what Karlsruhe prints reads back from the body as it was written", () => {
  /**
   * Karlsruhe prints the Angaben, the Zuständigkeit and the Finanzierung, so they are read from the body and compared with the
   * metadata part. Narrowed to what the pane can hold: a share typed as a percentage with at most four places (FieldsPanel's
   * form, shown with Math.round(anteil * 1e10) / 1e8). Beside „keine finanziellen Auswirkungen“ the house style prints nothing
   * else, so an amount, year or Deckung the model still holds there (the pane keeps them when Auswirkungen is unticked) is not
   * read back, and must not make the document disagree with itself. Field texts as the pane writes them: trimmed (a field
   * reads back trimmed), and Dezernate picked from the profile's list (a select and check boxes), not typed.
   */
  const ids = KARLSRUHE.dezernate.list.map((d) => d.id);
  const printable = valuesOf(
    text.map((t) => t.trim()),
    fc.record({ federfuehrend: fc.constantFrom("", ...ids), beteiligt: fc.subarray(ids) }),
  ).map((values) => {
    const f = values.finanzierung;
    if (f === undefined) return values;
    return { ...values, finanzierung: { ...f, quellen: f.quellen.map((q) => ({ ...q, anteil: Number(`${Math.round(q.anteil * 1e6)}e-6`) })) } };
  });
  const expected = (v: Vorlage) => {
    const f = v.finanzierung;
    return notPrintedOf(f !== undefined && !f.auswirkungen ? { ...v, finanzierung: { auswirkungen: false, quellen: [], bewirtschaftung: "" } } : v);
  };

  it("for any values: write → read gives them back, and the check finds no disagreement with the metadata part", () => {
    fc.assert(
      fc.property(printable, (values) => {
        const v = withValues(values);
        const read = DocxDocument.open(DocxDocument.create(v, KARLSRUHE, NOW).save()).read(KARLSRUHE);
        expect(notPrintedOf(read.vorlage)).toEqual(expected(v));
        expect(read.findings.filter((f) => f.code === "metadata-disagrees")).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
