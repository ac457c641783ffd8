import fc from "fast-check";
import { DOMParser, XMLSerializer, type Document as XmlDocument, type Element as XmlElement } from "@xmldom/xmldom";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { textOfParagraph } from "../../../src/document/ooxml/read-body";
import { wrapRange, wrappableRanges, wrapRanges } from "../../../src/document/docx/wrap-range";

/**
 * `recognize --references` wraps many references of one paragraph in one pass (wrappableRanges,
 * wrapRanges) instead of calling wrapRange once per reference, which re-read the whole paragraph
 * each time. The one pass must decide and write exactly what the calls one by one did, whatever
 * the paragraph holds: runs split anywhere, tabs, hyperlinks, simple and complex fields, tracked insertions and
 * deletions, bookmarks, our earlier controls, text between elements.
 */
type Piece = { readonly kind: "run"; readonly text: string; readonly bold: boolean } | { readonly kind: "tab" } | { readonly kind: "opaque"; readonly xml: string } | { readonly kind: "control"; readonly text: string };

const word = fc.stringMatching(/^[a-zäöü0-9 .,]{1,7}$/u);
const piece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("run" as const), text: word, bold: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ kind: "tab" as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("control" as const), text: word }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom("hyperlink", "ins", "del", "bookmark", "field", "proofErr", "comment", "complexField", "emptyField"), word)
      .map(([k, t]): Piece => {
        const xml: Record<string, string> = {
          hyperlink: `<w:hyperlink w:anchor="x"><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:hyperlink>`,
          ins: `<w:ins w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:ins>`,
          del: `<w:del w:id="2" w:author="A" w:date="2025-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">${t}</w:delText></w:r></w:del>`,
          bookmark: `<w:bookmarkStart w:id="9" w:name="x"/>`,
          field: `<w:fldSimple w:instr=" PAGE "><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:fldSimple>`,
          proofErr: `<w:proofErr w:type="spellStart"/>`,
          comment: `<w:commentRangeStart w:id="3"/>`,
          complexField: `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> SEQ Ziffer </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">${t}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`,
          emptyField: `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`,
        };
        return { kind: "opaque", xml: xml[k] as string };
      }),
  },
);

const pieceXml = (x: Piece): string =>
  x.kind === "run"
    ? `<w:r>${x.bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${x.text}</w:t></w:r>`
    : x.kind === "tab"
      ? "<w:r><w:tab/></w:r>"
      : x.kind === "control"
        ? `<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t xml:space="preserve">${x.text}</w:t></w:r></w:sdtContent></w:sdt>`
        : x.xml;

function documentOf(pieces: readonly Piece[], siblings: number): { doc: XmlDocument; p: XmlElement } {
  const others = Array.from({ length: siblings }, (_, i) => `<w:p><w:r><w:t>${i}</w:t></w:r></w:p>`).join("");
  const xml = `<w:document xmlns:w="${W_NS}"><w:body>${others}<w:p><w:pPr><w:jc w:val="left"/></w:pPr>${pieces.map(pieceXml).join(" ")}</w:p>${others}</w:body></w:document>`;
  const doc = new DOMParser().parseFromString(xml, "text/xml") as unknown as XmlDocument;
  const ps = doc.getElementsByTagNameNS(W_NS, "p");
  return { doc, p: ps.item(siblings) as XmlElement };
}

const sdt = (doc: XmlDocument, i: number): XmlElement => {
  const el = doc.createElementNS(W_NS, "w:sdt");
  const pr = doc.createElementNS(W_NS, "w:sdtPr");
  const tag = doc.createElementNS(W_NS, "w:tag");
  tag.setAttributeNS(W_NS, "w:val", `bv:verweis:z${i}`);
  pr.appendChild(tag);
  el.appendChild(pr);
  el.appendChild(doc.createElementNS(W_NS, "w:sdtContent"));
  return el;
};

/** Disjoint ranges in order within [0, length). */
const rangesIn = (length: number) =>
  fc.array(fc.tuple(fc.nat({ max: Math.max(0, length) }), fc.nat({ max: Math.max(0, length) })), { maxLength: 8 }).map((cuts) => {
    const points = [...new Set(cuts.flat())].sort((a, b) => a - b);
    const out: { start: number; end: number }[] = [];
    for (let i = 0; i + 1 < points.length; i += 2) out.push({ start: points[i] as number, end: points[i + 1] as number });
    return out;
  });

const serialize = (doc: XmlDocument) => new XMLSerializer().serializeToString(doc as never);

describe("wrapping many ranges of one paragraph in one pass", () => {
  it("accepts and writes exactly what wrapRange called once per range does, in place and rebuilt", () => {
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 12 }).chain((pieces) => {
          const { p } = documentOf(pieces, 0);
          return fc.tuple(fc.constant(pieces), rangesIn(textOfParagraph(p).length + 1), fc.nat({ max: 3 }));
        }),
        ([pieces, ranges, siblings]) => {
          const one = documentOf(pieces, siblings);
          const accepted = ranges.map((r, i) => wrapRange(one.doc, one.p, r.start, r.end, sdt(one.doc, i)));
          const expected = serialize(one.doc);
          for (const way of ["in-place", "rebuild"] as const) {
            const batch = documentOf(pieces, siblings);
            const ok = wrappableRanges(batch.p, ranges);
            expect(ok).toEqual(accepted);
            const chosen = ranges.flatMap((r, i) => (ok?.[i] ? [{ ...r, i }] : []));
            wrapRanges(batch.doc, batch.p, chosen, (k) => sdt(batch.doc, (chosen[k] as { i: number }).i), way);
            expect(serialize(batch.doc)).toBe(expected);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("refuses ranges that overlap or are out of order (the caller then wraps one by one)", () => {
    const { p } = documentOf([{ kind: "run", text: "abcdef", bold: false }], 0);
    expect(wrappableRanges(p, [{ start: 2, end: 4 }, { start: 3, end: 5 }])).toBeUndefined();
    expect(wrappableRanges(p, [{ start: 3, end: 4 }, { start: 1, end: 2 }])).toBeUndefined();
  });
});
