import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { diffVorlagen } from "../../../src/core/diff/vorlage-diff";
import { beschlussText } from "../../../src/core/metadata/beschluss-text";
import { toVorlageJson } from "../../../src/core/metadata/vorlage-json";
import { checkedFindings } from "../../../src/document/docx/checked-findings";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { CLAUSE_13, CLAUSE_22, editedXml, listedParagraph, plainListVorlage, recognizedListVorlage, withThirdLevel } from "../../fixtures/recognized-list-vorlage";

/**
 * A clause a colleague adds with Word's list numbering to a document `recognize` structured
 * prints with its number like every other (seventh tryout, F1: „die Mitgliedschaft jederzeit
 * kündbar“ between 1.3 and 1.4). Check, diff and export read it as that clause, counted in the
 * derived order, as they read the same edit on the plain document; it was not seen („0
 * hinzugefügt“) and the clauses after it were reported as misnumbered („1.5“ an Stelle 1.4).
 */
const ADDED = "die Mitgliedschaft jederzeit zum Jahresende kündbar ist;";
const NEW = listedParagraph(1, ADDED);
const END_13 = `${CLAUSE_13}</w:t></w:r></w:sdtContent></w:sdt></w:p>`;
const END_22 = `${CLAUSE_22}</w:t></w:r></w:sdtContent></w:sdt></w:p>`;

/** After clause 1.3's control, in the section's control (outside every clause of ours). */
const afterClause = () => editedXml(recognizedListVorlage(), (x) => x.replace(`${END_13}</w:sdtContent></w:sdt>`, `${END_13}</w:sdtContent></w:sdt>${NEW}`));
/** Inside clause 1.3's control, as its second paragraph: where Word's Enter at the end of 1.3 puts it. */
const insideClause = () => editedXml(recognizedListVorlage(), (x) => x.replace(END_13, `${END_13}${NEW}`));
/** After the Beschluss section's control, at body level. */
const afterSection = () =>
  editedXml(recognizedListVorlage(), (x) => x.replace(`${END_22}</w:sdtContent></w:sdt></w:sdtContent></w:sdt>`, `${END_22}</w:sdtContent></w:sdt></w:sdtContent></w:sdt>${NEW}`));

const read = (bytes: Uint8Array) => {
  const doc = DocxDocument.open(bytes);
  const r = doc.read(WIESBADEN, sequentialIds("t"));
  return { ...r, all: checkedFindings(doc, r, WIESBADEN) };
};
type Read = ReturnType<typeof read>;
const numbers = (r: Read, kind: string) => r.vorlage.sections.find((s) => s.kind === kind)?.clauses.map((c) => c.writtenNumber) ?? [];
const numberingFindings = (r: Read) => r.all.filter((f) => f.code.startsWith("numbering-"));
const added = (before: Read, after: Read) =>
  diffVorlagen({ vorlage: before.vorlage, findings: [], stableIds: true }, { vorlage: after.vorlage, findings: [], stableIds: true }, WIESBADEN.numbering)
    .clauses.filter((c) => c.kind === "added")
    .map((c) => c.new?.text);

describe("the recognised document before the edit", () => {
  it("reads its clauses as printed, with no structure finding", () => {
    const r = read(recognizedListVorlage());
    expect(r.structured).toBe(true);
    expect(numbers(r, "kenntnisnahme")).toEqual(["1.1", "1.2", "1.3", "1.4"]);
    expect(r.all.filter((f) => f.code.startsWith("structure-") || f.code.startsWith("numbering-"))).toEqual([]);
  });
});

describe.each([
  ["in the section's control, after clause 1.3's", afterClause, "structure-clause-uncontrolled"],
  ["inside clause 1.3's control, as its second paragraph", insideClause, "structure-clause-in-clause"],
])("a list-numbered clause added %s", (_, edit, code) => {
  const before = read(recognizedListVorlage());
  const r = read(edit());

  it("is the clause 1.4 it prints as, and the clauses after it are numbered as printed (no numbering error)", () => {
    expect(numbers(r, "kenntnisnahme")).toEqual(["1.1", "1.2", "1.3", "1.4", "1.5"]);
    const clauses = r.vorlage.sections[0]?.clauses ?? [];
    expect(clauses[2]?.text).toBe(CLAUSE_13);
    expect(clauses[3]?.text).toBe(ADDED);
    expect(numberingFindings(r)).toEqual([]);
  });

  it(`is said (${code}), naming its number and words`, () => {
    const f = r.all.filter((x) => x.code === code);
    expect(f.map((x) => [x.severity, x.location])).toEqual([["warning", { type: "clause", id: r.vorlage.sections[0]?.clauses[3]?.id }]]);
    expect(f[0]?.params).toEqual(expect.objectContaining({ nummer: "1.4", auszug: expect.stringContaining("jederzeit zum Jahresende") }));
  });

  it("is counted as added by diff, and is in the exported text and JSON", () => {
    expect(added(before, r)).toEqual([ADDED]);
    expect(beschlussText(r.vorlage, WIESBADEN)).toContain(ADDED);
    expect(JSON.stringify(toVorlageJson(r.vorlage, WIESBADEN, r.printed))).toContain(ADDED);
  });

  it("is read as the same edit on the plain document reads", () => {
    const plain = read(
      editedXml(plainListVorlage(), (x) => x.replace(`${CLAUSE_13}</w:t></w:r></w:p>`, `${CLAUSE_13}</w:t></w:r></w:p>${NEW}`)),
    );
    expect(plain.vorlage.sections.map((s) => s.clauses.map((c) => [c.writtenNumber, c.text]))).toEqual(r.vorlage.sections.map((s) => s.clauses.map((c) => [c.writtenNumber, c.text])));
  });
});

describe("a list-numbered clause added after the Beschluss section, at body level", () => {
  const r = read(afterSection());

  it("continues the section it follows: clause 2.3, said as outside our controls", () => {
    expect(numbers(r, "beschluss")).toEqual(["2.1", "2.2", "2.3"]);
    expect(r.vorlage.sections[1]?.clauses[2]?.text).toBe(ADDED);
    expect(numberingFindings(r)).toEqual([]);
    expect(r.all.filter((x) => x.code === "structure-clause-uncontrolled").map((x) => x.params["nummer"])).toEqual(["2.3"]);
  });
});

describe("what stays as it was", () => {
  it("a further paragraph without a list number inside a clause's control is that clause's text", () => {
    const r = read(editedXml(recognizedListVorlage(), (x) => x.replace(END_13, `${END_13}<w:p><w:r><w:t>Die Niederschrift liegt vor.</w:t></w:r></w:p>`)));
    expect(numbers(r, "kenntnisnahme")).toEqual(["1.1", "1.2", "1.3", "1.4"]);
    expect(r.vorlage.sections[0]?.clauses[2]?.text).toBe(`${CLAUSE_13}\nDie Niederschrift liegt vor.`);
    expect(r.all.filter((f) => f.code.startsWith("structure-"))).toEqual([]);
  });

  it("a paragraph inside a clause's control that the list numbers one level deeper („1.3.1“) is that clause's text, not a clause", () => {
    const r = read(withThirdLevel(editedXml(recognizedListVorlage(), (x) => x.replace(END_13, `${END_13}${listedParagraph(2, "insbesondere das Angebot der Somacos GmbH.")}`))));
    expect(numbers(r, "kenntnisnahme")).toEqual(["1.1", "1.2", "1.3", "1.4"]);
    expect(r.vorlage.sections[0]?.clauses[2]?.text).toBe(`${CLAUSE_13}\ninsbesondere das Angebot der Somacos GmbH.`);
    expect(r.all.filter((f) => f.code.startsWith("structure-") || f.code.startsWith("numbering-"))).toEqual([]);
  });

  it("an unnumbered paragraph in the section's control of a recognised document is not made a clause", () => {
    const r = read(editedXml(recognizedListVorlage(), (x) => x.replace(`${END_13}</w:sdtContent></w:sdt>`, `${END_13}</w:sdtContent></w:sdt><w:p><w:r><w:t>Die Niederschrift liegt vor.</w:t></w:r></w:p>`)));
    expect(numbers(r, "kenntnisnahme")).toEqual(["1.1", "1.2", "1.3", "1.4"]);
  });
});
