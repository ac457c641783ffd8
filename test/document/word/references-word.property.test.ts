import fc from "fast-check";
import type { Element as XmlElement } from "@xmldom/xmldom";
import { clause, section } from "../../../src/core/model/builders";
import { sequentialIds } from "../../../src/core/model/ids";
import type { Unterpunkt, Verweis, Vorlage } from "../../../src/core/model/vorlage";
import { deriveNumbers } from "../../../src/core/numbering/derive-numbers";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { referenceCore } from "../../../src/core/references/detect-references";
import { referenceNumber, rewriteReferences } from "../../../src/core/references/follow-references";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { parseTag } from "../../../src/document/tags";
import { WordError } from "../../../src/document/word/word-error";
import { WordPort } from "../../../src/document/word/word-port";
import { referencingVorlage } from "../../fixtures/references";
import { WordSimulator } from "../../word-simulator/word-simulator";

jest.setTimeout(240_000);

/**
 * Issue 24, goal „References“, on the Word simulator: after any sequence of inserts, moves and
 * deletes of sections, clauses and sub-points made through the Word adapter, the document
 * itself — read back from the simulator's XML, not through the adapter — shows in every
 * reference the number its target's number control shows now (without its dot or bracket), and
 * no text changed but those numbers: every clause and sub-point reads as it was (or was inserted)
 * with its references' numbers followed, and everything outside the sections is as before.
 */
type Edit =
  | { readonly kind: "insertClause"; readonly at: number; readonly after: number | null }
  | { readonly kind: "insertSection"; readonly at: number }
  | { readonly kind: "insertUnterpunkt"; readonly at: number; readonly after: number | null }
  | { readonly kind: "moveClause"; readonly pick: number; readonly to: number }
  | { readonly kind: "moveSection"; readonly pick: number; readonly to: number }
  | { readonly kind: "moveUnterpunkt"; readonly pick: number; readonly to: number | null }
  | { readonly kind: "delete"; readonly what: "section" | "clause" | "unterpunkt"; readonly pick: number };

const nat = fc.nat(20);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("insertClause" as const), at: nat, after: fc.option(nat, { nil: null }) }),
  fc.record({ kind: fc.constant("insertSection" as const), at: nat }),
  fc.record({ kind: fc.constant("insertUnterpunkt" as const), at: nat, after: fc.option(nat, { nil: null }) }),
  fc.record({ kind: fc.constant("moveClause" as const), pick: nat, to: nat }),
  fc.record({ kind: fc.constant("moveSection" as const), pick: nat, to: nat }),
  fc.record({ kind: fc.constant("moveUnterpunkt" as const), pick: nat, to: fc.option(nat, { nil: null }) }),
  fc.record({ kind: fc.constant("delete" as const), what: fc.constantFrom("section" as const, "clause" as const, "unterpunkt" as const), pick: nat }),
);

interface Owner {
  readonly text: string;
  readonly verweise?: readonly Verweis[];
}

const pick = <T>(list: readonly T[], i: number): T | undefined => list[i % Math.max(list.length, 1)];
const clausesOf = (v: Vorlage) => v.sections.flatMap((s) => s.clauses);
const subsOf = (v: Vorlage) => clausesOf(v).flatMap((c) => (c.unterpunkte ?? []).map((u) => ({ clause: c, u })));

/** Every clause and sub-point of `v` by id. */
function owners(v: Vorlage): Map<string, Owner> {
  const out = new Map<string, Owner>();
  for (const c of clausesOf(v)) {
    out.set(c.id, { text: c.text, ...(c.verweise ? { verweise: c.verweise } : {}) });
    for (const u of c.unterpunkte ?? []) out.set(u.id, { text: u.text, ...(u.verweise ? { verweise: u.verweise } : {}) });
  }
  return out;
}

/** Runs one edit through the port; answers the ids it inserted and deleted (a deleted block takes its children). */
async function step(port: WordPort, v: Vorlage, e: Edit, n: number): Promise<{ readonly added: ReadonlyMap<string, Owner>; readonly removed: readonly string[] }> {
  const none = { added: new Map<string, Owner>(), removed: [] };
  const text = `neu ${n}`;
  switch (e.kind) {
    case "insertClause": {
      const s = pick(v.sections, e.at);
      if (!s) return none;
      const after = e.after === null || s.clauses.length === 0 ? undefined : pick(s.clauses, e.after)?.id;
      await port.insertClause(clause(`neuc${n}`, text), s.id, after);
      return { added: new Map([[`neuc${n}`, { text }]]), removed: [] };
    }
    case "insertSection": {
      const s = pick(v.sections, e.at);
      if (!s) return none;
      await port.insertSection(section(`neus${n}`, "beschluss", [clause(`neuc${n}`, text)]), { after: s.id });
      return { added: new Map([[`neuc${n}`, { text }]]), removed: [] };
    }
    case "insertUnterpunkt": {
      const c = pick(clausesOf(v), e.at);
      if (!c || c.text.includes("\n")) return none;
      const subs = c.unterpunkte ?? [];
      const after = e.after === null || subs.length === 0 ? undefined : pick(subs, e.after)?.id;
      const u: Unterpunkt = { id: `neuu${n}`, text };
      await port.insertUnterpunkt(u, c.id, after);
      return { added: new Map([[u.id, { text }]]), removed: [] };
    }
    case "moveClause": {
      const c = pick(clausesOf(v), e.pick);
      const anchors = [...v.sections.map((s) => s.id), ...clausesOf(v).map((x) => x.id)].filter((id) => id !== c?.id);
      const to = pick(anchors, e.to);
      if (c && to) await tolerateRefusedMove(port.moveBlock(c.id, to));
      return none;
    }
    case "moveSection": {
      const s = pick(v.sections, e.pick);
      const to = pick(
        v.sections.filter((x) => x.id !== s?.id),
        e.to,
      );
      if (s && to) await tolerateRefusedMove(port.moveBlock(s.id, to.id));
      return none;
    }
    case "moveUnterpunkt": {
      const hit = pick(subsOf(v), e.pick);
      if (!hit) return none;
      const others = (hit.clause.unterpunkte ?? []).filter((u) => u.id !== hit.u.id);
      const to = e.to === null ? undefined : pick(others, e.to)?.id;
      await tolerateRefusedMove(port.moveUnterpunkt(hit.u.id, to));
      return none;
    }
    case "delete": {
      if (e.what === "unterpunkt") {
        const hit = pick(subsOf(v), e.pick);
        if (!hit) return none;
        await port.deleteBlock(hit.u.id);
        return { added: new Map(), removed: [hit.u.id] };
      }
      if (e.what === "clause") {
        const c = pick(clausesOf(v), e.pick);
        if (!c || clausesOf(v).length <= 1) return none;
        await port.deleteBlock(c.id);
        return { added: new Map(), removed: [c.id, ...(c.unterpunkte ?? []).map((u) => u.id)] };
      }
      const s = pick(v.sections, e.pick);
      if (!s || v.sections.length <= 1) return none;
      await port.deleteBlock(s.id);
      return { added: new Map(), removed: s.clauses.flatMap((c) => [c.id, ...(c.unterpunkte ?? []).map((u) => u.id)]) };
    }
  }
}

async function tolerateRefusedMove(move: Promise<void>): Promise<void> {
  await move.catch((err: unknown) => {
    // Word refuses a move that would lose a comment or revision: nothing changes.
    if (!(err instanceof WordError && err.reason === "would-lose-content")) throw err;
  });
}

/** The simulated document's own XML: each control's shown text by tag, in document order. */
function shownByTag(sim: WordSimulator): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const sdt of sim.controls()) {
    const tag = sdt.getElementsByTagNameNS(W_NS, "tag").item(0)?.getAttribute("w:val") ?? "";
    const content = sdt.getElementsByTagNameNS(W_NS, "sdtContent").item(0) as XmlElement;
    const texts = content.getElementsByTagNameNS(W_NS, "t");
    let text = "";
    for (let i = 0; i < texts.length; i++) text += texts.item(i)?.textContent ?? "";
    out.set(tag, [...(out.get(tag) ?? []), text]);
  }
  return out;
}

/** What a reference must show, read from the document: its target's number control's text without dot or bracket. */
function checkReferencesAgainstNumbers(sim: WordSimulator): number {
  const shown = shownByTag(sim);
  let checked = 0;
  for (const [tag, texts] of shown) {
    const parsed = parseTag(tag);
    if (parsed?.kind !== "verweis") continue;
    const number = shown.get(`bv:nr:${parsed.id}`)?.[0];
    if (number === undefined) continue; // target deleted: the reference keeps its last number (validation reports it)
    for (const text of texts) expect([tag, text]).toEqual([tag, referenceCore(number)]);
    checked += texts.length;
  }
  return checked;
}

/** Everything of the Vorlage but its sections: what edits of sections must not touch. */
const outsideSections = (v: Vorlage) => ({ ...v, sections: [] });

/** The desktop writes references as REF fields (reference-fields-in-word.ts); the web keeps them as text the add-in rewrites. */
const hosts: [string, number, "Off" | "TrackAll", "desktop" | "web"][] = [
  ["desktop (REF fields), Track Changes off", 25, "Off", "desktop"],
  ["web (text), Track Changes off", 10, "Off", "web"],
  ["desktop, Track Changes on", 8, "TrackAll", "desktop"],
];

describe.each(hosts)("references in Word follow their targets over random edits (simulator, read back from its XML), %s", (_name, runs, tracking, platform) => {
  const bytes = DocxDocument.create(referencingVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save();
  const readBack = (sim: WordSimulator) => DocxDocument.open(sim.bytes()).read(WIESBADEN, sequentialIds("r")).vorlage;
  /** Under Track Changes: a copy of the document with every revision accepted, as it will read once reviewed. */
  const accepted = (sim: WordSimulator) => {
    if (tracking === "Off") return sim;
    const copy = new WordSimulator(sim.bytes());
    copy.acceptAll();
    return copy;
  };

  it("starts from four references the document shows", () => {
    const sim = new WordSimulator(bytes);
    expect(checkReferencesAgainstNumbers(sim)).toBe(4);
  });

  it("after any sequence of inserts, moves and deletes of sections, clauses and sub-points, every reference shows its target's number and no other text changed", async () => {
    let referencesChecked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 7 }), async (edits) => {
        const sim = new WordSimulator(bytes);
        sim.changeTrackingMode = tracking;
        sim.platform = platform;
        const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("x"));
        const start = readBack(sim);
        const expected = owners(start);
        let n = 0;
        for (const e of edits) {
          const { added, removed } = await step(port, (await port.read()).vorlage, e, ++n);
          for (const id of removed) expected.delete(id);
          for (const [id, o] of added) expected.set(id, o);
          const doc = accepted(sim);
          const now = readBack(doc);
          const numbering = deriveNumbers(now, WIESBADEN.numbering);
          // The numbers the document shows are its order's.
          for (const [id, number] of numbering.byId) {
            const shown = shownByTag(doc).get(`bv:nr:${id}`)?.[0];
            if (shown !== undefined) expect([id, shown]).toEqual([id, number]);
          }
          for (const [id, o] of expected) expected.set(id, rewriteReferences(o, (z) => referenceNumber(z, numbering)));
          const actual = owners(now);
          expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
          for (const [id, o] of actual) expect([id, o.text, o.verweise ?? []]).toEqual([id, expected.get(id)?.text, expected.get(id)?.verweise ?? []]);
          referencesChecked += checkReferencesAgainstNumbers(doc);
          expect(outsideSections(now)).toEqual(outsideSections(start));
        }
      }),
      { numRuns: runs },
    );
    expect(referencesChecked).toBeGreaterThan(runs);
  });
});
