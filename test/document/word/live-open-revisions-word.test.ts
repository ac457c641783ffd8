import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import type { Finding } from "../../../src/core/validation/finding";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { anchorTag } from "../../../src/document/finding-comments";
import type { DocumentChange } from "../../../src/document/port";
import { WordPort } from "../../../src/document/word/word-port";
import { reference0057 } from "../../fixtures/reference-0057";
import { WordSimulator } from "../../word-simulator/word-simulator";

/**
 * The live refresh and the open-revision findings (`ueberarbeitung-offen`, `kommentar-offen`): the pane kept them after
 * the user had accepted every change or deleted the comments, until the next full read, since a refresh patched the
 * last read (its findings included) from the paragraphs Word named. Each case compares with what check says of the
 * document as the simulator saves it.
 */
const NOW = "2025-05-06T09:00:00Z";
const OPEN = new Set(["ueberarbeitung-offen", "kommentar-offen", "pruefhinweise-im-dokument"]);
const open = (findings: readonly Finding[]): [string, unknown][] => findings.filter((f) => OPEN.has(f.code)).map((f) => [f.code, f.params["anzahl"]]);
const checkSays = (sim: WordSimulator): [string, unknown][] => open(DocxDocument.open(sim.bytes()).read(WIESBADEN).findings);

async function watched(api: "1.6" | "1.5") {
  const v = reference0057();
  const sim = new WordSimulator(DocxDocument.create(v, WIESBADEN, NOW).save());
  sim.setMaxWordApi(api);
  const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("w"));
  await port.read();
  const changes: DocumentChange[] = [];
  const watch = await port.watch((c) => changes.push(c));
  const clauseTag = `bv:ziffer:${v.sections[1]!.clauses[0]!.id}`;
  /** The pane's live refresh after what the user did: the changes Word named since the last. */
  const refresh = async () => {
    const read = await port.readChanged(changes.splice(0));
    return { read };
  };
  return { v, sim, port, watch, clauseTag, refresh };
}

describe("open tracked changes and comments through the live refresh", () => {
  it.each(["1.6", "1.5"] as const)("on WordApi %s: no longer says „Kommentar offen“ once the user deleted the comment and typed on", async (api) => {
    const { v, sim, port, watch, clauseTag, refresh } = await watched(api);
    expect(await port.commentFindings([{ tag: anchorTag({ type: "section", id: v.sections[1]!.id }, v), text: "Betrag prüfen" }])).toBe("written");
    expect(open((await port.read()).findings)).toEqual([["pruefhinweise-im-dokument", 1]]);
    for (const c of [...sim.comments]) sim.deleteComment(c);
    sim.type(clauseTag, " (ergänzt)");
    const { read } = await refresh();
    expect(open(read.findings)).toEqual([]);
    expect(open(read.findings)).toEqual(checkSays(sim));
    await watch.stop();
  });

  it.each(["1.6", "1.5"] as const)("on WordApi %s: says „Überarbeitung offen“ for a keystroke under Track Changes, and no longer once the user accepted all", async (api) => {
    const { sim, watch, clauseTag, refresh } = await watched(api);
    sim.changeTrackingMode = "TrackAll";
    sim.type(clauseTag, " (ergänzt)");
    const typed = await refresh();
    expect(open(typed.read.findings).length).toBeGreaterThan(0);
    expect(open(typed.read.findings)).toEqual(checkSays(sim));
    sim.changeTrackingMode = "Off";
    sim.acceptAll();
    sim.type(clauseTag, " und mehr");
    const accepted = await refresh();
    expect(open(accepted.read.findings)).toEqual([]);
    expect(open(accepted.read.findings)).toEqual(checkSays(sim));
    await watch.stop();
  });

  it("still patches a keystroke from the paragraph alone where the document holds no tracked change or comment (one sync, no body)", async () => {
    const { sim, watch, clauseTag, refresh } = await watched("1.6");
    sim.type(clauseTag, " (ergänzt)");
    const before = { ...sim.cost };
    const { read } = await refresh();
    expect(sim.cost.syncs - before.syncs).toBe(1);
    // A body read moves the whole getOoxml package (tens of kilobytes); the patch a few hundred bytes.
    expect(sim.cost.bytesDown - before.bytesDown).toBeLessThan(5_000);
    expect(open(read.findings)).toEqual([]);
    await watch.stop();
  });
});
