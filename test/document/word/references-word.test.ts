import { section, clause } from "../../../src/core/model/builders";
import { sequentialIds } from "../../../src/core/model/ids";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { deriveNumbers } from "../../../src/core/numbering/derive-numbers";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { referenceStates } from "../../../src/core/references/follow-references";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { WordPort } from "../../../src/document/word/word-port";
import { completeVorlage } from "../../fixtures/builders";
import { WordSimulator } from "../../word-simulator/word-simulator";

const states = (v: Vorlage) => referenceStates(v, deriveNumbers(v, WIESBADEN.numbering)).map((r) => [r.owner, r.verweis.ziel, r.shows]);
const textOf = (v: Vorlage, id: string) => v.sections.flatMap((s) => s.clauses).find((c) => c.id === id)?.text;

function wordOn(v: Vorlage) {
  const sim = new WordSimulator(DocxDocument.create(v, WIESBADEN, "2025-05-06T09:00:00Z").save());
  return { sim, port: new WordPort(sim.host(), WIESBADEN, sequentialIds("w")) };
}

describe("„Verweis einfügen“ in Word (simulator)", () => {
  it("appends „Ziffer 2.1“ to the clause's text, linked, in one read and one write", async () => {
    const { sim, port } = wordOn(completeVorlage());
    const before = sim.cost.syncs;
    await port.insertReference("b2", "b1");
    expect(sim.cost.syncs - before).toBe(2);
    expect(sim.cost.insertOoxml).toBe(0);
    const v = (await port.read()).vorlage;
    expect(textOf(v, "b2")).toBe("die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt. Ziffer 2.1");
    expect(states(v)).toEqual([["b2", "b1", "2.1"]]);
  });

  it("makes the reference follow when a section is inserted before its target", async () => {
    const { port } = wordOn(completeVorlage());
    await port.insertReference("b2", "b1");
    await port.insertSection(section("neu", "beschluss", [clause("neu1", "zuerst dies.")]), { after: "k" });
    const v = (await port.read()).vorlage;
    expect(textOf(v, "b2")).toBe("die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt. Ziffer 3.1");
  });

  it("refers to a sub-point by its letter, from a sub-point", async () => {
    const base = completeVorlage();
    const v0: Vorlage = { ...base, sections: base.sections.map((s) => ({ ...s, clauses: s.clauses.map((c) => (c.id === "b1" ? { ...c, unterpunkte: [{ id: "u1", text: "rot" }, { id: "u2", text: "wie" }] } : c)) })) };
    const { port } = wordOn(v0);
    await port.insertReference("u2", "u1");
    const v = (await port.read()).vorlage;
    expect(states(v)).toEqual([["u2", "u1", "a"]]);
    expect(v.sections[1]?.clauses[0]?.unterpunkte?.[1]?.text).toBe("wie Buchstabe a");
  });
});

describe("references in Word while the pane watches the document (the kept model)", () => {
  it("still follow their target: a Vorlage with references takes the path that reads the body", async () => {
    const { port } = wordOn(completeVorlage());
    const watch = await port.watch(() => undefined);
    await port.read();
    await port.insertReference("b2", "b1");
    await port.read();
    await port.insertSection(section("neu", "beschluss", [clause("neu1", "zuerst dies.")]), { after: "k" });
    await port.read();
    await port.moveBlock("b1", "b2");
    const v = (await port.read()).vorlage;
    await watch.stop();
    expect(textOf(v, "b2")).toBe("die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt. Ziffer 3.2");
  });
});
