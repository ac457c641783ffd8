import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { diffVorlagen } from "../../../src/core/diff/vorlage-diff";
import { beschlussText } from "../../../src/core/metadata/beschluss-text";
import { checkedFindings } from "../../../src/document/docx/checked-findings";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { paragraphXml } from "../../fixtures/docx";
import { reference0057 } from "../../fixtures/reference-0057";

/**
 * A paragraph typed by hand into a Vorlage the add-in made prints with the others. Found in
 * tryout 4: „2.4 die Mehrkosten von 1.500.000 € …“ after clause 2.3 — in the Beschluss
 * section outside our controls, at body level after it, or inside 2.3's control (Enter at
 * the end of a clause) — printed, yet check, diff and export did not see it or swallowed it
 * into 2.3 without a word: the Magistrat would decide a clause the check never showed.
 */
const NOW = "2026-12-07T12:00:00Z";
const TYPED = "2.4\tdie Mehrkosten von 1.500.000 € jährlich im Haushaltsjahr 2024 bereitgestellt werden.";
const LAST = "erfolgt.</w:t></w:r></w:p>";

/** The reference Vorlage with no amount in its clauses, so that a typed clause's amount is the only one the decision names. */
function withoutAmount(): Vorlage {
  const v = reference0057();
  const sections = v.sections.map((s) => ({ ...s, clauses: s.clauses.map((c) => (c.id === "c22" ? { ...c, text: "der jährliche Mitgliedsbeitrag hälftig aus dem Budget der Dezernate VII und II finanziert wird;" } : c)) }));
  return { ...v, sections };
}

const original = (): Uint8Array => DocxDocument.create(withoutAmount(), WIESBADEN, NOW).save();

/** The pane's document with its document.xml edited as a hand (or another program) would. */
function edited(edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(original());
  const xml = strFromU8(parts["word/document.xml"] as Uint8Array);
  const changed = edit(xml);
  expect(changed).not.toBe(xml);
  return zipSync({ ...parts, "word/document.xml": strToU8(changed) });
}

/** After clause 2.3's control, still in the Beschluss section's control. */
const inSection = (p: string) => edited((x) => x.replace(`${LAST}</w:sdtContent></w:sdt>`, `${LAST}</w:sdtContent></w:sdt>${p}`));
/** After the Beschluss section's control, at body level. */
const atBody = (p: string) => edited((x) => x.replace(`${LAST}</w:sdtContent></w:sdt></w:sdtContent></w:sdt>`, `${LAST}</w:sdtContent></w:sdt></w:sdtContent></w:sdt>${p}`));
/** Inside clause 2.3's control: a second paragraph of it. */
const inClause = (p: string) => edited((x) => x.replace(LAST, `${LAST}${p}`));

const read = (bytes: Uint8Array) => {
  const doc = DocxDocument.open(bytes);
  const r = doc.read(WIESBADEN, sequentialIds("t"));
  return { ...r, all: checkedFindings(doc, r, WIESBADEN) };
};
const beschluss = (r: ReturnType<typeof read>) => r.vorlage.sections.find((s) => s.kind === "beschluss");

describe.each([
  ["in the Beschluss section's control, after clause 2.3", inSection],
  ["at body level, after the Beschluss section", atBody],
])("a numbered paragraph typed %s", (_, place) => {
  const r = read(place(paragraphXml(TYPED)));

  it("is read as the clause it prints as, with its typed number", () => {
    const clauses = beschluss(r)?.clauses ?? [];
    expect(clauses.map((c) => c.writtenNumber)).toEqual(["2.1", "2.2", "2.3", "2.4"]);
    expect(clauses[3]?.text).toBe("die Mehrkosten von 1.500.000 € jährlich im Haushaltsjahr 2024 bereitgestellt werden.");
  });

  it("is a warning naming its number and its words: it has no control of ours", () => {
    const f = r.all.filter((x) => x.code === "structure-clause-uncontrolled");
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe("warning");
    expect(f[0]?.params).toEqual(expect.objectContaining({ nummer: "2.4", auszug: expect.stringContaining("die Mehrkosten von 1.500.000 €") }));
  });

  it("has its amount compared with the Finanzierung's", () => {
    const typedId = beschluss(r)?.clauses[3]?.id;
    const amount = r.all.filter((x) => x.code.startsWith("finanzierung-betrag"));
    expect(amount.map((x) => [x.location, x.params["genannt"]])).toEqual([[{ type: "clause", id: typedId }, "1.500.000 €"]]);
  });

  it("is in the exported decision text and counted as added by diff", () => {
    expect(beschlussText(r.vorlage, WIESBADEN)).toContain("die Mehrkosten von 1.500.000 €");
    const before = read(original());
    const d = diffVorlagen({ vorlage: before.vorlage, findings: [], stableIds: true }, { vorlage: r.vorlage, findings: [], stableIds: true }, WIESBADEN.numbering);
    expect(d.clauses.filter((c) => c.kind === "added").map((c) => c.new?.text)).toEqual([expect.stringContaining("die Mehrkosten")]);
  });
});

describe("text typed in a section outside our clauses", () => {
  it("without a number, is an error naming its words: it prints as part of the decision", () => {
    const r = read(inSection(paragraphXml("Die Mehrkosten von 1.500.000 € werden bereitgestellt.")));
    const f = r.all.filter((x) => x.code === "structure-text-outside-clause");
    expect(f.map((x) => [x.severity, x.location.type])).toEqual([["error", "section"]]);
    expect(f[0]?.params["auszug"]).toEqual(expect.stringContaining("Die Mehrkosten von 1.500.000 €"));
  });

  it("an empty paragraph is nothing", () => {
    const r = read(inSection("<w:p/>"));
    expect(r.all.filter((x) => x.code.startsWith("structure-"))).toEqual([]);
    expect(beschluss(r)?.clauses).toHaveLength(3);
  });

  it("after the section, unnumbered text at body level is left to what reads it (no clause, no error)", () => {
    const r = read(atBody(paragraphXml("Begründung folgt mündlich.")));
    expect(beschluss(r)?.clauses).toHaveLength(3);
    expect(r.all.filter((x) => x.code === "structure-text-outside-clause" || x.code === "structure-clause-uncontrolled")).toEqual([]);
  });
});

describe("a paragraph inside a clause's control that starts with a typed clause number", () => {
  const r = read(inClause(paragraphXml(TYPED)));

  it("stays the clause's text (it is in its control) but is a warning naming the typed number", () => {
    const f = r.all.filter((x) => x.code === "structure-number-in-clause");
    expect(f.map((x) => [x.severity, x.location])).toEqual([["warning", { type: "clause", id: "c23" }]]);
    expect(f[0]?.params).toEqual(expect.objectContaining({ nummer: "2.4", ziffer: "2.3" }));
    expect(beschluss(r)?.clauses.find((c) => c.id === "c23")?.text).toContain("die Mehrkosten von 1.500.000 €");
  });

  it("a second paragraph without a number is no finding", () => {
    const plain = read(inClause(paragraphXml("Dies gilt ab dem Haushaltsjahr 2024.")));
    expect(plain.all.filter((x) => x.code === "structure-number-in-clause")).toEqual([]);
  });
});
