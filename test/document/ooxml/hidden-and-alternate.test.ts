import { strToU8 } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { validate } from "../../../src/core/validation/validate";
import { recognizeDocx } from "../../../src/cli/recognize-docx";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { toFlatOpc } from "../../../src/document/ooxml/flat-opc";
import { esc, W_NS } from "../../../src/document/ooxml/ooxml";
import { readBodyOoxml } from "../../../src/document/word/read-ooxml";
import { docxFromBody, paragraphXml } from "../../fixtures/docx";

/**
 * Text a reader does not see is no text of the Vorlage: a hidden paragraph (w:vanish on its
 * mark and runs, on all its runs, or in its style) that is not ours gives no number, no
 * clause and no finding from its text (that it is there is said: `text-ausgeblendet`), and `--renumber` leaves the visible numbers as they are. A clause
 * in mc:AlternateContent is read once: the Choice when we understand it, else the Fallback.
 */
const HEAD = ["Tagesordnung I Punkt 4 der öffentlichen Sitzung am 14. Mai 2025", "Vorlagen-Nr. 25-V-03-0012", "Beschaffung von Lastenrädern", "Beschluss Nr. 0112", "1. Es wird zur Kenntnis genommen, dass", "- 1.1 der Bürgerservice Rad fährt.", "2. Es wird beschlossen, dass"];
const TAIL = ["Wiesbaden, 14.05.2025", "im Auftrag", "Muster"];
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

const run = (text: string, rPr = ""): string => `<w:r>${rPr}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const HIDDEN_RUN = "<w:rPr><w:vanish/></w:rPr>";
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:styleId="Standard"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Alt"><w:name w:val="Alt"/><w:rPr><w:vanish/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="AltKind"><w:name w:val="Alt Kind"/><w:basedOn w:val="Alt"/></w:style></w:styles>`;

const hiddenParagraphs: Record<string, string> = {
  "mark and runs": `<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>${run("- 2.2 die alte Fassung gilt;", HIDDEN_RUN)}</w:p>`,
  "all runs": `<w:p>${run("- 2.2 ", HIDDEN_RUN)}${run("die alte Fassung gilt;", HIDDEN_RUN)}</w:p>`,
  "its style": `<w:p><w:pPr><w:pStyle w:val="Alt"/></w:pPr>${run("- 2.2 die alte Fassung gilt;")}</w:p>`,
  "a style it is based on": `<w:p><w:pPr><w:pStyle w:val="AltKind"/></w:pPr>${run("- 2.2 die alte Fassung gilt;")}</w:p>`,
};

function document(section2: string[]): Uint8Array {
  return docxFromBody([...HEAD.map(paragraphXml), ...section2, ...TAIL.map(paragraphXml)].join(""), { "word/styles.xml": strToU8(STYLES) });
}

const VISIBLE = ["- 2.1 zwei Räder beschafft werden;", "- 2.2 die Kosten geteilt werden;", "- 2.3 Dezernat III umsetzt."];
const clauses = (bytes: Uint8Array): string[] =>
  DocxDocument.open(bytes).read(WIESBADEN, sequentialIds("r")).vorlage.sections.flatMap((s) => s.clauses.map((c) => `${c.writtenNumber ?? ""} ${c.text}`));
const codes = (bytes: Uint8Array): string[] => {
  const read = DocxDocument.open(bytes).read(WIESBADEN, sequentialIds("r"));
  return [...read.findings, ...validate(read.vorlage, WIESBADEN)].map((f) => f.code).sort();
};

describe("a hidden paragraph that is not ours", () => {
  const plain = document(VISIBLE.map(paragraphXml));

  it.each(Object.entries(hiddenParagraphs))("hidden by %s gives no clause, no number and no finding from its text; only that hidden text is there", (_how, hidden) => {
    const bytes = document([paragraphXml(VISIBLE[0] as string), hidden, ...VISIBLE.slice(1).map(paragraphXml)]);
    expect(clauses(bytes)).toEqual(clauses(plain));
    // It stays in the file and is published with it: said (`text-ausgeblendet`), and nothing else.
    expect(codes(bytes)).toEqual([...codes(plain), "text-ausgeblendet"].sort());
  });

  it.each(Object.entries(hiddenParagraphs))("hidden by %s: --renumber keeps 2.2 and 2.3", (_how, hidden) => {
    const bytes = document([paragraphXml(VISIBLE[0] as string), hidden, ...VISIBLE.slice(1).map(paragraphXml)]);
    const result = recognizeDocx(bytes, WIESBADEN, { renumber: true, ids: sequentialIds("s") });
    expect(result.renumbered).toBe(0);
    expect(clauses(result.bytes)).toEqual(clauses(plain));
  });

  it("a hidden run inside a visible paragraph leaves the paragraph read, without the hidden words", () => {
    const bytes = document([paragraphXml(VISIBLE[0] as string), `<w:p>${run("Hinweis ", HIDDEN_RUN)}${run("- 2.2 die Kosten geteilt werden;")}</w:p>`, paragraphXml(VISIBLE[2] as string)]);
    expect(clauses(bytes)).toEqual(clauses(plain));
    expect(codes(bytes)).toEqual([...codes(plain), "text-ausgeblendet"].sort());
  });
});

describe("hidden runs that are not ours, inside paragraphs a reader sees", () => {
  const plain = document(VISIBLE.map(paragraphXml));
  const withHidden = document([
    paragraphXml(VISIBLE[0] as string),
    `<w:p>${run("- 2.2 ")}${run("(intern: noch mit Kämmerei klären) ", HIDDEN_RUN)}${run("die Kosten geteilt werden;")}</w:p>`,
    `<w:p>${run("- 2.3", HIDDEN_RUN)}${run("- 2.3 Dezernat III umsetzt.")}${run(" 2.4 Entwurf", HIDDEN_RUN)}</w:p>`,
  ]);

  it("give no words to a clause, no number and no finding from their text; only that hidden text is there", () => {
    expect(clauses(withHidden)).toEqual(clauses(plain));
    expect(clauses(withHidden).join("\n")).not.toMatch(/intern|Entwurf/);
    expect(codes(withHidden)).toEqual([...codes(plain), "text-ausgeblendet"].sort());
  });

  it("stay where they are when recognize structures the paragraph: the number control wraps exactly the visible number", () => {
    const result = recognizeDocx(withHidden, WIESBADEN, { renumber: true, ids: sequentialIds("s") });
    expect(result.outcome.wrapped).toBe(true);
    expect(result.renumbered).toBe(0);
    expect(clauses(result.bytes)).toEqual(clauses(plain));
    const xml = DocxDocument.open(result.bytes, { edit: true }).part("word/document.xml") as string;
    expect(xml).toContain("(intern: noch mit Kämmerei klären) ");
    expect(xml).toContain(">- 2.3</w:t>");
    // The number controls hold the visible numbers, nothing hidden.
    const numbers = [...xml.matchAll(/<w:tag w:val="bv:nr:[^"]+"\/>(?:(?!<\/w:sdt>).)*?<w:t[^>]*>([^<]*)<\/w:t>/gs)].map((m) => m[1]);
    expect(numbers).toEqual(expect.arrayContaining(["2.2", "2.3"]));
    expect(numbers.some((n) => /2\.4|-/.test(n ?? ""))).toBe(false);
  });
});

describe("a clause in mc:AlternateContent", () => {
  const ac = (requires: string, choice: string, fallback: string): string =>
    `<mc:AlternateContent xmlns:mc="${MC}" xmlns:w14="${W14}" xmlns:x9="urn:x-unknown"><mc:Choice Requires="${requires}">${paragraphXml(choice)}</mc:Choice><mc:Fallback>${paragraphXml(fallback)}</mc:Fallback></mc:AlternateContent>`;

  it("is read once, from the Choice we understand; --renumber changes nothing", () => {
    const bytes = document([paragraphXml(VISIBLE[0] as string), ac("w14", VISIBLE[1] as string, VISIBLE[1] as string), paragraphXml(VISIBLE[2] as string)]);
    expect(clauses(bytes).filter((c) => c.includes("die Kosten geteilt werden"))).toHaveLength(1);
    expect(clauses(bytes).map((c) => c.split(" ")[0])).toEqual(["1.1", "2.1", "2.2", "2.3"]);
    const result = recognizeDocx(bytes, WIESBADEN, { renumber: true, ids: sequentialIds("s") });
    expect(result.renumbered).toBe(0);
    expect(clauses(result.bytes).map((c) => c.split(" ")[0])).toEqual(["1.1", "2.1", "2.2", "2.3"]);
  });

  it("is read from the Fallback when the Choice requires what we do not know", () => {
    const bytes = document([paragraphXml(VISIBLE[0] as string), ac("x9", "- 2.9 unbekannte Fassung;", VISIBLE[1] as string), paragraphXml(VISIBLE[2] as string)]);
    expect(clauses(bytes).map((c) => c.split(" ")[0])).toEqual(["1.1", "2.1", "2.2", "2.3"]);
    expect(clauses(bytes).join("\n")).not.toContain("unbekannte");
    const result = recognizeDocx(bytes, WIESBADEN, { renumber: true, ids: sequentialIds("s") });
    expect(result.renumbered).toBe(0);
  });
});

describe("the Word adapter reads hidden paragraphs and alternate content by the same rule", () => {
  it("leaves out a hidden paragraph that is not ours and reads one branch of mc:AlternateContent", () => {
    const body = [
      ...HEAD.map(paragraphXml),
      paragraphXml(VISIBLE[0] as string),
      hiddenParagraphs["its style"] as string,
      hiddenParagraphs["mark and runs"] as string,
      `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="w14">${paragraphXml(VISIBLE[1] as string)}</mc:Choice><mc:Fallback>${paragraphXml(VISIBLE[1] as string)}</mc:Fallback></mc:AlternateContent>`,
      paragraphXml(VISIBLE[2] as string),
      ...TAIL.map(paragraphXml),
    ].join("");
    const flat = toFlatOpc(body, ` xmlns:w14="${W14}"`, STYLES);
    const { vorlage } = readBodyOoxml(flat, WIESBADEN, sequentialIds("w"));
    expect(vorlage.sections.flatMap((s) => s.clauses.map((c) => c.writtenNumber))).toEqual(["1.1", "2.1", "2.2", "2.3"]);
  });
});
