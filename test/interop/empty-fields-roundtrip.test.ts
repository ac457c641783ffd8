import { sequentialIds } from "../../src/core/model/ids";
import type { Header, Vorlage } from "../../src/core/model/vorlage";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { recognize } from "../../src/core/recognize/recognize";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { recognitionInput } from "../../src/document/ooxml/body-vorlage";
import { reference0057 } from "../fixtures/reference-0057";
import { convertMany, findSoffice } from "./libreoffice";

/**
 * A header field left empty, through LibreOffice: our renderer writes the empty field as a
 * control showing its prompt; LibreOffice keeps `w:showingPlcHdr` but drops our tags, so the
 * reader sees only the label around it („Beschluss Nr. “). The label's own punctuation, the next
 * word of the line or the prompt must never become the value. Every header field is emptied in
 * turn, and the expectation for each is written here, before the run: the emptied field reads
 * back empty, every other field reads back as written, both from the text alone and with our
 * metadata part's help.
 */
const soffice = findSoffice();
if (!soffice && process.env["CI"]) throw new Error("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui");
const suite = soffice ? describe : describe.skip;

const FULL: Header = reference0057().header;
const EMPTY: Header = { gremium: "", sitzungsart: undefined, sitzungsdatum: "", tagesordnung: "", tagesordnungspunkt: "", vorlagenNr: "", betreff: "", beschlussNr: "", vorlagenart: "" };

interface Variant {
  readonly name: string;
  readonly written: Header;
  /** What the text alone must give back. */
  readonly fromText: Header;
  /** With the metadata part (LibreOffice keeps it): what `read` must give back. */
  readonly read: Header;
}

const emptied = (field: keyof Header): Header => ({ ...FULL, [field]: field === "sitzungsart" ? undefined : "" });
/**
 * Wiesbaden's house style does not print the Vorlagenart: it lives in the metadata part only
 * (issue 21 item 7), so the text alone never gives it back; `read`, with the part, does.
 */
const textOnly = (h: Header): Header => ({ ...h, vorlagenart: "" });
const VARIANTS: readonly Variant[] = [
  { name: "all-empty", written: EMPTY, fromText: textOnly(EMPTY), read: EMPTY },
  { name: "no-beschlussnr", written: emptied("beschlussNr"), fromText: textOnly(emptied("beschlussNr")), read: emptied("beschlussNr") },
  { name: "no-punkt", written: emptied("tagesordnungspunkt"), fromText: textOnly(emptied("tagesordnungspunkt")), read: emptied("tagesordnungspunkt") },
  { name: "no-tagesordnung", written: emptied("tagesordnung"), fromText: textOnly(emptied("tagesordnung")), read: emptied("tagesordnung") },
  { name: "no-datum", written: emptied("sitzungsdatum"), fromText: textOnly(emptied("sitzungsdatum")), read: emptied("sitzungsdatum") },
  { name: "no-sitzungsart", written: emptied("sitzungsart"), fromText: textOnly(emptied("sitzungsart")), read: emptied("sitzungsart") },
  { name: "no-vorlagennr", written: emptied("vorlagenNr"), fromText: textOnly(emptied("vorlagenNr")), read: emptied("vorlagenNr") },
  { name: "no-betreff", written: emptied("betreff"), fromText: textOnly(emptied("betreff")), read: emptied("betreff") },
  // Wiesbaden's profile infers the Stadtverordnetenversammlung from „Tagesordnung II … Sitzung“ and
  // „Dem Magistrat mit der Bitte um weitere Veranlassung“ (issue 12): that is the value, said as inferred.
  { name: "no-gremium", written: emptied("gremium"), fromText: textOnly(FULL), read: FULL },
  { name: "no-vorlagenart", written: emptied("vorlagenart"), fromText: textOnly(emptied("vorlagenart")), read: emptied("vorlagenart") },
];

suite("an empty header field, after a LibreOffice round trip", () => {
  let converted: Map<string, Buffer>;
  beforeAll(() => {
    const files = new Map(VARIANTS.map((v) => [`${v.name}.docx`, DocxDocument.create({ ...reference0057(), header: v.written } as Vorlage, WIESBADEN, "2024-03-21T10:00:00Z").save()]));
    converted = convertMany(soffice as string, files, "docx:MS Word 2007 XML");
  }, 300_000);

  it.each(VARIANTS.map((v) => [v.name, v] as const))("%s: read from the text alone, every field is what was written", (name, v) => {
    const doc = DocxDocument.open(converted.get(`${name}.docx`) as Buffer);
    const r = recognize(recognitionInput(doc.paragraphs()), WIESBADEN, sequentialIds("t"));
    expect(r.vorlage.header).toEqual(v.fromText);
    if (name === "no-gremium") expect(r.findings.map((f) => f.code)).toContain("recognize-gremium-inferred");
  });

  it.each(VARIANTS.map((v) => [v.name, v] as const))("%s: read with the metadata part, every field is what was written", (name, v) => {
    const read = DocxDocument.open(converted.get(`${name}.docx`) as Buffer).read(WIESBADEN);
    expect(read.recovered).toBe(true);
    expect(read.vorlage.header).toEqual(v.read);
  });
});
