/**
 * @jest-environment jsdom
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { clause, section, vorlage } from "../../src/core/model/builders";
import { sequentialIds } from "../../src/core/model/ids";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { renderBody } from "../../src/document/ooxml/render-vorlage";
import { WordPort } from "../../src/document/word/word-port";
import { useDocument } from "../../src/taskpane/use-document";
import { docxFromBody } from "../fixtures/docx";
import { WordSimulator } from "../word-simulator/word-simulator";

/** Clause texts per section, in document order. */
const texts = (v: ReturnType<typeof vorlage> | undefined) => v?.sections.map((s) => s.clauses.map((c) => c.text));

describe("„Ziffer einfügen“ in Word goes where the user's cursor stands", () => {
  const start = () => {
    const v = vorlage({ sections: [section("s1", "kenntnisnahme", [clause("a", "eins;"), clause("b", "zwei;")]), section("s2", "beschluss", [clause("c", "drei.")])] });
    const sim = new WordSimulator(docxFromBody(renderBody(v, WIESBADEN)));
    const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("n"));
    return { sim, hook: renderHook(() => useDocument(port, WIESBADEN)) };
  };

  it("inserts after the clause the cursor is in, then after the new one while the cursor stays, then follows the cursor when it moves", async () => {
    const { sim, hook } = start();
    const { result } = hook;
    await waitFor(() => expect(result.current.busy).toBe(false));
    sim.placeCaret("eins;", 1);
    // The pane points at the end of section 2; the cursor in „eins;“ (moved there since) wins.
    await act(() => result.current.insertClauseAtCursor("neu 1;", { end: "s2" }, false));
    expect(texts(result.current.vorlage)).toEqual([["eins;", "neu 1;", "zwei;"], ["drei."]]);
    expect(result.current.placed).toEqual({ sectionId: "s1", after: "a", source: "cursor" });
    // The cursor has not moved: the next one follows the clause just inserted (the pane's target), not „eins;“ again.
    const inserted = result.current.insertedClause as string;
    await act(() => result.current.insertClauseAtCursor("neu 2;", { after: inserted }, false));
    expect(texts(result.current.vorlage)).toEqual([["eins;", "neu 1;", "neu 2;", "zwei;"], ["drei."]]);
    expect(result.current.placed?.source).toBe("pane");
    sim.placeCaret("drei.", 1);
    await act(() => result.current.insertClauseAtCursor("neu 3.", { after: inserted }, false));
    expect(texts(result.current.vorlage)).toEqual([["eins;", "neu 1;", "neu 2;", "zwei;"], ["drei.", "neu 3."]]);
    expect(result.current.vorlage?.sections[1]?.clauses.map((c) => c.writtenNumber)).toEqual(["2.1", "2.2"]);
    hook.unmount();
  });

  it("takes the place chosen in the pane over the cursor, and undoes the insert", async () => {
    const { sim, hook } = start();
    const { result } = hook;
    await waitFor(() => expect(result.current.busy).toBe(false));
    sim.placeCaret("eins;", 1);
    await act(() => result.current.insertClauseAtCursor("gewählt.", { end: "s2" }, true));
    expect(texts(result.current.vorlage)).toEqual([["eins;", "zwei;"], ["drei.", "gewählt."]]);
    expect(result.current.placed).toEqual({ sectionId: "s2", source: "end" });
    await act(() => result.current.undo());
    expect(texts(result.current.vorlage)).toEqual([["eins;", "zwei;"], ["drei."]]);
    hook.unmount();
  });

  it("inserts sub-points under a clause and moves one up, each undoable", async () => {
    const { hook } = start();
    const { result } = hook;
    await waitFor(() => expect(result.current.busy).toBe(false));
    await act(() => result.current.insertUnterpunkt("c", "für 2024;", undefined));
    await act(() => result.current.insertUnterpunkt("c", "für 2025.", undefined));
    const subs = () => result.current.vorlage?.sections[1]?.clauses[0]?.unterpunkte?.map((u) => `${u.writtenNumber} ${u.text}`);
    expect(subs()).toEqual(["a) für 2024;", "b) für 2025."]);
    const second = result.current.insertedUnterpunkt as string;
    await act(() => result.current.moveUnterpunkt(second, -1));
    expect(subs()).toEqual(["a) für 2025.", "b) für 2024;"]);
    await act(() => result.current.undo());
    expect(subs()).toEqual(["a) für 2024;", "b) für 2025."]);
    await act(() => result.current.deleteBlock(second));
    expect(subs()).toEqual(["a) für 2024;"]);
    await act(() => result.current.undo());
    expect(subs()).toEqual(["a) für 2024;", "b) für 2025."]);
    hook.unmount();
  });
});
