import { strFromU8, unzipSync } from "fflate";
import { clause, section } from "../../../src/core/model/builders";
import { sequentialIds } from "../../../src/core/model/ids";
import type { Clause, Vorlage } from "../../../src/core/model/vorlage";
import { deriveNumbers } from "../../../src/core/numbering/derive-numbers";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { referenceStates } from "../../../src/core/references/follow-references";
import { referenceTargets, withReference } from "../../../src/core/references/insert-reference";
import { validate } from "../../../src/core/validation/validate";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { DocxPort } from "../../../src/document/docx/docx-port";
import { isWordBookmarkName } from "../../../src/document/ooxml/reference-fields";
import { completeVorlage } from "../../fixtures/builders";

const documentXml = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array);
const clauses = (v: Vorlage): Clause[] => v.sections.flatMap((s) => s.clauses);
const textOf = (v: Vorlage, id: string): string | undefined => clauses(v).find((c) => c.id === id)?.text;

/** The complete Vorlage with b2 saying „… gemäß Ziffer 2.1“ linked to b1. */
function linked(): Vorlage {
  const v = completeVorlage();
  const target = referenceTargets(v, deriveNumbers(v, WIESBADEN.numbering)).find((t) => t.id === "b1");
  const b = v.sections[1];
  if (!target || !b) throw new Error("fixture");
  const b2 = withReference({ ...(b.clauses[1] as Clause), text: "die Umsetzung erfolgt gemäß" }, target);
  return { ...v, sections: [v.sections[0] as never, { ...b, clauses: [b.clauses[0] as Clause, b2] }] };
}

const port = (v: Vorlage) => DocxPort.fromBytes(DocxDocument.create(v, WIESBADEN, "2025-05-06T09:00:00Z").save(), WIESBADEN, sequentialIds("p"));

describe("references in a .docx", () => {
  it("are written as a REF field to a bookmark on the target's number, and read back as links", async () => {
    const p = port(linked());
    const xml = documentXml(p.bytes());
    expect(xml).toMatch(/<w:bookmarkStart w:id="\d+" w:name="BV_b1"\/><w:r>(?:(?!<\/w:r>).)*<w:t xml:space="preserve">2\.1<\/w:t><\/w:r><w:bookmarkEnd/su);
    expect(xml).toContain('<w:fldSimple w:instr=" REF BV_b1 \\h "><w:r><w:t xml:space="preserve">2.1</w:t></w:r></w:fldSimple>');
    expect(xml).toContain('w:val="bv:verweis:b1"');
    const v = (await p.read()).vorlage;
    expect(textOf(v, "b2")).toBe("die Umsetzung erfolgt gemäß Ziffer 2.1");
    expect(clauses(v).find((c) => c.id === "b2")?.verweise).toEqual([{ ziel: "b1", start: 35, end: 38 }]);
  });

  it("follow the target when a section is inserted before it, and only the number changes", async () => {
    const p = port(linked());
    await p.insertSection(section("neu", "beschluss", [clause("neu1", "zuerst dies;")]), { after: "k" });
    const v = (await p.read()).vorlage;
    expect(textOf(v, "b2")).toBe("die Umsetzung erfolgt gemäß Ziffer 3.1");
    expect(referenceStates(v, deriveNumbers(v, WIESBADEN.numbering)).map((r) => [r.shows, r.expected])).toEqual([["3.1", "3.1"]]);
    expect(documentXml(p.bytes())).toContain('w:instr=" REF BV_b1 \\h "><w:r><w:t xml:space="preserve">3.1</w:t>');
  });

  it("follow a move of the target", async () => {
    const p = port(linked());
    await p.moveBlock("b1", "b2");
    const v = (await p.read()).vorlage;
    expect(textOf(v, "b2")).toBe("die Umsetzung erfolgt gemäß Ziffer 2.2");
  });

  it("stay as the user's text with an error when the target is deleted (no field to a missing bookmark)", async () => {
    const p = port(linked());
    await p.deleteBlock("b1");
    const xml = documentXml(p.bytes());
    expect(xml).not.toContain("REF BV_b1");
    expect(xml).not.toContain("BV_b1");
    const v = (await p.read()).vorlage;
    expect(textOf(v, "b2")).toBe("die Umsetzung erfolgt gemäß Ziffer 2.1");
    expect(validate(v, WIESBADEN).filter((f) => f.code.startsWith("verweis"))).toMatchObject([{ code: "verweis-ziel-geloescht", severity: "error" }]);
  });

  it("name bookmarks by Word's rules, also for the longest id", () => {
    const id = "a".repeat(20) + "-" + "b".repeat(11);
    expect(isWordBookmarkName(`BV_${id.replace(/-/g, "_")}`)).toBe(true);
  });
});
