import { diffVorlagen, type DiffSide } from "../../../src/core/diff/vorlage-diff";
import { clause, section } from "../../../src/core/model/builders";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import type { Finding } from "../../../src/core/validation/finding";
import { completeVorlage } from "../../fixtures/builders";

const TEXTS = ["zwei Lastenräder beschafft werden;", "die Räder jährlich gewartet werden;", "die Verwaltung berichtet."];

/** The same Vorlage as two reads of a plain document give it: the same text, ids new on every read. */
function read(prefix: string): Vorlage {
  const base = completeVorlage();
  return { ...base, sections: [base.sections[0] as Vorlage["sections"][number], section(`${prefix}-s`, "beschluss", TEXTS.map((t, i) => clause(`${prefix}-${i}`, t)))] };
}

const side = (vorlage: Vorlage, findings: readonly Finding[]): DiffSide => ({ vorlage, findings, stableIds: false });
const open = (clauseId: string, params: Finding["params"]): Finding => ({ code: "ueberarbeitung-offen", severity: "error", location: { type: "clause", id: clauseId }, params });
const hint = (text: string): Finding => ({ code: "recognize-unassigned", severity: "info", location: { type: "document" }, params: { text } });

describe("findings in a diff: a secondary section, compared by code and place", () => {
  // Tryout 3, item 8: the same open change, once worded „In Ziffer 2.2 …“ and once „In dieser Ziffer …“, was listed as „neu“ and „entfallen“.
  it("pairs the same finding at the same clause although its parameters (its wording) differ", () => {
    const a = read("alt");
    const b = read("neu");
    const d = diffVorlagen(side(a, [open("alt-1", { anzahl: 2, teil: "ziffer", nummer: "2.2" })]), side(b, [open("neu-1", { anzahl: 2, teil: "ziffer" })]), WIESBADEN.numbering);
    expect(d.findings).toEqual({ appeared: [], went: [] });
    expect(d.equal).toBe(true);
  });

  it("still lists a finding that moved to another clause, as went and appeared", () => {
    const d = diffVorlagen(side(read("alt"), [open("alt-1", { anzahl: 1, teil: "ziffer" })]), side(read("neu"), [open("neu-2", { anzahl: 1, teil: "ziffer" })]), WIESBADEN.numbering);
    expect(d.findings.went.map((f) => f.location)).toEqual([{ type: "clause", id: "alt-1" }]);
    expect(d.findings.appeared.map((f) => f.location)).toEqual([{ type: "clause", id: "neu-2" }]);
  });

  // Tryout 3, item 8: `diff 06 06.rec.docx` said „unterscheiden sich“ (exit 1) only because seven hints of recognition went.
  it("leaves hints out: they say how the tool read a file, not what the document says", () => {
    const d = diffVorlagen(side(read("alt"), [hint("Kowol"), hint("Stadtrat")]), side(read("neu"), []), WIESBADEN.numbering);
    expect(d.findings).toEqual({ appeared: [], went: [] });
    expect(d.equal).toBe(true);
  });

  it("calls two versions of equal content equal even where an error appeared, and lists that error", () => {
    const d = diffVorlagen(side(read("alt"), []), side(read("neu"), [open("neu-1", { anzahl: 2, teil: "ziffer" })]), WIESBADEN.numbering);
    expect(d.equal).toBe(true);
    expect(d.findings.appeared.map((f) => f.code)).toEqual(["ueberarbeitung-offen"]);
  });

  it("keeps apart findings of one code in different parts outside the clauses", () => {
    const at = (teil: string): Finding => ({ code: "kommentar-offen", severity: "error", location: { type: "document" }, params: { anzahl: 1, teil } });
    const d = diffVorlagen(side(read("alt"), [at("kopf")]), side(read("neu"), [at("verteiler")]), WIESBADEN.numbering);
    expect(d.findings.went.map((f) => f.params["teil"])).toEqual(["kopf"]);
    expect(d.findings.appeared.map((f) => f.params["teil"])).toEqual(["verteiler"]);
  });
});
