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

describe("the pane's findings stay live while the user types in Word", () => {
  it("updates the Vorlage and the time of the last check after a keystroke, without a full read, and selects without reading", async () => {
    const v = vorlage({ sections: [section("s", "beschluss", [clause("a", "eins"), clause("b", "zwei")])] });
    const sim = new WordSimulator(docxFromBody(renderBody(v, WIESBADEN)));
    const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("n"));
    const { result, unmount } = renderHook(() => useDocument(port, WIESBADEN));
    await waitFor(() => expect(result.current.busy).toBe(false));
    await waitFor(() => expect(result.current.watchMode).toBe("paragraph-events"));
    const first = result.current.checkedAt as Date;
    expect(first).toBeInstanceOf(Date);
    const before = { ...sim.cost };
    jest.useFakeTimers({ now: first.getTime() + 5000 });
    act(() => sim.type("bv:ziffer:b", " und drei"));
    await act(async () => {
      await jest.advanceTimersByTimeAsync(1000);
    });
    jest.useRealTimers();
    await waitFor(() => expect(result.current.vorlage?.sections[0]?.clauses[1]?.text).toBe("zwei und drei"));
    expect((result.current.checkedAt as Date).getTime()).toBeGreaterThan(first.getTime());
    expect(sim.cost.syncs - before.syncs).toBe(1);
    const syncs = sim.cost.syncs;
    await act(() => result.current.select("a"));
    expect(sim.cost.syncs - syncs).toBe(1);
    unmount();
  });
});
