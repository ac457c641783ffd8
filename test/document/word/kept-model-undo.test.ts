import { strToU8 } from "fflate";
import { clause, section, vorlage } from "../../../src/core/model/builders";
import { deepEqual } from "../../../src/core/model/deep-equal";
import { sequentialIds } from "../../../src/core/model/ids";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { stylesXml } from "../../../src/document/ooxml/house-style-parts";
import { renderBody } from "../../../src/document/ooxml/render-vorlage";
import { WordPort } from "../../../src/document/word/word-port";
import { docxFromBody } from "../../fixtures/docx";
import { reference0057 } from "../../fixtures/reference-0057";
import { WordSimulator, type SimContext, type SimCost } from "../../word-simulator/word-simulator";

/**
 * Word's undo while the pane watches with paragraph events (issue 21, item 4): on the web undo raises no
 * event (office-js #5089, #3403), so the kept model does not learn that a block came back, went or moved back.
 * Every action first compares the ids of our block controls with the model's (in the sync it makes anyway);
 * where they differ it reads the body. Each test would fail if an action computed numbers from the stale model.
 */
const N = 40;

function start(platform: "web" | "desktop" = "web"): WordSimulator {
  const clauses = Array.from({ length: N }, (_, i) => clause(`c${i}`, `Die Verwaltung wird beauftragt, Maßnahme ${i} umzusetzen;`));
  const v = vorlage({ ...reference0057(), sections: [section("s", "beschluss", clauses)] });
  const sim = new WordSimulator(docxFromBody(renderBody(v, WIESBADEN, { numbers: "derived" }), { "word/styles.xml": strToU8(stylesXml(WIESBADEN)) }));
  sim.platform = platform;
  return sim;
}

/** A port that has read once and is watching with paragraph events (WordApi 1.6). */
async function watched(sim: WordSimulator): Promise<WordPort> {
  const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("n"));
  await port.read();
  await port.watch(() => undefined);
  return port;
}

/** What a fresh port reads from the document now. */
async function truth(sim: WordSimulator): Promise<Vorlage> {
  return (await new WordPort(sim.host(), WIESBADEN, sequentialIds("t")).read()).vorlage;
}

/** Each clause as [id, text, shown number]. */
const clauses = (v: Vorlage): [string, string, string | undefined][] => v.sections.flatMap((s) => s.clauses.map((c): [string, string, string | undefined] => [c.id, c.text, c.writtenNumber]));

/** The clauses of the document before any edit, numbered 1.1 … in order, with `extra` put in after `after` (or at the end). */
function expected(original: Vorlage, extra: [string, string] | undefined, after?: string): [string, string, string][] {
  const list = clauses(original).map(([id, text]) => [id, text] as [string, string]);
  if (extra) list.splice(after === undefined ? list.length : list.findIndex(([id]) => id === after) + 1, 0, extra);
  return list.map(([id, text], i) => [id, text, `1.${i + 1}`]);
}

async function measure(sim: WordSimulator, op: () => Promise<unknown>): Promise<SimCost> {
  const before = { ...sim.cost };
  await op();
  return { syncs: sim.cost.syncs - before.syncs, bytesUp: sim.cost.bytesUp - before.bytesUp, bytesDown: sim.cost.bytesDown - before.bytesDown, insertOoxml: sim.cost.insertOoxml - before.insertOoxml };
}

const neu: [string, string] = ["neu", "Eine neue Ziffer;"];

describe("the kept model after Word's undo, watching with paragraph events", () => {
  describe.each(["web", "desktop"] as const)("on the %s", (platform) => {
    it.each([
      ["insert clause at the end", (port: WordPort) => port.insertClause(clause(...neu), "s"), neu, undefined],
      ["insert clause after the first", (port: WordPort) => port.insertClause(clause(...neu), "s", "c0"), neu, "c0"],
      ["renumber", (port: WordPort) => port.renumber(), undefined, undefined],
    ] as const)("a clause deleted through the pane and brought back by undo, then %s: every number right, nothing else changed", async (_name, action, extra, after) => {
      const sim = start(platform);
      const original = await truth(sim);
      const port = await watched(sim);
      await port.deleteBlock("c1");
      await port.read();
      sim.undo();
      expect(clauses(await truth(sim))).toEqual(expected(original, undefined));
      await action(port);
      const now = await truth(sim);
      expect(clauses(now)).toEqual(expected(original, extra ? [...extra] : undefined, after));
      expect(deepEqual(now.header, original.header)).toBe(true);
      expect(deepEqual((await port.read()).vorlage, now)).toBe(true);
    });

    it("a clause moved through the pane and moved back by undo, then insert clause at the end: every number right, nothing else changed", async () => {
      const sim = start(platform);
      const original = await truth(sim);
      const port = await watched(sim);
      await port.moveBlock("c2", "c4");
      await port.read();
      sim.undo();
      expect(clauses(await truth(sim))).toEqual(expected(original, undefined));
      await port.insertClause(clause(...neu), "s");
      const now = await truth(sim);
      expect(clauses(now)).toEqual(expected(original, neu));
      expect(deepEqual((await port.read()).vorlage, now)).toBe(true);
    });

    it("a clause inserted through the pane and taken out by undo, then insert clause after the first: every number right, nothing else changed", async () => {
      const sim = start(platform);
      const original = await truth(sim);
      const port = await watched(sim);
      await port.insertClause(clause("weg", "Eine Ziffer, die Rückgängig entfernt;"), "s", "c2");
      await port.read();
      sim.undo();
      expect(clauses(await truth(sim))).toEqual(expected(original, undefined));
      await port.insertClause(clause(...neu), "s", "c0");
      const now = await truth(sim);
      expect(clauses(now)).toEqual(expected(original, neu, "c0"));
      expect(deepEqual((await port.read()).vorlage, now)).toBe(true);
    });

    it("a section inserted through the pane and taken out by undo, then insert section after the last: every number right", async () => {
      const sim = start(platform);
      const original = await truth(sim);
      const port = await watched(sim);
      await port.insertSection(section("weg-s", "kenntnisnahme", [clause("weg-k", "dass berichtet wurde;")]), { after: "s" });
      await port.read();
      sim.undo();
      expect((await truth(sim)).sections.map((s) => s.id)).toEqual(["s"]);
      await port.insertSection(section("neu-s", "kenntnisnahme", [clause("neu-k", "dass")]), { after: "s" });
      const now = await truth(sim);
      expect(now.sections.map((s) => [s.id, s.writtenNumber])).toEqual([["s", "1."], ["neu-s", "2."]]);
      expect(now.sections[1]?.clauses.map((c) => [c.id, c.writtenNumber])).toEqual([["neu-k", "2.1"]]);
      expect(clauses({ ...now, sections: now.sections.slice(0, 1) })).toEqual(expected(original, undefined));
      expect(deepEqual((await port.read()).vorlage, now)).toBe(true);
    });

    it("two actions of the pane undone (an insertion, then the deletion before it), then insert clause after the first: every number right", async () => {
      const sim = start(platform);
      const original = await truth(sim);
      const port = await watched(sim);
      await port.deleteBlock("c5");
      await port.read();
      await port.insertClause(clause("weg", "Eine Ziffer, die Rückgängig entfernt;"), "s", "c1");
      await port.read();
      sim.undo();
      sim.undo();
      expect(clauses(await truth(sim))).toEqual(expected(original, undefined));
      await port.insertClause(clause(...neu), "s", "c0");
      const now = await truth(sim);
      expect(clauses(now)).toEqual(expected(original, neu, "c0"));
      expect(deepEqual((await port.read()).vorlage, now)).toBe(true);
    });

    it("a clause a user deleted, brought back by undo, then delete clause: every number right", async () => {
      const sim = start(platform);
      const original = await truth(sim);
      const port = await watched(sim);
      sim.userDelete("bv:ziffer:c3");
      await port.read();
      sim.undo();
      await port.deleteBlock("c0");
      const now = await truth(sim);
      expect(clauses(now)).toEqual(expected({ ...original, sections: original.sections.map((s) => ({ ...s, clauses: s.clauses.slice(1) })) }, undefined));
      expect(deepEqual((await port.read()).vorlage, now)).toBe(true);
    });
  });

  it("on the web, an action on a document that undo did not touch still reads no body: 2 syncs, the ids of our block controls only", async () => {
    const sim = start("web");
    const full = await measure(sim, () => sim.run(async (context: SimContext) => void context.document.body.getOoxml()));
    const port = await watched(sim);
    const cost = await measure(sim, () => port.insertClause(clause(...neu), "s"));
    expect(cost.syncs).toBeLessThanOrEqual(2);
    expect((cost.bytesUp + cost.bytesDown) / (full.bytesUp + full.bytesDown)).toBeLessThanOrEqual(0.02);
    expect((await measure(sim, () => port.read())).syncs).toBe(0);
  });
});
