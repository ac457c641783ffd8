import { XMLSerializer } from "@xmldom/xmldom";
import { strToU8 } from "fflate";
import { deepEqual } from "../../../src/core/model/deep-equal";
import { sequentialIds } from "../../../src/core/model/ids";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { stylesXml } from "../../../src/document/ooxml/house-style-parts";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { renderBody } from "../../../src/document/ooxml/render-vorlage";
import { WordPort } from "../../../src/document/word/word-port";
import { COMMENTS, docxFromBody } from "../../fixtures/docx";
import { reference0057 } from "../../fixtures/reference-0057";
import { WordSimulator } from "../../word-simulator/word-simulator";
import { printed as printedOf } from "./printed";

/** Verteiler entries, Bezüge and Zeichnungen corrected, removed and put back in Word (issue 20, item 5; issue 21). */
const portOn = (sim: WordSimulator) => new WordPort(sim.host(), WIESBADEN, sequentialIds("n"));
const NAME = '<w:t xml:space="preserve">Dr. Heimlich</w:t>';

/** The reference with a colleague's bold on the name of Zeichnung z1, and a comment on it. */
function startBytes(): Uint8Array {
  const body = renderBody(reference0057(), WIESBADEN).replace(NAME, `<w:rPr><w:b/></w:rPr>${NAME}</w:r><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/>`);
  if (!body.includes("<w:b/></w:rPr><w:t xml:space=\"preserve\">Dr. Heimlich")) throw new Error("fixture did not take");
  return docxFromBody(body, { "word/comments.xml": strToU8(COMMENTS) });
}
const lists = (v: Vorlage) => ({ bezuege: v.bezuege, verteiler: v.verteiler, zeichnungen: v.zeichnungen });
const xmlOf = (sim: WordSimulator) => new XMLSerializer().serializeToString(sim.dom);


/** Runs each named step and returns those that called insertOoxml or took other than 1–2 syncs, with their costs. */
async function stepsNeedingOoxmlOrMoreSyncs(sim: WordSimulator, steps: readonly (readonly [string, () => Promise<unknown>])[]): Promise<string[]> {
  const costs: string[] = [];
  for (const [name, step] of steps) {
    const before = { ...sim.cost };
    await step();
    costs.push(`${name}: ${sim.cost.insertOoxml - before.insertOoxml} insertOoxml, ${sim.cost.syncs - before.syncs} syncs`);
  }
  return costs.filter((c) => !/: 0 insertOoxml, [12] syncs$/u.test(c));
}

describe("entries in Word", () => {
  it("corrects fields of an entry through their own controls: one read and one write sync, no insertOoxml; the rest of the entry keeps its formatting and comment", async () => {
    const sim = new WordSimulator(startBytes());
    const port = portOn(sim);
    const ref = reference0057();
    const fixed: Vorlage = { ...ref, zeichnungen: ref.zeichnungen.map((z) => (z.id === "z1" ? { ...z, datum: "2024-04-02", zusatz: "in Vertretung" } : z)) };
    const before = { ...sim.cost };
    await port.writeEntry("zeichnung", fixed, "z1");
    expect(sim.cost.syncs - before.syncs).toBe(2);
    expect(sim.cost.insertOoxml).toBe(0);
    expect(lists((await port.read()).vorlage)).toEqual(lists(fixed));
    const xml = xmlOf(sim);
    expect(xml).toContain(`<w:rPr><w:b/></w:rPr>${NAME}`);
    expect(xml).toContain('<w:commentRangeStart w:id="0"/>');
  });

  it("writes nothing, in one sync, for an entry the document already shows as the model has it", async () => {
    const sim = new WordSimulator(startBytes());
    const port = portOn(sim);
    const xml = xmlOf(sim);
    const before = sim.cost.syncs;
    await port.writeEntry("verteiler", reference0057(), "v2");
    expect(sim.cost.syncs - before).toBe(1);
    expect(xmlOf(sim)).toBe(xml);
  });

  it("puts the only Verteiler entry of a Zeichnung back under that Zeichnung, not after the last entry of another", async () => {
    const sim = new WordSimulator(startBytes());
    const port = portOn(sim);
    const ref = reference0057();
    // The fixture has no metadata part: what Wiesbaden does not print is not in it, so the document is compared with its own first read.
    const start = (await port.read()).vorlage;
    await port.writeEntry("verteiler", { ...ref, verteiler: ref.verteiler.filter((e) => e.id !== "v1") }, "v1");
    expect((await port.read()).vorlage.verteiler.map((e) => e.id)).toEqual(["v2", "v3"]);
    await port.writeEntry("verteiler", ref, "v1");
    expect(deepEqual((await port.read()).vorlage, start)).toBe(true);
    expect(start.verteiler).toEqual(ref.verteiler);
  });

  it.each(["accept", "reject"] as const)("under Track Changes corrects and removes as revisions that Word's Review can %s, none of them in a locked control", async (review) => {
    const sim = new WordSimulator(startBytes());
    sim.changeTrackingMode = "TrackAll";
    const port = portOn(sim);
    const ref = reference0057();
    const next: Vorlage = {
      ...ref,
      verteiler: ref.verteiler.filter((e) => e.id !== "v3").map((e) => (e.id === "v2" ? { ...e, empfaenger: "Dezernat II" } : e)),
      bezuege: ref.bezuege.map((b) => ({ ...b, bp: "0107" })),
    };
    await port.writeEntry("verteiler", next, "v2");
    await port.writeEntry("verteiler", next, "v3");
    await port.writeEntry("bezug", next, "b1");
    expect(lists((await port.read()).vorlage)).toEqual(lists(next));
    expect(sim.hasRevisions()).toBe(true);
    expect(sim.dom.getElementsByTagNameNS(W_NS, "lock").length).toBe(0);
    expect(review === "accept" ? sim.acceptAll() : sim.rejectAll()).toBe(0);
    expect(sim.hasRevisions()).toBe(false);
    expect(lists((await port.read()).vorlage)).toEqual(lists(review === "accept" ? next : ref));
  });
});

describe("entries in Word: undo of an insertion", () => {
  it("takes back an inserted Empfänger, Bezug and Zeichnung by writing each as the model had it before (absent): the document reads as before", async () => {
    const sim = new WordSimulator(startBytes());
    const port = portOn(sim);
    const before = (await port.read()).vorlage;
    const withAll: Vorlage = {
      ...before,
      verteiler: [...before.verteiler, { id: "neu-v", empfaenger: "Amt 40", bitte: "kenntnisnahme", zeichnung: "z2" }],
      bezuege: [...before.bezuege, { id: "neu-b", vermerk: "", gremium: "Ortsbeirat", datum: "2024-03-01", bp: "0107" }],
      zeichnungen: [...before.zeichnungen, { id: "neu-z", ort: "Wiesbaden", datum: "2024-04-02", zusatz: "", name: "Klug" }],
    };
    await port.insertEntry("verteiler", withAll, "neu-v");
    await port.insertEntry("bezug", withAll, "neu-b");
    await port.insertEntry("zeichnung", withAll, "neu-z");
    expect(lists((await port.read()).vorlage)).toEqual(lists(withAll));
    // The pane's undo, newest first: each entry written as the model had it before its insertion.
    await port.writeEntry("zeichnung", { ...withAll, zeichnungen: before.zeichnungen }, "neu-z");
    await port.writeEntry("bezug", { ...withAll, bezuege: before.bezuege, zeichnungen: before.zeichnungen }, "neu-b");
    await port.writeEntry("verteiler", before, "neu-v");
    expect(deepEqual((await port.read()).vorlage, before)).toBe(true);
  });
});

describe("entries in Word: removal and rewrites", () => {
  it("removes an entry in one read and one write sync, without insertOoxml", async () => {
    const sim = new WordSimulator(startBytes());
    const port = portOn(sim);
    const ref = reference0057();
    const before = { ...sim.cost };
    await port.writeEntry("bezug", { ...ref, bezuege: [] }, "b1");
    expect(sim.cost.syncs - before.syncs).toBe(2);
    expect(sim.cost.insertOoxml).toBe(0);
    expect((await port.read()).vorlage.bezuege).toEqual([]);
  });

  it.each(["accept", "reject"] as const)("under Track Changes rewrites an entry whose fields change in kind, and removes a Zeichnung with its Verteiler, as revisions Review can %s", async (review) => {
    const sim = new WordSimulator(startBytes());
    sim.changeTrackingMode = "TrackAll";
    const port = portOn(sim);
    const ref = reference0057();
    const next: Vorlage = {
      ...ref,
      bezuege: ref.bezuege.map((b) => ({ ...b, vermerk: "" })),
      zeichnungen: ref.zeichnungen.filter((z) => z.id !== "z2"),
      verteiler: ref.verteiler.filter((e) => e.zeichnung !== "z2"),
    };
    await port.writeEntry("bezug", next, "b1");
    await port.writeEntry("zeichnung", next, "z2");
    expect(lists((await port.read()).vorlage)).toEqual(lists(next));
    expect(review === "accept" ? sim.acceptAll() : sim.rejectAll()).toBe(0);
    expect(lists((await port.read()).vorlage)).toEqual(lists(review === "accept" ? next : ref));
  });
});

describe("entries in Word after a rewrite under Track Changes", () => {
  it("edits the entry as it now stands, not its deleted former version that Word still lists under the same tag", async () => {
    const sim = new WordSimulator(startBytes());
    sim.changeTrackingMode = "TrackAll";
    const port = portOn(sim);
    const ref = reference0057();
    const steps: Vorlage[] = [];
    const withBezug = (b: Partial<Vorlage["bezuege"][number]>): Vorlage => ({ ...ref, bezuege: ref.bezuege.map((x) => ({ ...x, ...b })) });
    steps.push(withBezug({ vermerk: "" }), withBezug({ vermerk: "", gremium: "Ortsbeirat" }), { ...ref, bezuege: [] }, withBezug({ vermerk: "", gremium: "Ortsbeirat" }), withBezug({ gremium: "Ortsbeirat", bp: "0200" }));
    for (const step of steps) {
      await port.writeEntry("bezug", step, "b1");
      expect((await port.read()).vorlage.bezuege).toEqual(step.bezuege);
    }
    expect(sim.acceptAll()).toBe(0);
    expect((await port.read()).vorlage.bezuege).toEqual(steps[steps.length - 1]?.bezuege);
  });
});

describe("a Bitte written once under a run of recipients", () => {
  it("shows a recipient's Bitte once it differs from the next recipient's, instead of correcting it hidden", async () => {
    const ref = reference0057();
    // v2 and v3 share „zur Veranlassung“: it is printed once, under v3; v2's is hidden.
    const shared: Vorlage = { ...ref, verteiler: ref.verteiler.map((e) => (e.id === "v2" ? { ...e, bitte: "veranlassung" as const } : e)) };
    const sim = new WordSimulator(docxFromBody(renderBody(shared, WIESBADEN)));
    const port = portOn(sim);
    const hiddenIn = (id: string) => {
      const sdts = sim.dom.getElementsByTagNameNS(W_NS, "sdt");
      for (let i = 0; i < sdts.length; i++) {
        const sdt = sdts.item(i);
        if (sdt?.getElementsByTagNameNS(W_NS, "tag").item(0)?.getAttributeNS(W_NS, "val") === `bv:verteiler:${id}`) return sdt.getElementsByTagNameNS(W_NS, "vanish").length;
      }
      throw new Error(`no ${id}`);
    };
    expect(hiddenIn("v2")).toBeGreaterThan(0);
    await port.writeEntry("verteiler", ref, "v2");
    expect((await port.read()).vorlage.verteiler).toEqual(ref.verteiler);
    expect(hiddenIn("v2")).toBe(0);
  });

  it.each([
    ["corrected to another Bitte", (v: Vorlage): Vorlage => ({ ...v, verteiler: v.verteiler.map((e) => (e.id === "v3" ? { ...e, bitte: "kenntnisnahme" as const } : e)) })],
    ["removed", (v: Vorlage): Vorlage => ({ ...v, verteiler: v.verteiler.filter((e) => e.id !== "v3") })],
  ])("shows the Bitte of the recipient before one that is %s, which no longer shares it", async (_name, change) => {
    const ref = reference0057();
    const shared: Vorlage = { ...ref, verteiler: ref.verteiler.map((e) => (e.id === "v2" ? { ...e, bitte: "veranlassung" as const } : e)) };
    const sim = new WordSimulator(docxFromBody(renderBody(shared, WIESBADEN)));
    const port = portOn(sim);
    const next = change(shared);
    await port.writeEntry("verteiler", next, "v3");
    expect((await port.read()).vorlage.verteiler).toEqual(next.verteiler);
    const sdts = sim.dom.getElementsByTagNameNS(W_NS, "sdt");
    const v2 = Array.from({ length: sdts.length }, (_, i) => sdts.item(i)).find((sdt) => sdt?.getElementsByTagNameNS(W_NS, "tag").item(0)?.getAttributeNS(W_NS, "val") === "bv:verteiler:v2");
    expect(v2?.getElementsByTagNameNS(W_NS, "vanish").length).toBe(0);
  });
});

describe("a lone Verteiler entry put back inside its Zeichnung", () => {
  it("under a forwarding office's Zeichnung (with Absender): before the name, the Zeichnung's formatting and comment untouched, without rewriting the Zeichnung", async () => {
    const ref = reference0057();
    const alone: Vorlage = { ...ref, verteiler: ref.verteiler.filter((e) => e.id !== "v3") };
    const sim = new WordSimulator(docxFromBody(renderBody(alone, WIESBADEN).replace(NAME.replace("Dr. Heimlich", "Bock"), `<w:rPr><w:b/></w:rPr>${NAME.replace("Dr. Heimlich", "Bock")}`)));
    const port = portOn(sim);
    // No metadata part in the fixture: compared with the document's own first read, and its Verteiler with the model's.
    const start = (await port.read()).vorlage;
    await port.writeEntry("verteiler", { ...alone, verteiler: alone.verteiler.filter((e) => e.id !== "v2") }, "v2");
    expect((await port.read()).vorlage.verteiler.map((e) => e.id)).toEqual(["v1"]);
    await port.writeEntry("verteiler", alone, "v2");
    expect(deepEqual((await port.read()).vorlage, start)).toBe(true);
    expect(start.verteiler).toEqual(alone.verteiler);
    expect(xmlOf(sim)).toContain(`<w:rPr><w:b/></w:rPr>${NAME.replace("Dr. Heimlich", "Bock")}`);
  });
});

describe("a Zeichnung written whole over recipients that came to share a Bitte", () => {
  /** Whether the Bitte of recipient `id` is hidden in the document (its control holds w:vanish). */
  const bitteHidden = (sim: WordSimulator, id: string): boolean => {
    const sdts = sim.dom.getElementsByTagNameNS(W_NS, "sdt");
    for (let i = 0; i < sdts.length; i++) {
      const sdt = sdts.item(i);
      if (sdt?.getElementsByTagNameNS(W_NS, "tag").item(0)?.getAttributeNS(W_NS, "val") === `bv:verteiler:${id}`) return sdt.getElementsByTagNameNS(W_NS, "vanish").length > 0;
    }
    throw new Error(`no ${id}`);
  };

  it("keeps the Bitte of a recipient shown that the document shows: removing „im Auftrag“ hides no recipient's Bitte, and undoing the later recipient's change leaves the one before it as it was (seed -991544212)", async () => {
    const sim = new WordSimulator(startBytes());
    const port = portOn(sim);
    const ref = reference0057();
    // v3 asks the same as v2 now; in Word the pane writes v3 alone, so v2's Bitte stays printed.
    const sharing: Vorlage = { ...ref, verteiler: ref.verteiler.map((e) => (e.id === "v3" ? { ...e, bitte: "kenntnisnahme" as const } : e)) };
    await port.writeEntry("verteiler", sharing, "v3");
    expect(bitteHidden(sim, "v2")).toBe(false);
    // Z2 without „im Auftrag“ changes in kind and is written whole, with the recipients under it.
    const reshaped: Vorlage = { ...sharing, zeichnungen: sharing.zeichnungen.map((z) => (z.id === "z2" ? { ...z, zusatz: "" } : z)) };
    await port.writeEntry("zeichnung", reshaped, "z2");
    expect(lists((await port.read()).vorlage)).toEqual(lists(reshaped));
    expect(bitteHidden(sim, "v2")).toBe(false);
    // The pane's undo, twice: z2 as before, then v3 as before. The second changes v3 only.
    await port.writeEntry("zeichnung", sharing, "z2");
    const before = xmlOf(sim);
    await port.writeEntry("verteiler", ref, "v3");
    expect(lists((await port.read()).vorlage)).toEqual(lists(ref));
    // v3's control, whatever order its properties have (Word's API writes the id first).
    const v3 = /<w:sdt><w:sdtPr>(?:(?!<\/w:sdtPr>).)*<w:tag w:val="bv:verteiler:v3"\/>.*?<\/w:sdt><\/w:p><\/w:sdtContent><\/w:sdt>/s;
    expect(xmlOf(sim).replace(v3, "")).toBe(before.replace(v3, ""));
  });
});

/** The reference as rendered, with the house styles and without a colleague's edits: a document the add-in made. */
const plainBytes = (v: Vorlage = reference0057()): Uint8Array => docxFromBody(renderBody(v, WIESBADEN), { "word/styles.xml": strToU8(stylesXml(WIESBADEN)) });
/** What the document prints (printed.ts: resolved formatting, named style or direct alike). */
const printed = (sim: WordSimulator): string[] => printedOf(sim, WIESBADEN);

describe("entries in Word built with Word's API (issue 21, item 4: no insertOoxml)", () => {
  const ref = reference0057();
  const newBezug = { id: "neu-b", vermerk: "", gremium: "Ortsbeirat", datum: "2024-03-01", bp: "0107" };
  const newVerteiler = { id: "neu-v", empfaenger: "Amt 40", bitte: "kenntnisnahme", zeichnung: "z2" } as const;

  it("adds, corrects (a Vermerk added: the Bezug rewritten whole), removes and puts back Bezüge and Verteiler entries without insertOoxml, each in at most 2 syncs", async () => {
    const sim = new WordSimulator(plainBytes());
    const port = portOn(sim);
    const steps: [string, () => Promise<void>][] = [
      ["insert Bezug", () => port.insertEntry("bezug", { ...ref, bezuege: [...ref.bezuege, newBezug] }, "neu-b")],
      ["Vermerk added", () => port.writeEntry("bezug", { ...ref, bezuege: [...ref.bezuege, { ...newBezug, vermerk: "geändert" }] }, "neu-b")],
      ["remove Bezug", () => port.writeEntry("bezug", ref, "neu-b")],
      ["remove seed Bezug", () => port.writeEntry("bezug", { ...ref, bezuege: [] }, "b1")],
      ["put seed Bezug back", () => port.writeEntry("bezug", ref, "b1")],
      ["insert Verteiler entry", () => port.insertEntry("verteiler", { ...ref, verteiler: [...ref.verteiler, newVerteiler] }, "neu-v")],
      ["correct Empfänger", () => port.writeEntry("verteiler", { ...ref, verteiler: [...ref.verteiler, { ...newVerteiler, empfaenger: "Amt 41" }] }, "neu-v")],
      ["remove Verteiler entry", () => port.writeEntry("verteiler", ref, "neu-v")],
      ...ref.verteiler.flatMap((e): [string, () => Promise<void>][] => [
        [`remove ${e.id}`, () => port.writeEntry("verteiler", { ...ref, verteiler: ref.verteiler.filter((x) => x.id !== e.id) }, e.id)],
        [`put ${e.id} back`, () => port.writeEntry("verteiler", ref, e.id)],
      ]),
    ];
    expect(await stepsNeedingOoxmlOrMoreSyncs(sim, steps)).toEqual([]);
    expect(lists((await port.read()).vorlage)).toEqual(lists(ref));
  });

  it("prints a seed Bezug and each seed Verteiler entry, removed and put back, exactly as the document printed it before", async () => {
    const sim = new WordSimulator(plainBytes());
    const port = portOn(sim);
    const start = printed(sim);
    await port.writeEntry("bezug", { ...ref, bezuege: [] }, "b1");
    await port.writeEntry("bezug", ref, "b1");
    for (const e of ref.verteiler) {
      await port.writeEntry("verteiler", { ...ref, verteiler: ref.verteiler.filter((x) => x.id !== e.id) }, e.id);
      expect(printed(sim)).not.toEqual(start);
      await port.writeEntry("verteiler", ref, e.id);
    }
    expect(printed(sim)).toEqual(start);
  });

  it("prints a new Bezug and a new Verteiler entry, and a Bezug rewritten whole, as a document rendered with them prints", async () => {
    const sim = new WordSimulator(plainBytes());
    const port = portOn(sim);
    const next: Vorlage = { ...ref, bezuege: [...ref.bezuege, newBezug], verteiler: [...ref.verteiler, newVerteiler] };
    await port.insertEntry("bezug", next, "neu-b");
    await port.insertEntry("verteiler", next, "neu-v");
    expect(printed(sim)).toEqual(printed(new WordSimulator(plainBytes(next))));
    const rewritten: Vorlage = { ...next, bezuege: next.bezuege.map((b) => ({ ...b, vermerk: b.vermerk === "" ? "einstimmig" : "" })) };
    await port.writeEntry("bezug", rewritten, "neu-b");
    await port.writeEntry("bezug", rewritten, "b1");
    expect(printed(sim)).toEqual(printed(new WordSimulator(plainBytes(rewritten))));
  });
});

describe("entries in Word: the house styles named or given directly", () => {
  it("prints the same after the same entry actions in a document with the house styles and in one without them (direct formatting), neither through insertOoxml, and as a document rendered so", async () => {
    const ref = reference0057();
    const run = async (bytes: Uint8Array): Promise<{ readonly printed: string[]; readonly insertOoxml: number }> => {
      const sim = new WordSimulator(bytes);
      const port = portOn(sim);
      const next: Vorlage = {
        ...ref,
        bezuege: [...ref.bezuege, { id: "neu-b", vermerk: "einstimmig", gremium: "Ortsbeirat", datum: "2024-03-01", bp: "0107" }],
        verteiler: [...ref.verteiler, { id: "neu-v", empfaenger: "Amt 40", bitte: "kenntnisnahme", zeichnung: "z2" }],
      };
      await port.insertEntry("bezug", next, "neu-b");
      await port.insertEntry("verteiler", next, "neu-v");
      await port.writeEntry("bezug", { ...next, bezuege: next.bezuege.map((b) => ({ ...b, vermerk: "" })) }, "b1");
      await port.writeEntry("verteiler", { ...next, verteiler: next.verteiler.filter((e) => e.id !== "v2") }, "v2");
      await port.writeEntry("verteiler", next, "v2");
      return { printed: printed(sim), insertOoxml: sim.cost.insertOoxml };
    };
    const named = await run(docxFromBody(renderBody(ref, WIESBADEN), { "word/styles.xml": strToU8(stylesXml(WIESBADEN)) }));
    const direct = await run(docxFromBody(renderBody(ref, WIESBADEN)));
    expect([named.insertOoxml, direct.insertOoxml]).toEqual([0, 0]);
    expect(direct.printed).toEqual(named.printed);
    const final: Vorlage = {
      ...ref,
      bezuege: [...ref.bezuege.map((b) => ({ ...b, vermerk: "" })), { id: "neu-b", vermerk: "einstimmig", gremium: "Ortsbeirat", datum: "2024-03-01", bp: "0107" }],
      verteiler: [...ref.verteiler, { id: "neu-v", empfaenger: "Amt 40", bitte: "kenntnisnahme", zeichnung: "z2" }],
    };
    expect(direct.printed).toEqual(printed(new WordSimulator(docxFromBody(renderBody(final, WIESBADEN)))));
  });
});

describe("Zeichnungen built with Word's API (issue 21, item 4)", () => {
  const ref = reference0057();
  const neu = { id: "neu-z", ort: "Wiesbaden", datum: "2024-04-02", zusatz: "", name: "Klug" };

  it("adds, corrects, rewrites whole (Zusatz dropped, its Verteiler entry inside), removes and puts back a Zeichnung of the deciding body without insertOoxml, each in at most 2 syncs", async () => {
    const sim = new WordSimulator(plainBytes());
    const port = portOn(sim);
    const withNeu: Vorlage = { ...ref, zeichnungen: [...ref.zeichnungen, neu] };
    const noZusatz: Vorlage = { ...ref, zeichnungen: ref.zeichnungen.map((z) => (z.id === "z1" ? { ...z, zusatz: "" } : z)) };
    const withoutZ1: Vorlage = { ...ref, zeichnungen: ref.zeichnungen.filter((z) => z.id !== "z1"), verteiler: ref.verteiler.filter((e) => e.zeichnung !== "z1") };
    const steps: [string, () => Promise<void>][] = [
      ["insert Zeichnung", () => port.insertEntry("zeichnung", withNeu, "neu-z")],
      ["correct name", () => port.writeEntry("zeichnung", { ...withNeu, zeichnungen: [...ref.zeichnungen, { ...neu, name: "Klüger" }] }, "neu-z")],
      ["Zusatz added", () => port.writeEntry("zeichnung", { ...withNeu, zeichnungen: [...ref.zeichnungen, { ...neu, zusatz: "in Vertretung" }] }, "neu-z")],
      ["remove new Zeichnung", () => port.writeEntry("zeichnung", ref, "neu-z")],
      ["z1 Zusatz dropped", () => port.writeEntry("zeichnung", noZusatz, "z1")],
      ["z1 Zusatz back", () => port.writeEntry("zeichnung", ref, "z1")],
      ["remove z1", () => port.writeEntry("zeichnung", withoutZ1, "z1")],
      ["put z1 back", () => port.writeEntry("zeichnung", ref, "z1")],
    ];
    expect(await stepsNeedingOoxmlOrMoreSyncs(sim, steps)).toEqual([]);
    expect(lists((await port.read()).vorlage)).toEqual(lists(ref));
  });

  it("prints each seed Zeichnung, removed with its Verteiler and put back, and one rewritten whole, exactly as before (the forwarding office's too, its page break before the Absender written with Range.insertBreak)", async () => {
    const sim = new WordSimulator(plainBytes());
    const port = portOn(sim);
    const start = printed(sim);
    for (const z of ref.zeichnungen) {
      await port.writeEntry("zeichnung", { ...ref, zeichnungen: ref.zeichnungen.filter((x) => x.id !== z.id), verteiler: ref.verteiler.filter((e) => e.zeichnung !== z.id) }, z.id);
      expect(printed(sim)).not.toEqual(start);
      await port.writeEntry("zeichnung", ref, z.id);
    }
    expect(printed(sim)).toEqual(start);
    const noZusatz: Vorlage = { ...ref, zeichnungen: ref.zeichnungen.map((z) => (z.id === "z1" ? { ...z, zusatz: "" } : z)) };
    await port.writeEntry("zeichnung", noZusatz, "z1");
    expect(printed(sim)).toEqual(printed(new WordSimulator(plainBytes(noZusatz))));
  });

  it("prints a new Zeichnung as a document rendered with it prints, with the house styles named or given directly, neither through insertOoxml", async () => {
    const next: Vorlage = { ...ref, zeichnungen: [...ref.zeichnungen, neu] };
    const api = new WordSimulator(plainBytes());
    await portOn(api).insertEntry("zeichnung", next, "neu-z");
    const direct = new WordSimulator(docxFromBody(renderBody(ref, WIESBADEN)));
    await portOn(direct).insertEntry("zeichnung", next, "neu-z");
    expect([api.cost.insertOoxml, direct.cost.insertOoxml]).toEqual([0, 0]);
    expect(printed(api)).toEqual(printed(new WordSimulator(plainBytes(next))));
    expect(printed(direct)).toEqual(printed(api));
  });
});

describe("a Bitte written once under a run of recipients, with the house styles (Word's API)", () => {
  const ref = reference0057();
  // v2 and v3 share „zur Veranlassung“: it is printed once, under v3; v2's is hidden.
  const shared: Vorlage = { ...ref, verteiler: ref.verteiler.map((e) => (e.id === "v2" ? { ...e, bitte: "veranlassung" as const } : e)) };
  it.each([
    ["v2 corrected to its own Bitte", "v2", ref],
    ["v3 corrected to another Bitte", "v3", { ...shared, verteiler: shared.verteiler.map((e) => (e.id === "v3" ? { ...e, bitte: "kenntnisnahme" as const } : e)) }],
    ["v3 removed", "v3", { ...shared, verteiler: shared.verteiler.filter((e) => e.id !== "v3") }],
  ] as const)("shows v2's Bitte when %s, without insertOoxml, printed as a document rendered so", async (_name, id, next) => {
    const sim = new WordSimulator(plainBytes(shared));
    const port = portOn(sim);
    await port.writeEntry("verteiler", next, id);
    expect(sim.cost.insertOoxml).toBe(0);
    expect((await port.read()).vorlage.verteiler).toEqual(next.verteiler);
    expect(printed(sim)).toEqual(printed(new WordSimulator(plainBytes(next))));
  });
});
