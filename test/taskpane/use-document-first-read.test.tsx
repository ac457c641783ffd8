/**
 * @jest-environment jsdom
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { clause, section, vorlage } from "../../src/core/model/builders";
import { sequentialIds } from "../../src/core/model/ids";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { DocxPort } from "../../src/document/docx/docx-port";
import type { DocumentPort, PortRead } from "../../src/document/port";
import { useDocument } from "../../src/taskpane/use-document";

/** A .docx in memory with one Beschluss section, and a count of the reads that went through it. */
function counted(): { port: DocxPort; reads: () => number } {
  const v = vorlage({ sections: [section("s", "beschluss", [clause("a", "eins;")])] });
  const port = new DocxPort(DocxDocument.create(v, WIESBADEN, "2026-11-26T12:00:00Z"), WIESBADEN, sequentialIds("n"));
  let reads = 0;
  const read = port.read.bind(port);
  port.read = () => {
    reads++;
    return read();
  };
  return { port, reads: () => reads };
}

describe("the pane's first read (the preview reads before the pane's first render)", () => {
  it("starts ready from a read given to it: its Vorlage and findings at the first render, no second read, the page drawn once after mounting", async () => {
    const { port, reads } = counted();
    const first = await port.read();
    const onChange = jest.fn();
    const renders: boolean[] = [];
    const { result, unmount } = renderHook(() => {
      const doc = useDocument(port, WIESBADEN, onChange, first);
      renders.push(doc.busy);
      return doc;
    });
    expect(renders[0]).toBe(false);
    expect(result.current.vorlage?.sections[0]?.clauses.map((c) => c.text)).toEqual(["eins;"]);
    expect(result.current.findings.length).toBeGreaterThan(0); // validated: the header fields are empty
    expect(result.current.checkedAt).toBeInstanceOf(Date);
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(reads()).toBe(1);
    expect(renders.every((busy) => !busy)).toBe(true);
    // It works at once: an insert goes through the port and is read back.
    await act(() => result.current.insertClauseAfter("s", "zwei.", undefined));
    expect(result.current.vorlage?.sections[0]?.clauses.map((c) => c.text)).toEqual(["eins;", "zwei."]);
    expect(result.current.undoable).toBe(1);
    unmount();
  });

  it("without one, stays busy (its buttons disabled) until its own read has gone through the port", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { port } = counted();
    const read = port.read.bind(port);
    const slow = Object.assign(Object.create(port) as DocumentPort, { read: async (): Promise<PortRead> => (await gate, read()) });
    const { result, unmount } = renderHook(() => useDocument(slow, WIESBADEN));
    expect(result.current.busy).toBe(true);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(result.current.busy).toBe(true);
    expect(result.current.vorlage).toBeUndefined();
    release();
    await waitFor(() => expect(result.current.busy).toBe(false));
    expect(result.current.vorlage?.sections).toHaveLength(1);
    unmount();
  });
});
