import { createPreviewPort } from "../../src/preview/engine";
import { PANE_PROFILE } from "../../src/taskpane/pane-profile";
import type { Vorlage } from "../../src/core/model/vorlage";

/** The preview's .docx port corrects, removes and puts back single entries (what the pane's edit, remove and undo use). */
describe("writeEntry on the preview's document", () => {
  const start = async () => {
    const port = createPreviewPort(PANE_PROFILE);
    let v = (await port.read()).vorlage;
    for (const [id, empfaenger] of [["a", "Amt 20"], ["b", "Amt 30"], ["c", "Amt 40"]] as const) {
      v = { ...v, verteiler: [...v.verteiler, { id, empfaenger, bitte: "kenntnisnahme" }] };
      await port.insertEntry("verteiler", v, id);
    }
    return { port, v };
  };
  const names = async (port: ReturnType<typeof createPreviewPort>) => (await port.read()).vorlage.verteiler.map((e) => `${e.id}:${e.empfaenger}`);
  const without = (v: Vorlage, id: string): Vorlage => ({ ...v, verteiler: v.verteiler.filter((e) => e.id !== id) });

  it("replaces an entry in its place, leaving the others as they were", async () => {
    const { port, v } = await start();
    await port.writeEntry("verteiler", { ...v, verteiler: v.verteiler.map((e) => (e.id === "b" ? { ...e, empfaenger: "Amt 31" } : e)) }, "b");
    expect(await names(port)).toEqual(["a:Amt 20", "b:Amt 31", "c:Amt 40"]);
  });

  it("removes an entry, and puts it back where it stood: after the one before it, or before the first", async () => {
    const { port, v } = await start();
    await port.writeEntry("verteiler", without(v, "b"), "b");
    expect(await names(port)).toEqual(["a:Amt 20", "c:Amt 40"]);
    await port.writeEntry("verteiler", v, "b");
    expect(await names(port)).toEqual(["a:Amt 20", "b:Amt 30", "c:Amt 40"]);
    await port.writeEntry("verteiler", without(v, "a"), "a");
    expect(await names(port)).toEqual(["b:Amt 30", "c:Amt 40"]);
    await port.writeEntry("verteiler", v, "a");
    expect(await names(port)).toEqual(["a:Amt 20", "b:Amt 30", "c:Amt 40"]);
  });

  it("does nothing for an entry that is neither in the model nor in the document", async () => {
    const { port, v } = await start();
    await port.writeEntry("verteiler", v, "zz");
    expect(await names(port)).toEqual(["a:Amt 20", "b:Amt 30", "c:Amt 40"]);
  });
});
