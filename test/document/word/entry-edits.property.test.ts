import fc from "fast-check";
import { DOMParser, XMLSerializer, type Element as XmlElement } from "@xmldom/xmldom";
import { strToU8 } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { stylesXml } from "../../../src/document/ooxml/house-style-parts";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { renderBody } from "../../../src/document/ooxml/render-vorlage";
import type { EntryList } from "../../../src/document/parts";
import { formatTag } from "../../../src/document/tags";
import { WordPort } from "../../../src/document/word/word-port";
import { COMMENTS, docxFromBody, FOREIGN_CONTROL } from "../../fixtures/docx";
import { reference0057 } from "../../fixtures/reference-0057";
import { WordSimulator } from "../../word-simulator/word-simulator";

jest.setTimeout(240_000);

/**
 * Correcting, removing and undoing one entry (the pane's Bearbeiten, Entfernen, Rückgängig)
 * changes that entry only: over random sequences of these edits in Word (corrections in place,
 * changes of kind written whole, removals, undo), with Track Changes
 * off and on, the document outside the edited entry's control is the same XML as before (every
 * other entry, a colleague's bold, comment and tracked change, another add-in's control, the
 * sections and the Kopf), and the lists read back are exactly the model the pane wrote.
 */
type Edit =
  | { readonly kind: "correct"; readonly pick: number; readonly text: string }
  | { readonly kind: "reshape"; readonly pick: number; readonly empty: boolean }
  | { readonly kind: "remove"; readonly pick: number }
  | { readonly kind: "undo" };

// eslint-disable-next-line no-control-regex -- text a Word document can hold
const writable = (t: string): boolean => !/[\u0000-\u001f\uFFFE\uFFFF]/u.test(t) && t.trim() === t && t !== "" && !/[()]/.test(t);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("correct" as const),
    pick: fc.nat(),
    text: fc.oneof(fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }).filter(writable), fc.constantFrom("Amt für „Soziales“ & <Wohnen>", "Dezernat VII", "Ortsbeirat Mitte")),
  }),
  fc.record({ kind: fc.constant("reshape" as const), pick: fc.nat(), empty: fc.boolean() }),
  fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }),
  fc.constant({ kind: "undo" as const }),
);

const HEIMLICH = '<w:t xml:space="preserve">Dr. Heimlich</w:t>';
const CLAUSE = '<w:t xml:space="preserve">der Verein sich gemäß der Satzung zur Volks- und Berufsbildung verpflichtet;</w:t></w:r>';

/**
 * The reference with a colleague's bold and comment in Zeichnung z1, a tracked deletion in a clause, and another add-in's
 * control; with the house styles, as a document the add-in made has them (entries are then built with Word's API), or without.
 */
function startBytes(styles: boolean): Uint8Array {
  const body = renderBody(reference0057(), WIESBADEN)
    .replace(HEIMLICH, `<w:rPr><w:b/></w:rPr>${HEIMLICH}</w:r><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/>`)
    .replace(CLAUSE, `${CLAUSE}<w:del w:id="11" w:author="Kämmerei" w:date="2025-05-02T10:00:00Z"><w:r><w:delText> nicht</w:delText></w:r></w:del>`);
  if (!body.includes("<w:b/></w:rPr>") || !body.includes("w:delText")) throw new Error("fixture did not take");
  return docxFromBody(FOREIGN_CONTROL + body, { "word/comments.xml": strToU8(COMMENTS), ...(styles ? { "word/styles.xml": strToU8(stylesXml(WIESBADEN)) } : {}) });
}

/** Every entry of the model, with its list. */
function entriesOf(v: Vorlage): { readonly list: EntryList; readonly id: string }[] {
  return [
    ...v.bezuege.map((b) => ({ list: "bezug" as const, id: b.id })),
    ...v.verteiler.map((e) => ({ list: "verteiler" as const, id: e.id })),
    ...v.zeichnungen.map((z) => ({ list: "zeichnung" as const, id: z.id })),
  ];
}

/** The model with one text field of entry `id` corrected: a Bezug's Gremium, a recipient, a Zeichnung's name. */
function corrected(v: Vorlage, list: EntryList, id: string, text: string): Vorlage {
  if (list === "bezug") return { ...v, bezuege: v.bezuege.map((b) => (b.id === id ? { ...b, gremium: text } : b)) };
  if (list === "verteiler") return { ...v, verteiler: v.verteiler.map((e) => (e.id === id ? { ...e, empfaenger: text } : e)) };
  return { ...v, zeichnungen: v.zeichnungen.map((z) => (z.id === id ? { ...z, name: text } : z)) };
}

/**
 * The model with entry `id` changed in kind, so that its fields differ from the document's and it is
 * written whole: a Bezug's Vermerk or a Zeichnung's Zusatz added or dropped; a recipient's Bitte turned.
 * `empty`: one of its fields emptied too (BP-Nummer, Empfänger, Name), built as a control showing its
 * placeholder text (issue 21, item 4).
 */
function reshaped(v: Vorlage, list: EntryList, id: string, empty = false): Vorlage {
  if (list === "bezug") return { ...v, bezuege: v.bezuege.map((b) => (b.id === id ? { ...b, vermerk: b.vermerk === "" ? "antragsgemäß" : "", ...(empty ? { bp: "" } : {}) } : b)) };
  if (list === "verteiler") return { ...v, verteiler: v.verteiler.map((e) => (e.id === id ? { ...e, bitte: e.bitte === "veranlassung" ? ("kenntnisnahme" as const) : ("veranlassung" as const), ...(empty ? { empfaenger: "" } : {}) } : e)) };
  return { ...v, zeichnungen: v.zeichnungen.map((z) => (z.id === id ? { ...z, zusatz: z.zusatz === "" ? "im Auftrag" : "", ...(empty ? { name: "" } : {}) } : z)) };
}

/** The model without entry `id` (a Zeichnung with the Verteiler sent under it, as the pane removes it). */
function removed(v: Vorlage, list: EntryList, id: string): Vorlage {
  if (list === "bezug") return { ...v, bezuege: v.bezuege.filter((b) => b.id !== id) };
  if (list === "verteiler") return { ...v, verteiler: v.verteiler.filter((e) => e.id !== id) };
  return { ...v, zeichnungen: v.zeichnungen.filter((z) => z.id !== id), verteiler: v.verteiler.filter((e) => e.zeichnung !== id) };
}

/** The document with every control tagged `tag` taken out (a tracked removal leaves a deleted copy), serialized alike for both sides. */
function outside(xml: string, tag: string): string {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const sdts = doc.getElementsByTagNameNS(W_NS, "sdt");
  const tagOf = (sdt: XmlElement) => sdt.getElementsByTagNameNS(W_NS, "sdtPr").item(0)?.getElementsByTagNameNS(W_NS, "tag").item(0)?.getAttributeNS(W_NS, "val");
  const gone: XmlElement[] = [];
  for (let i = 0; i < sdts.length; i++) if (tagOf(sdts.item(i) as XmlElement) === tag) gone.push(sdts.item(i) as XmlElement);
  for (const sdt of gone) sdt.parentNode?.removeChild(sdt);
  return new XMLSerializer().serializeToString(doc);
}

/** Where two texts part, with some context; "" when they are equal (a readable failure for long XML). */
function firstDifference(a: string, b: string): string {
  if (a === b) return "";
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 200), i + 200)}… instead of …${b.slice(Math.max(0, i - 200), i + 200)}…`;
}

const lists = (v: Vorlage) => ({ bezuege: v.bezuege, verteiler: v.verteiler, zeichnungen: v.zeichnungen });

describe.each([
  ["Track Changes off, house styles present (Word's API)", "Off" as const, true],
  ["Track Changes on, house styles present (Word's API)", "TrackAll" as const, true],
  ["Track Changes off, no house styles (Word's API, direct formatting)", "Off" as const, false],
  ["Track Changes on, no house styles (Word's API, direct formatting)", "TrackAll" as const, false],
])("entry edits in Word change nothing else, %s", (_name, mode, styles) => {
  it("leaves everything outside the edited entry as it was, and reads back exactly the model written", async () => {
    const bytes = startBytes(styles);
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 7 }), async (edits) => {
        const sim = new WordSimulator(bytes);
        sim.changeTrackingMode = mode;
        const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("x"));
        const xmlOf = () => new XMLSerializer().serializeToString(sim.dom);
        // What the pane's undo keeps: the entry and the model before the change.
        const done: { readonly list: EntryList; readonly id: string; readonly before: Vorlage }[] = [];
        for (const e of edits) {
          const now = (await port.read()).vorlage;
          let step: { readonly list: EntryList; readonly id: string; readonly next: Vorlage } | undefined;
          if (e.kind === "undo") {
            const last = done.pop();
            if (last) step = { list: last.list, id: last.id, next: last.before };
          } else {
            const entries = entriesOf(now);
            const picked = entries[e.pick % Math.max(entries.length, 1)];
            if (picked) {
              const next = e.kind === "correct" ? corrected(now, picked.list, picked.id, e.text) : e.kind === "reshape" ? reshaped(now, picked.list, picked.id, e.empty) : removed(now, picked.list, picked.id);
              step = { ...picked, next };
              done.push({ ...picked, before: now });
            }
          }
          if (!step) continue;
          const xmlBefore = xmlOf();
          await port.writeEntry(step.list, step.next, step.id);
          expect(lists((await port.read()).vorlage)).toEqual(lists(step.next));
          const tag = formatTag({ kind: step.list, id: step.id });
          expect(firstDifference(outside(xmlOf(), tag), outside(xmlBefore, tag))).toBe("");
        }
      }),
      { numRuns: 15 },
    );
  });
});
