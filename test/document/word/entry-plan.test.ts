import { vorlage } from "../../../src/core/model/builders";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { BlockNotFoundError } from "../../../src/document/block-not-found";
import { planEntryWrite } from "../../../src/document/word/entry-plan";
import { reference0057 } from "../../fixtures/reference-0057";

/** What writing one entry does, decided from the model and the controls the document holds. */
describe("planEntryWrite", () => {
  const ref = reference0057();
  const all = (tag: string) => tag.startsWith("bv:");
  const none: (tag: string) => boolean = () => false;

  it("corrects in place, removes, and does nothing where neither side has the entry", () => {
    expect(planEntryWrite("bezug", ref, "b1", ref, all)).toEqual({ kind: "rewrite", tag: "bv:bezug:b1" });
    expect(planEntryWrite("bezug", { ...ref, bezuege: [] }, "b1", ref, all)).toEqual({ kind: "remove", tag: "bv:bezug:b1" });
    expect(planEntryWrite("bezug", { ...ref, bezuege: [] }, "b1", ref, none)).toEqual({ kind: "nothing" });
  });

  it("puts a removed entry back after the one before it in its run, else before the one after it", () => {
    const has = (gone: string) => (tag: string) => tag !== `bv:verteiler:${gone}`;
    const without = (id: string): Vorlage => ({ ...ref, verteiler: ref.verteiler.filter((e) => e.id !== id) });
    expect(planEntryWrite("verteiler", ref, "v3", without("v3"), has("v3"))).toEqual({ kind: "after", tag: "bv:verteiler:v2" });
    expect(planEntryWrite("verteiler", ref, "v2", without("v2"), has("v2"))).toEqual({ kind: "before", tag: "bv:verteiler:v3" });
    // v1 is the only entry under z1: first inside z1; under z2, which has an Absender, before its name.
    expect(planEntryWrite("verteiler", ref, "v1", without("v1"), has("v1"))).toEqual({ kind: "inside", tag: "bv:zeichnung:z1", first: true });
    const alone: Vorlage = { ...ref, verteiler: ref.verteiler.filter((e) => e.id !== "v3") };
    expect(planEntryWrite("verteiler", alone, "v2", { ...alone, verteiler: alone.verteiler.filter((e) => e.id !== "v2") }, has("v2"))).toEqual({ kind: "inside", tag: "bv:zeichnung:z2", first: false });
  });

  it("puts a first entry where a new one of its list goes", () => {
    const empty = vorlage({});
    const one: Vorlage = { ...empty, bezuege: [{ id: "b9", vermerk: "", gremium: "Magistrat", datum: "2024-02-27", bp: "0106" }] };
    expect(planEntryWrite("bezug", one, "b9", empty, none)).toEqual({ kind: "place", placement: { kind: "end" } });
  });

  it("refuses an entry without a control where the document holds entries of the list read from its text (it could be one of them)", () => {
    const textRead = (tag: string) => tag !== "bv:bezug:t1" && tag !== "bv:bezug:b1";
    const document: Vorlage = { ...ref, bezuege: [{ ...(ref.bezuege[0] as Vorlage["bezuege"][number]), id: "t1" }] };
    expect(() => planEntryWrite("bezug", ref, "b1", document, textRead)).toThrow(BlockNotFoundError);
  });
});
