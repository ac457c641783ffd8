import fc from "fast-check";
import { METADATA_NAMESPACE, toMetadataXml } from "../../../src/core/metadata/metadata-xml";
import { readMetadataXml, type MetadataRead } from "../../../src/core/metadata/read-metadata-xml";
import { withoutWrittenNumbers } from "../../../src/core/model/written-numbers";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { clausesCutOut, readMetadataPart } from "../../../src/document/ooxml/read-metadata-part";
import { arbitraryVorlageWithReferences } from "../../fixtures/arbitrary-references";
import { arbitraryVorlage } from "../../fixtures/arbitrary-vorlage";
import { completeVorlage } from "../../fixtures/builders";
import { reference0057 } from "../../fixtures/reference-0057";

/**
 * The streaming reader of our metadata part (check and diff of a .docx read it without a DOM)
 * gives what the DOM reader gives: the same Vorlage, version, profile and findings. Only the
 * wording of a `metadata-malformed` reason is each parser's own, so there the codes are compared.
 */
const comparable = (r: MetadataRead) => (r.findings.some((f) => f.code === "metadata-malformed") ? { malformed: r.findings.map((f) => f.code) } : r);

function expectSame(xml: string): MetadataRead {
  const streamed = readMetadataPart(xml);
  expect(comparable(streamed)).toEqual(comparable(readMetadataXml(xml)));
  return streamed;
}

const NS = METADATA_NAMESPACE;
const ours = toMetadataXml(reference0057(), WIESBADEN);

describe("the metadata part read by streaming", () => {
  it("reads every part our writer writes as the DOM reader does, and gives the Vorlage back exactly", () => {
    fc.assert(
      fc.property(arbitraryVorlage, fc.boolean(), (v, derived) => {
        const written = derived ? withoutWrittenNumbers(v) : v;
        const read = expectSame(toMetadataXml(written, WIESBADEN));
        expect(read.findings).toEqual([]);
        expect(read.vorlage).toEqual(written);
      }),
      { numRuns: 200 },
    );
    for (const xml of [ours, toMetadataXml(completeVorlage(), KARLSRUHE), toMetadataXml(withoutWrittenNumbers(reference0057()), WIESBADEN)]) {
      expect(expectSame(xml).vorlage).toBeDefined();
    }
  });

  it.each([
    ["a DOCTYPE with an entity", `<!DOCTYPE v [<!ENTITY x SYSTEM "file:///etc/passwd">]>${ours.replace("<kopf", "<kopf>&x;</kopf><kopf")}`],
    ["an unclosed element", `<vorlage xmlns="${NS}" version="1.0"><kopf>`],
    ["mismatched tags", `<vorlage xmlns="${NS}" version="1.2"><kopf></zustaendigkeit></vorlage>`],
    ["an unbound prefix", `<vorlage xmlns="${NS}" version="1.2"><x:kopf/></vorlage>`],
    ["a duplicate attribute", `<vorlage xmlns="${NS}" version="1.2" version="1.3"/>`],
    ["an undefined entity", `<vorlage xmlns="${NS}" version="1.2"><kopf><betreff>&nbsp;</betreff></kopf></vorlage>`],
    ["text after the root", `${ours}x`],
    ["two roots", `${ours}${ours}`],
    ["nothing", ""],
  ])("refuses, as the DOM reader does, a part with %s", (_name, xml) => {
    const read = expectSame(xml);
    expect(read.findings.map((f) => f.code)).toEqual(["metadata-malformed"]);
    expect(read.vorlage).toBeUndefined();
  });

  it("refuses a bare ampersand, which XML forbids (the one place where the DOM reader is laxer: it reads it with a warning)", () => {
    const xml = `<vorlage xmlns="${NS}" version="1.2"><kopf><betreff>A & B</betreff></kopf></vorlage>`;
    expect(readMetadataXml(xml).vorlage?.header.betreff).toBe("A & B");
    expect(readMetadataPart(xml).findings.map((f) => f.code)).toEqual(["metadata-malformed"]);
  });

  it("reads the references between clauses (1.3) as the DOM reader does", () => {
    fc.assert(
      fc.property(arbitraryVorlageWithReferences, (v) => {
        expect(expectSame(toMetadataXml(v, WIESBADEN)).vorlage).toEqual(v);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ["another add-in's part", `<root xmlns="urn:other"><vorlage xmlns="${NS}"/></root>`],
    ["our element name without our namespace", `<vorlage version="1.2"><kopf/></vorlage>`],
    ["a newer major version with elements it does not know", ours.replace('version="1.3"', 'version="2.3"').replace("<kopf", "<zukunft>neu</zukunft><kopf")],
    ["a newer minor version with attributes it does not know", ours.replace('version="1.3"', 'version="1.7"').replace("<ziffer ", '<ziffer neu="1" ')],
    ["values out of range", ours.replace('sitzungsart="oeffentlich"', 'sitzungsart="geheim"').replace('bitte="veranlassung"', 'bitte="egal"')],
    ["a prefixed root and prefixed children", ours.replace(`<vorlage xmlns="${NS}"`, `<m:vorlage xmlns:m="${NS}" xmlns="${NS}"`).replace(/<\/vorlage>$/, "</m:vorlage>").replace(/<kopf/, "<m:kopf").replace("</kopf>", "</m:kopf>")],
    ["comments, processing instructions and CDATA in a text", ours.replace(/<betreff>([^<]*)<\/betreff>/, "<betreff><!-- c --><?pi x?>$1<![CDATA[ & <mehr>]]></betreff>")],
    ["markup nested in a text element", ours.replace(/<betreff>([^<]*)<\/betreff>/, '<betreff>vor <b xmlns="urn:x">fett <i>kursiv</i></b> nach</betreff>')],
    ["character references and raw line ends", ours.replace(/<betreff>([^<]*)<\/betreff>/, "<betreff>A&#x9;B&#13;C\r\nD\rE&#x1F600;</betreff>")],
    ["white space to normalise in attributes", ours.replace('<ziffer id="', '<ziffer id="\t x\n').replace('sitzungsdatum="', 'sitzungsdatum="&#10;')],
    ["an escaped text with a wrong flag", ours.replace(/<betreff>/, '<betreff enc="escaped">\\u0041\\\\').replace(/<betreff enc="escaped">([^<]*)<\/betreff>/, '<betreff enc="escaped">$1</betreff>')],
    ["numbers that are no numbers", ours.replace(/betragCent="\d+"/, 'betragCent=" 12e3 "').replace(/haushaltsjahr="\d+"/, 'haushaltsjahr="NaN"')],
    ["an XML declaration and surrounding white space", `<?xml version="1.0" encoding="UTF-8"?>\n${ours}\n`],
    ["elements of another namespace among ours", ours.replace("<kopf", `<kopf xmlns="urn:x"><gremium>fremd</gremium></kopf><kopf`)],
    ["a second kopf", ours.replace("</kopf>", "</kopf><kopf><betreff>zweiter</betreff></kopf>")],
  ])("reads, as the DOM reader does, %s", (_name, xml) => {
    expectSame(xml);
  });

  it("agrees with the DOM reader on parts damaged at random: where either refuses, so does the other; else the same reading", () => {
    const sample = ours.slice(0, 4000) + ours.slice(ours.indexOf("<finanzierung"));
    fc.assert(
      fc.property(fc.nat(sample.length - 1), fc.nat(12), fc.constantFrom("", "<", ">", "&", "/", '"', "x", "<a>", "</kopf>", " b=\"1\"", "&amp;", "]]>", "<!--"), (at, cut, insert) => {
        expectSame(sample.slice(0, at) + insert + sample.slice(at + cut));
      }),
      { numRuns: 400 },
    );
  });

  it("without its clauses reads everything else as the whole part does, and a damaged part as unreadable all the same", () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryVorlage, arbitraryVorlageWithReferences), fc.constantFrom(WIESBADEN, KARLSRUHE), (v, profile) => {
        const xml = toMetadataXml(v, profile);
        const whole = readMetadataPart(xml);
        const head = readMetadataPart(xml, "customXml", { withoutClauses: true });
        expect(head.vorlage).toEqual({ ...(whole.vorlage as NonNullable<typeof whole.vorlage>), sections: [] });
        expect([head.version, head.profil, head.findings]).toEqual([whole.version, whole.profil, whole.findings]);
      }),
      { numRuns: 100 },
    );
    // Damage inside the clauses: the part is still scanned whole, and refused as the whole read refuses it.
    const broken = ours.replace("</ziffer>", "</zifer>");
    expect(broken).not.toBe(ours);
    expect(readMetadataPart(broken, "customXml", { withoutClauses: true }).findings.map((f) => f.code)).toEqual(["metadata-malformed"]);
    expect(readMetadataPart(broken, "customXml", { withoutClauses: true })).toEqual(readMetadataPart(broken));
  });

  it("reads the same without its clauses where their text is cut out unscanned first (clausesCutOut), and the cut keeps everything else", () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryVorlage, arbitraryVorlageWithReferences), fc.constantFrom(WIESBADEN, KARLSRUHE), (v, profile) => {
        const xml = toMetadataXml(v, profile);
        const cut = clausesCutOut(xml);
        expect(readMetadataPart(cut, "customXml", { withoutClauses: true })).toEqual(readMetadataPart(xml, "customXml", { withoutClauses: true }));
        const at = xml.indexOf("<abschnitte>");
        if (at < 0) expect(cut).toBe(xml);
        else expect(cut).toBe(`${xml.slice(0, at)}<abschnitte/>${xml.slice(xml.indexOf("</abschnitte>") + "</abschnitte>".length)}`);
      }),
      { numRuns: 100 },
    );
    expect(clausesCutOut(ours).length).toBeLessThan(ours.length);
    expect(clausesCutOut(ours)).not.toContain("<ziffer");
  });

  it("is cut only where it holds <abschnitte> … </abschnitte> as we write them: else it stays as it is", () => {
    const empty = `<vorlage xmlns="${NS}" version="1.3" profil="wiesbaden"><abschnitte/><bezuege/></vorlage>`;
    expect(clausesCutOut(empty)).toBe(empty);
    const unclosed = `<vorlage xmlns="${NS}" version="1.3"><abschnitte><abschnitt id="a"></abschnitt></vorlage>`;
    expect(clausesCutOut(unclosed)).toBe(unclosed);
    const prefixed = `<m:vorlage xmlns:m="${NS}" version="1.3"><m:abschnitte><m:abschnitt id="a"/></m:abschnitte></m:vorlage>`;
    expect(clausesCutOut(prefixed)).toBe(prefixed);
  });
});

