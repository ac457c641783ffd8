import { clause, section, vorlage } from "../../src/core/model/builders";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { WordSimulator, type SimContext, type SimControls } from "./word-simulator";

const doc = () => DocxDocument.create(vorlage({ sections: [section("s", "beschluss", [clause("a", "eins"), clause("b", "zwei")])] }), WIESBADEN, "x").save();

/** Queues a lookup by tag; its items are there after the sync. */
const lookup = (context: SimContext, tag: string): SimControls => context.document.body.contentControls.getByTag(tag).load("tag");

// The simulator lists controls from an index it keeps between lookups (a batch of n writes through getByTag was n
// walks of the DOM): a change made earlier in the same sync must show in the next lookup, as in Word.
describe("the Word simulator's control lookups within one sync", () => {
  it("see a control inserted earlier in the same sync", async () => {
    const sim = new WordSimulator(doc());
    const found = await sim.run(async (context: SimContext) => {
      const before = lookup(context, "neu");
      context.document.body.paragraphs.getFirst().insertContentControl().tag = "neu";
      const after = lookup(context, "neu");
      await context.sync();
      return [before.items.length, after.items.length];
    });
    expect(found).toEqual([0, 1]);
  });

  it("no longer see a control deleted earlier in the same sync", async () => {
    const sim = new WordSimulator(doc());
    const found = await sim.run(async (context: SimContext) => {
      const before = lookup(context, "bv:nr:b");
      context.document.body.contentControls.getByTag("bv:nr:b").getFirst().delete(false);
      const after = lookup(context, "bv:nr:b");
      const others = lookup(context, "bv:nr:a");
      await context.sync();
      return [before.items.length, after.items.length, others.items.length];
    });
    expect(found).toEqual([1, 0, 1]);
  });

  it("find a control re-tagged earlier in the same sync under its new tag only", async () => {
    const sim = new WordSimulator(doc());
    const found = await sim.run(async (context: SimContext) => {
      const before = lookup(context, "bv:nr:a");
      context.document.body.contentControls.getByTag("bv:nr:a").getFirst().tag = "bv:nr:umbenannt";
      const oldTag = lookup(context, "bv:nr:a");
      const newTag = lookup(context, "bv:nr:umbenannt");
      await context.sync();
      return [before.items.length, oldTag.items.length, newTag.items.length];
    });
    expect(found).toEqual([1, 0, 1]);
  });

  it("see a control moved into or out of the document by a direct DOM edit between syncs", async () => {
    const sim = new WordSimulator(doc());
    const [nr] = sim.controls((sdt) => sdt.textContent === "1.2");
    expect(nr).toBeDefined();
    nr?.parentNode?.removeChild(nr);
    expect(sim.controls().length).toBe(14);
  });
});
