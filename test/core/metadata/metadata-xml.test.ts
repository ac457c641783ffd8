import fc from "fast-check";
import { InvalidValueError } from "../../../src/core/errors";
import { METADATA_NAMESPACE, toMetadataXml, writesMetadataXml } from "../../../src/core/metadata/metadata-xml";
import { keepUnknown, readMetadataXml } from "../../../src/core/metadata/read-metadata-xml";
import { attributes, textElement } from "../../../src/core/metadata/xml-text";
import { clause, section, vorlage } from "../../../src/core/model/builders";
import { withoutWrittenNumbers } from "../../../src/core/model/written-numbers";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { arbitraryVorlageWithReferences } from "../../fixtures/arbitrary-references";
import { arbitraryVorlage } from "../../fixtures/arbitrary-vorlage";
import { completeVorlage } from "../../fixtures/builders";
import { reference0057 } from "../../fixtures/reference-0057";
import { referencingVorlage } from "../../fixtures/references";
import { xsdErrors } from "./xml-schema";

/** Beschluss 0057, whose Magistrat's Zeichnung carries its internal number „-16 -“. */
const withNummer = () => reference0057();
/** Beschluss 0057 as a 1.1 part held it: no internal number. */
const withoutNummer = () => {
  const v = reference0057();
  return { ...v, zeichnungen: v.zeichnungen.map(({ absenderNummer: _n, ...z }) => z) };
};

describe("the metadata part", () => {
  it("round-trips any Vorlage exactly: markup, ]]>, quotes, emoji, right-to-left, control characters, long text", () => {
    fc.assert(
      fc.property(arbitraryVorlage, (v) => {
        const read = readMetadataXml(toMetadataXml(v, WIESBADEN));
        expect(read.findings).toEqual([]);
        expect(read.vorlage).toEqual(v);
      }),
      { numRuns: 250 },
    );
  });

  it("is valid against the committed XSD, for the reference and for random Vorlagen", async () => {
    const samples = fc.sample(arbitraryVorlage, { numRuns: 60, seed: 20240321 }).map((v) => toMetadataXml(v, WIESBADEN));
    const docs = [toMetadataXml(reference0057(), WIESBADEN), toMetadataXml(completeVorlage(), KARLSRUHE), ...samples];
    expect(await xsdErrors(docs)).toEqual([]);
  }, 60_000);

  it("is refused by the XSD when it is broken (the schema check can fail)", async () => {
    const broken = toMetadataXml(reference0057(), WIESBADEN).replace('turnus="jaehrlich"', 'turnus="monatlich"');
    expect((await xsdErrors([broken])).join("\n")).toMatch(/turnus/);
  });

  it("stores a Finanzierung without Auswirkungen as a house style that prints it shows it: nothing beside „keine“; where it is not printed, as it is", () => {
    const base = completeVorlage().finanzierung as NonNullable<ReturnType<typeof completeVorlage>["finanzierung"]>;
    const v = completeVorlage({ finanzierung: { ...base, auswirkungen: false } });
    expect(base.betragCent).toBeDefined();
    expect(base.quellen.length).toBeGreaterThan(0);
    // Karlsruhe prints the Finanzierung: its document shows „keine“, so the part it stores says no more (the body is the truth).
    expect(readMetadataXml(toMetadataXml(v, KARLSRUHE)).vorlage?.finanzierung).toEqual({ auswirkungen: false, quellen: [], bewirtschaftung: "" });
    // Wiesbaden does not print it: the part is where it lives, and keeps what the model holds.
    expect(readMetadataXml(toMetadataXml(v, WIESBADEN)).vorlage?.finanzierung).toEqual(v.finanzierung);
  });

  it("carries its namespace, version, profile, the derived numbers and the numbers the document shows", () => {
    const xml = toMetadataXml(vorlage({ sections: [section("s1", "beschluss", [clause("c1", "Text", "1.4")])] }), KARLSRUHE);
    expect(xml).toContain(`<vorlage xmlns="${METADATA_NAMESPACE}" version="1.3" profil="karlsruhe">`);
    expect(xml).toContain('<abschnitt id="s1" art="beschluss" nummer="I.">');
    expect(xml).toContain('<ziffer id="c1" nummer="1." angezeigt="1.4"><text>Text</text></ziffer>');
  });

  it("writes no XML declaration (Word has refused setXml payloads with one)", () => {
    expect(toMetadataXml(vorlage(), WIESBADEN).startsWith("<vorlage")).toBe(true);
  });

  it("refuses values the format cannot hold with a named error", () => {
    expect(() => toMetadataXml(vorlage({ header: { sitzungsdatum: "21.03.2024" } }), WIESBADEN)).toThrow(InvalidValueError);
    const fractional = completeVorlage({ finanzierung: { ...completeVorlage().finanzierung!, betragCent: 0.5 } });
    expect(() => toMetadataXml(fractional, WIESBADEN)).toThrow(/whole number of cents/);
    expect(() => toMetadataXml(vorlage({ sections: [section("a\u0000", "beschluss")] }), WIESBADEN)).toThrow(InvalidValueError);
  });

  it("is recognised in place without being written: writesMetadataXml is true exactly for the text toMetadataXml writes", () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryVorlage, arbitraryVorlageWithReferences), fc.nat(), fc.constantFrom(WIESBADEN, KARLSRUHE), (v, cut, profile) => {
        const xml = toMetadataXml(v, profile);
        expect(writesMetadataXml(xml, v, profile)).toBe(true);
        const at = cut % xml.length;
        // A part cut short, one with more after it, and one with a single character changed: none is what the body writes.
        expect(writesMetadataXml(xml.slice(0, at), v, profile)).toBe(false);
        expect(writesMetadataXml(`${xml} `, v, profile)).toBe(false);
        const changed = xml.slice(0, at) + (xml[at] === "x" ? "y" : "x") + xml.slice(at + 1);
        expect(writesMetadataXml(changed, v, profile)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  /** Any text, weighted to what the writer treats apart: markup, references, line ends, characters XML cannot hold, surrogates. */
  const anyText = fc.oneof(
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.string({ unit: fc.constantFrom("a", "ß", "€", "&", "<", ">", '"', "'", "\t", "\n", "\r", "\u0085", "\u2028", "\u2029", "\u0000", "\u001f", "\ud83d", "\ude00", "\ufffe", "\uffff", "\ufffd", "\\"), maxLength: 12 }),
  );

  it("writes every text and every attribute value exactly as textElement and attributes write it, plain or not", () => {
    fc.assert(
      fc.property(anyText, anyText, (text, shown) => {
        const v = vorlage({ sections: [section("s", "beschluss", [clause("c", text, "1.1")], shown)] });
        let xml: string;
        try {
          xml = toMetadataXml(v, WIESBADEN);
        } catch (e) {
          // Only an attribute XML cannot hold is refused; a text goes escaped.
          expect(e).toBeInstanceOf(InvalidValueError);
          expect(() => attributes({ angezeigt: shown })).toThrow(InvalidValueError);
          return;
        }
        expect(xml).toContain(`<abschnitt${attributes({ id: "s", art: "beschluss", nummer: "1.", angezeigt: shown })}><ziffer id="c" nummer="1.1" angezeigt="1.1">${textElement("text", text)}</ziffer>`);
      }),
      { numRuns: 400 },
    );
  });

  it("decides a stored part as comparing it with the written part does, for parts that differ in escapes, markup or text", () => {
    // Stored parts a reader may meet: the written one, with an escape undone or done twice, a character replaced or dropped, markup added.
    const variants = (xml: string, at: number, insert: string): string[] => [
      xml,
      xml.replace("&amp;", "&"),
      xml.replace("&lt;", "<"),
      xml.replace("&#13;", "\r"),
      xml.replace("&quot;", '"'),
      xml.replace("&", "&amp;"),
      xml.slice(0, at) + insert + xml.slice(at),
      xml.slice(0, at) + insert + xml.slice(at + 1),
      xml.slice(0, at) + xml.slice(at + 1),
    ];
    fc.assert(
      fc.property(fc.oneof(arbitraryVorlage, arbitraryVorlageWithReferences), fc.nat(), anyText, fc.constantFrom(WIESBADEN, KARLSRUHE), (v, cut, insert, profile) => {
        const xml = toMetadataXml(v, profile);
        for (const stored of variants(xml, cut % (xml.length + 1), insert)) expect(writesMetadataXml(stored, v, profile)).toBe(stored === xml);
      }),
      { numRuns: 150 },
    );
  });

  it("compares with shown: false as the part of the Vorlage without its shown numbers, without that copy being made", () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryVorlage, arbitraryVorlageWithReferences), fc.nat(), fc.constantFrom(WIESBADEN, KARLSRUHE), (v, cut, profile) => {
        const derived = toMetadataXml(withoutWrittenNumbers(v), profile);
        const shown = toMetadataXml(v, profile);
        expect(writesMetadataXml(derived, v, profile, { shown: false })).toBe(true);
        // The part with the shown numbers is another part, unless the Vorlage shows none.
        expect(writesMetadataXml(shown, v, profile, { shown: false })).toBe(shown === derived);
        const at = cut % derived.length;
        expect(writesMetadataXml(derived.slice(0, at) + (derived[at] === "x" ? "y" : "x") + derived.slice(at + 1), v, profile, { shown: false })).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it("says a part differs before it finds a value the format cannot hold, and throws as toMetadataXml does when the part agrees up to there", () => {
    const bad = vorlage({ header: { sitzungsdatum: "21.03.2024" } });
    expect(writesMetadataXml("<other/>", bad, WIESBADEN)).toBe(false);
    const written = toMetadataXml(vorlage(), WIESBADEN);
    expect(() => writesMetadataXml(written, bad, WIESBADEN)).toThrow(InvalidValueError);
  });
});

describe("readMetadataXml", () => {
  it("reports malformed XML as a finding, not an exception", () => {
    const read = readMetadataXml(`<vorlage xmlns="${METADATA_NAMESPACE}" version="1.0"><kopf>`);
    expect(read.vorlage).toBeUndefined();
    expect(read.findings.map((f) => [f.code, f.severity])).toEqual([["metadata-malformed", "warning"]]);
  });

  it("refuses a DOCTYPE before parsing, so that no entity is ever expanded", () => {
    const xml = `<!DOCTYPE vorlage [<!ENTITY x SYSTEM "file:///etc/passwd">]><vorlage xmlns="${METADATA_NAMESPACE}" version="1.0">&x;</vorlage>`;
    expect(readMetadataXml(xml).findings[0]).toMatchObject({ code: "metadata-malformed", params: { reason: "DOCTYPE" } });
  });

  it("recognises another add-in's part in place of ours", () => {
    expect(readMetadataXml('<root xmlns="urn:other"/>').findings[0]).toMatchObject({ code: "metadata-foreign", params: { root: "{urn:other}root" } });
  });

  it("still reads a part of a newer format version, and says so", () => {
    const newer = toMetadataXml(reference0057(), WIESBADEN).replace('version="1.3"', 'version="2.3"').replace("<kopf", "<zukunft>neu</zukunft><kopf");
    const read = readMetadataXml(newer);
    expect(read.findings[0]).toMatchObject({ code: "metadata-version-newer", params: { version: "2.3", supported: "1.3" } });
    expect(read.vorlage?.header.vorlagenNr).toBe("24-V-07-0001");
  });

  it("accepts a newer minor version silently: minors only add", () => {
    const minor = toMetadataXml(reference0057(), WIESBADEN).replace('version="1.3"', 'version="1.7"');
    expect(readMetadataXml(minor).findings).toEqual([]);
  });

  it("writes a Zeichnung's Absender and its internal number (1.2), and reads them back", () => {
    const xml = toMetadataXml(withNummer(), WIESBADEN);
    expect(xml).toContain("<absender>Der Magistrat</absender><absenderNummer>16</absenderNummer></zeichnung>");
    expect(readMetadataXml(xml).vorlage?.zeichnungen[1]).toMatchObject({ absender: "Der Magistrat", absenderNummer: "16" });
  });

  it("is valid against the XSD with the internal number, and the XSD refuses it before the Absender", async () => {
    const xml = toMetadataXml(withNummer(), WIESBADEN);
    expect(await xsdErrors([xml])).toEqual([]);
    const swapped = xml.replace("<absender>Der Magistrat</absender><absenderNummer>16</absenderNummer>", "<absenderNummer>16</absenderNummer><absender>Der Magistrat</absender>");
    expect((await xsdErrors([swapped])).join("\n")).toMatch(/absender/);
  });

  it("still reads a part of the older minor version 1.1, which has no internal number, without a finding", () => {
    const older = toMetadataXml(withoutNummer(), WIESBADEN).replace('version="1.3"', 'version="1.1"');
    expect(older).not.toContain("absenderNummer");
    const read = readMetadataXml(older);
    expect(read.findings).toEqual([]);
    expect(read.version).toBe("1.1");
    expect(read.vorlage?.zeichnungen[1]).toEqual(withoutNummer().zeichnungen[1]);
    expect(read.vorlage?.zeichnungen[1]).not.toHaveProperty("absenderNummer");
  });

  it("reads unknown enumeration values as absent instead of trusting them", () => {
    const odd = toMetadataXml(reference0057(), WIESBADEN).replace('sitzungsart="oeffentlich"', 'sitzungsart="geheim"').replace('bitte="veranlassung"', 'bitte="egal"');
    const read = readMetadataXml(odd).vorlage!;
    expect(read.header.sitzungsart).toBeUndefined();
    expect(read.verteiler[0]?.bitte).toBeUndefined();
  });

  it("writes each clause's and sub-point's references after its text (1.3), valid against the XSD, and reads them back", async () => {
    const xml = toMetadataXml(referencingVorlage(), WIESBADEN);
    expect(xml).toContain('<text>die Umsetzung nach Ziffer 2.1 Buchstabe b</text><verweis ziel="b1" start="26" end="29"/><verweis ziel="u2" start="40" end="41"/></ziffer>');
    expect(xml).toContain('<text>im Sinne von Ziffer 1.1</text><verweis ziel="k1" start="20" end="23"/></unterpunkt>');
    expect(await xsdErrors([xml])).toEqual([]);
    expect((await xsdErrors([xml.replace('start="26"', 'start="sechsundzwanzig"')])).join("\n")).toMatch(/start/);
    const read = readMetadataXml(xml);
    expect(read.findings).toEqual([]);
    expect(read.vorlage).toEqual(referencingVorlage());
  });

  it("round-trips the references of any Vorlage with references exactly", async () => {
    fc.assert(
      fc.property(arbitraryVorlageWithReferences, (v) => {
        const read = readMetadataXml(toMetadataXml(v, WIESBADEN));
        expect(read.findings).toEqual([]);
        expect(read.vorlage).toEqual(v);
      }),
      { numRuns: 150 },
    );
    const samples = fc.sample(arbitraryVorlageWithReferences, { numRuns: 30, seed: 20261207 }).map((v) => toMetadataXml(v, WIESBADEN));
    expect(await xsdErrors(samples)).toEqual([]);
  }, 60_000);

  it("still reads a part of the older minor version 1.2, which has no references, without a finding", () => {
    const older = toMetadataXml(reference0057(), WIESBADEN).replace('version="1.3"', 'version="1.2"');
    expect(older).not.toContain("<verweis");
    const read = readMetadataXml(older);
    expect(read.findings).toEqual([]);
    expect(read.version).toBe("1.2");
    expect(read.vorlage).toEqual(reference0057());
  });

  it("leaves out a reference of the part that names no target or no whole-number place, instead of guessing", () => {
    const xml = toMetadataXml(referencingVorlage(), WIESBADEN).replace('<verweis ziel="b1" start="26" end="29"/>', '<verweis start="26" end="29"/>').replace('start="40"', 'start="vierzig"');
    const b2 = readMetadataXml(xml).vorlage?.sections[1]?.clauses[1];
    expect(b2?.text).toBe("die Umsetzung nach Ziffer 2.1 Buchstabe b");
    expect(b2).not.toHaveProperty("verweise");
  });
});

describe("writing our part over our own part", () => {
  it("carries nothing over as unknown: every element and attribute the writer writes is known (a <verweis> was kept twice on every write)", () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryVorlage, arbitraryVorlageWithReferences), (v) => {
        const xml = toMetadataXml(v, WIESBADEN);
        expect(keepUnknown(xml, xml)).toBe(xml);
      }),
      { numRuns: 150 },
    );
    const seed = toMetadataXml(reference0057(), WIESBADEN);
    expect(keepUnknown(seed, seed)).toBe(seed);
  });
});

