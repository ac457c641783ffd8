import type { Element as XmlElement } from "@xmldom/xmldom";
import { strToU8 } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { stylesXml } from "../../../src/document/ooxml/house-style-parts";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { renderBody } from "../../../src/document/ooxml/render-vorlage";
import { WordPort } from "../../../src/document/word/word-port";
import { docxFromBody } from "../../fixtures/docx";
import { reference0057 } from "../../fixtures/reference-0057";
import { WordSimulator } from "../../word-simulator/word-simulator";
import { printed as printedOf } from "./printed";

/**
 * Issue 21, item 4, the rest: entries built with Word's API where they went through insertOoxml (seconds on
 * the web): in a document without the „BV …“ styles (direct formatting), with an empty field (placeholder
 * text), a forwarding office's Zeichnung (a page break before its Absender) and recipients sharing a Bitte
 * (hidden with Font.hidden where the host has it). Each prints as the document rendered with the entry prints
 * (what the insertOoxml path inserted: render-vorlage's OOXML with the house styles it carries).
 */
const portOn = (sim: WordSimulator) => new WordPort(sim.host(), WIESBADEN, sequentialIds("n"));
const printed = (sim: WordSimulator): string[] => printedOf(sim, WIESBADEN);
const lists = (v: Vorlage) => ({ bezuege: v.bezuege, verteiler: v.verteiler, zeichnungen: v.zeichnungen });
const withStyles = (v: Vorlage): Uint8Array => docxFromBody(renderBody(v, WIESBADEN), { "word/styles.xml": strToU8(stylesXml(WIESBADEN)) });
/** A document whose styles part has none of our styles (the simulator's default part: Normal only), as one other offices wrote. */
const withoutStyles = (v: Vorlage): Uint8Array => docxFromBody(renderBody(v, WIESBADEN));

const ref = reference0057();
const styles = [
  ["with the house styles", withStyles],
  ["without the house styles (direct formatting)", withoutStyles],
] as const;

describe("entries in a document without the house styles, built with Word's API (issue 21, item 4.1)", () => {
  const newBezug = { id: "neu-b", vermerk: "einstimmig", gremium: "Ortsbeirat", datum: "2024-03-01", bp: "0107" };
  // A new recipient goes after the last one (under z2, the last Zeichnung: entryPlacement).
  const newVerteiler = { id: "neu-v", empfaenger: "Amt 40", bitte: "kenntnisnahme", zeichnung: "z2" } as const;
  const newZeichnung = { id: "neu-z", ort: "Wiesbaden", datum: "2024-04-02", zusatz: "in Vertretung", name: "Klug" };

  it("inserts, rewrites whole and puts back a Bezug, a Verteiler entry and a deciding body's Zeichnung without insertOoxml, printed as a document rendered with them", async () => {
    const sim = new WordSimulator(withoutStyles(ref));
    const port = portOn(sim);
    const next: Vorlage = { ...ref, bezuege: [...ref.bezuege, newBezug], verteiler: [...ref.verteiler, newVerteiler], zeichnungen: [...ref.zeichnungen, newZeichnung] };
    await port.insertEntry("bezug", next, "neu-b");
    await port.insertEntry("verteiler", next, "neu-v");
    await port.insertEntry("zeichnung", next, "neu-z");
    const rewritten: Vorlage = { ...next, bezuege: next.bezuege.map((b) => ({ ...b, vermerk: b.vermerk === "" ? "einstimmig" : "" })) };
    await port.writeEntry("bezug", rewritten, "b1");
    await port.writeEntry("bezug", rewritten, "neu-b");
    await port.writeEntry("verteiler", { ...rewritten, verteiler: rewritten.verteiler.filter((e) => e.id !== "v1") }, "v1");
    await port.writeEntry("verteiler", rewritten, "v1");
    expect(sim.cost.insertOoxml).toBe(0);
    expect(lists((await port.read()).vorlage)).toEqual(lists(rewritten));
    expect(printed(sim)).toEqual(printed(new WordSimulator(withoutStyles(rewritten))));
  });

  it("gives each paragraph the style's format directly: no style it does not have, the Absender bold and larger, the Verteiler without room after", async () => {
    const sim = new WordSimulator(withoutStyles(ref));
    await portOn(sim).insertEntry("zeichnung", { ...ref, zeichnungen: [...ref.zeichnungen, { ...newZeichnung, absender: "Der Magistrat", absenderNummer: "16" }], verteiler: [...ref.verteiler, { ...newVerteiler, zeichnung: "neu-z" }] }, "neu-z");
    const lines = printed(sim).filter((l) => l.startsWith("bv:zeichnung:neu-z"));
    expect(lines[0]).toMatch(/ \| after=480,newPage \| \{bv:feld:absender\(Absender\):\[b,sz=26\]Der Magistrat\}\[b,sz=26\]\v-\{/);
    expect(lines.filter((l) => l.includes("bv:verteiler:neu-v")).every((l) => / \| after=0 \| /.test(l))).toBe(true);
    expect(sim.cost.insertOoxml).toBe(0);
    // No paragraph of it names a style the document lacks (Word would refuse to set one: office-js-docs #227).
    const sdts = sim.dom.getElementsByTagNameNS(W_NS, "sdt");
    const neu = Array.from({ length: sdts.length }, (_, i) => sdts.item(i) as XmlElement).find((e) => e.getElementsByTagNameNS(W_NS, "tag").item(0)?.getAttributeNS(W_NS, "val") === "bv:zeichnung:neu-z");
    expect(neu?.getElementsByTagNameNS(W_NS, "p").length).toBe(lines.length);
    expect(neu?.getElementsByTagNameNS(W_NS, "pStyle").length).toBe(0);
  });
});

describe.each(styles)("an entry with an empty field, %s (issue 21, item 4.2)", (_name, bytes) => {
  it("builds the field as an empty control showing its prompt (ContentControl.placeholderText), without insertOoxml, read back as empty", async () => {
    const sim = new WordSimulator(bytes(ref));
    const port = portOn(sim);
    const next: Vorlage = {
      ...ref,
      bezuege: [...ref.bezuege, { id: "neu-b", vermerk: "", gremium: "Ortsbeirat", datum: "2024-03-01", bp: "" }],
      verteiler: [...ref.verteiler, { id: "neu-v", empfaenger: "", bitte: "kenntnisnahme", zeichnung: "z2" }],
      zeichnungen: [...ref.zeichnungen, { id: "neu-z", ort: "Wiesbaden", datum: "2024-04-02", zusatz: "", name: "" }],
    };
    await port.insertEntry("bezug", next, "neu-b");
    await port.insertEntry("verteiler", next, "neu-v");
    await port.insertEntry("zeichnung", next, "neu-z");
    expect(sim.cost.insertOoxml).toBe(0);
    expect(lists((await port.read()).vorlage)).toEqual(lists(next));
    const after = printed(sim);
    expect(after).toEqual(printed(new WordSimulator(bytes(next))));
    expect(after.some((l) => l.includes("{bv:feld:bp(BP-Nummer,placeholder):[placeholder]‹BP-Nummer›}"))).toBe(true);
    // The empty field is typed into later: a correction in place, as for any field.
    const typed: Vorlage = { ...next, bezuege: next.bezuege.map((b) => (b.id === "neu-b" ? { ...b, bp: "0107" } : b)) };
    await port.writeEntry("bezug", typed, "neu-b");
    expect(lists((await port.read()).vorlage)).toEqual(lists(typed));
  });
});

describe.each(styles)("a forwarding office's Zeichnung, %s (issue 21, item 4.3)", (_name, bytes) => {
  it("starts its Absender on a new page with a page break (Range.insertBreak), its number after a line break, without insertOoxml; removed and put back it prints as before", async () => {
    const sim = new WordSimulator(bytes(ref));
    const port = portOn(sim);
    const start = printed(sim);
    const z2 = ref.zeichnungen.find((z) => z.id === "z2");
    expect(z2?.absender).not.toBe(undefined);
    await port.writeEntry("zeichnung", { ...ref, zeichnungen: ref.zeichnungen.filter((z) => z.id !== "z2"), verteiler: ref.verteiler.filter((e) => e.zeichnung !== "z2") }, "z2");
    await port.writeEntry("zeichnung", ref, "z2");
    expect(sim.cost.insertOoxml).toBe(0);
    expect(lists((await port.read()).vorlage)).toEqual(lists(ref));
    expect(printed(sim)).toEqual(start);
    expect(start.some((l) => l.startsWith("bv:zeichnung:z2(Zeichnung) | ") && l.includes("newPage"))).toBe(true);
    // Rewritten whole (its Zusatz dropped): the page break stays one, before the Absender.
    const noZusatz: Vorlage = { ...ref, zeichnungen: ref.zeichnungen.map((z) => (z.id === "z2" ? { ...z, zusatz: "" } : z)) };
    await port.writeEntry("zeichnung", noZusatz, "z2");
    expect(sim.cost.insertOoxml).toBe(0);
    expect(printed(sim)).toEqual(printed(new WordSimulator(bytes(noZusatz))));
  });
});

describe("a Zeichnung whose recipients share a Bitte (issue 21, item 4.4)", () => {
  // v2 and v3 under z2 share „zur Kenntnisnahme“: render-vorlage prints it once, under v3, and keeps v2's hidden.
  const sharing: Vorlage = { ...ref, verteiler: ref.verteiler.map((e) => (e.id === "v3" ? { ...e, bitte: "kenntnisnahme" as const } : e)) };
  // Written whole: its Zusatz dropped changes its fields in kind.
  const reshaped: Vorlage = { ...sharing, zeichnungen: sharing.zeichnungen.map((z) => (z.id === "z2" ? { ...z, zusatz: "" } : z)) };
  // A new Zeichnung of the deciding body with two recipients that share a Bitte.
  const added: Vorlage = {
    ...sharing,
    zeichnungen: [...sharing.zeichnungen, { id: "neu-z", ort: "Wiesbaden", datum: "2024-04-02", zusatz: "", name: "Klug" }],
    verteiler: [...sharing.verteiler, { id: "neu-v1", empfaenger: "Amt 40", bitte: "kenntnisnahme", zeichnung: "neu-z" }, { id: "neu-v2", empfaenger: "Amt 41", bitte: "kenntnisnahme", zeichnung: "neu-z" }],
  };
  const hiddenBitte = (lines: readonly string[], id: string): boolean => lines.some((l) => l.includes(`bv:verteiler:${id}(`) && l.includes("hidden") && l.includes("[vanish]"));

  it.each(styles)("on the desktop (Font.hidden, WordApiDesktop 1.2), %s: rewrites it whole and inserts one without insertOoxml, the shared Bitte hidden as rendered", async (_name, bytes) => {
    const sim = new WordSimulator(bytes(sharing));
    const port = portOn(sim);
    expect(hiddenBitte(printed(sim), "v2")).toBe(true);
    await port.writeEntry("zeichnung", reshaped, "z2");
    await port.insertEntry("zeichnung", { ...added, zeichnungen: added.zeichnungen.map((z) => (z.id === "z2" ? { ...z, zusatz: "" } : z)) }, "neu-z");
    expect(sim.cost.insertOoxml).toBe(0);
    const final: Vorlage = { ...added, zeichnungen: added.zeichnungen.map((z) => (z.id === "z2" ? { ...z, zusatz: "" } : z)) };
    expect(lists((await port.read()).vorlage)).toEqual(lists(final));
    const lines = printed(sim);
    expect([hiddenBitte(lines, "v2"), hiddenBitte(lines, "neu-v1"), hiddenBitte(lines, "neu-v2")]).toEqual([true, true, false]);
    expect(lines).toEqual(printed(new WordSimulator(bytes(final))));
  });

  it("on the web, which has no Font.hidden, still as OOXML (the one way to write hidden text there), printed as rendered", async () => {
    const sim = new WordSimulator(withoutStyles(sharing));
    sim.platform = "web";
    const port = portOn(sim);
    await port.writeEntry("zeichnung", reshaped, "z2");
    expect(sim.cost.insertOoxml).toBe(1);
    expect(lists((await port.read()).vorlage)).toEqual(lists(reshaped));
    expect(printed(sim)).toEqual(printed(new WordSimulator(withoutStyles(reshaped))));
  });
});
