/**
 * @jest-environment jsdom
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { vorlage } from "../../src/core/model/builders";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { validate } from "../../src/core/validation/validate";
import type { DocumentPort, PortRead } from "../../src/document/port";
import { useDocument } from "../../src/taskpane/use-document";

/** A port whose reads wait at a gate, recording the order of the calls that reach it. */
function gatedPort() {
  const calls: string[] = [];
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  let sections = 0;
  const port = {
    read: async (): Promise<PortRead> => {
      calls.push("read");
      await gate;
      return { vorlage: vorlage({ sections: Array.from({ length: sections }, (_, i) => ({ id: `s${i}`, kind: "beschluss", title: "", clauses: [] })) }), structured: true, findings: [] };
    },
    insertSection: async () => {
      calls.push("insertSection");
      sections++;
      return null;
    },
  } as unknown as DocumentPort;
  return { port, calls, open };
}

const START: PortRead = { vorlage: vorlage(), structured: true, findings: [] };

describe("a pane that knows its document before reading it", () => {
  it("is usable at once: not busy, with the findings of the known document, and an action taken before the first read runs after it", async () => {
    const { port, calls, open } = gatedPort();
    const { result } = renderHook(() => useDocument(port, WIESBADEN, undefined, START));
    expect(result.current.busy).toBe(false);
    expect(result.current.vorlage).toEqual(START.vorlage);
    expect(result.current.findings).toEqual(validate(START.vorlage, WIESBADEN));
    expect(result.current.findings.length).toBeGreaterThan(0); // an empty Vorlage lacks its required fields
    let inserted!: Promise<void>;
    act(() => {
      inserted = result.current.insertSection("beschluss");
    });
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
    // The confirming read holds the queue: the insert waits behind it.
    expect(calls).toEqual(["read"]);
    expect(result.current.busy).toBe(true);
    open();
    await act(() => inserted);
    expect(calls).toEqual(["read", "insertSection", "read"]);
    expect(result.current.vorlage?.sections).toHaveLength(1);
    expect(result.current.busy).toBe(false);
  });

  it("shows a failed confirming read as the pane's error", async () => {
    const port = { read: async () => Promise.reject(new Error("kaputt")) } as unknown as DocumentPort;
    const { result } = renderHook(() => useDocument(port, WIESBADEN, undefined, START));
    await waitFor(() => expect((result.current.error as Error | undefined)?.message).toBe("kaputt"));
  });

  it("without a known document, stays busy until the first read is done", async () => {
    const { port, open } = gatedPort();
    const { result } = renderHook(() => useDocument(port, WIESBADEN));
    expect(result.current.busy).toBe(true);
    expect(result.current.vorlage).toBeUndefined();
    open();
    await waitFor(() => expect(result.current.busy).toBe(false));
    expect(result.current.vorlage).toEqual(vorlage());
  });
});
