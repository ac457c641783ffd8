import { Document as XmlDocument, Node as XmlNode } from "@xmldom/xmldom";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognizeDocx } from "../../../src/cli/recognize-docx";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { plainDocx } from "../../fixtures/docx";

/**
 * `recognize` is linear in paragraphs. The XML DOM keeps each element's child list as an
 * array that it re-indexes whole whenever a child is removed or inserted anywhere but at the
 * end; wrapping clause after clause in the body by insertBefore/removeChild made structuring
 * quadratic (4.7 s for 12,500 paragraphs, 38.9 s for 50,000). This counts the DOM's work, not
 * the time: every mutation, and every child-list re-indexing with the length it walks.
 */
interface Work {
  mutations: number;
  /** Child lists re-indexed (not an append at the end). */
  rebuilds: number;
  /** Entries walked by those re-indexings. */
  walked: number;
}

const length = (n: XmlNode | null | undefined): number => (n ? n.childNodes.length : 0);

function counted<T>(run: () => T): { result: T; work: Work } {
  const work: Work = { mutations: 0, rebuilds: 0, walked: 0 };
  const rebuild = (parent: XmlNode | null | undefined): void => {
    if (!parent) return;
    work.rebuilds++;
    work.walked += length(parent);
  };
  const protos = [XmlNode.prototype, XmlDocument.prototype] as unknown as Record<string, (...args: unknown[]) => unknown>[];
  const restore: (() => void)[] = [];
  for (const proto of protos) {
    for (const name of ["insertBefore", "appendChild", "removeChild", "replaceChild"] as const) {
      if (!Object.prototype.hasOwnProperty.call(proto, name)) continue;
      const original = proto[name] as (...args: unknown[]) => unknown;
      proto[name] = function (this: XmlNode, ...args: unknown[]) {
        work.mutations++;
        const node = args[0] as XmlNode;
        if (name === "removeChild") rebuild(this);
        else {
          if (node?.parentNode) rebuild(node.parentNode);
          const atEnd = name === "appendChild" || (name === "insertBefore" && (args[1] === null || args[1] === undefined));
          if (!atEnd) rebuild(this);
        }
        return original.apply(this, args);
      };
      restore.push(() => {
        proto[name] = original;
      });
    }
  }
  try {
    return { result: run(), work };
  } finally {
    for (const r of restore) r();
  }
}

/** A plain Vorlage of about `paragraphs` paragraphs: sections of 50 clauses, each clause with four sub-points a) to d). */
function longVorlage(paragraphs: number): Uint8Array {
  const lines = ["Tagesordnung I Punkt 4 der öffentlichen Sitzung am 14. Mai 2025", "Vorlagen-Nr. 25-V-03-0012", "Ein langer Beschluss", "Beschluss Nr. 0112"];
  for (let s = 1; lines.length < paragraphs; s++) {
    lines.push(`${s}. Es wird beschlossen, dass`);
    for (let c = 1; c <= 50 && lines.length < paragraphs; c++) {
      lines.push(`- ${s}.${c} die Maßnahme ${s}/${c} durchgeführt wird;`);
      for (let k = 0; k < 4 && lines.length < paragraphs; k++) lines.push(`${"abcd"[k]}) Teilschritt ${k + 1} der Maßnahme ${s}/${c};`);
    }
  }
  return plainDocx(lines);
}

describe("recognize is linear in paragraphs", () => {
  const sizes = [12_500, 50_000] as const;
  let runs: { result: ReturnType<typeof recognizeDocx>; work: Work }[] = [];
  beforeAll(() => {
    runs = sizes.map((n) => {
      const input = longVorlage(n);
      return counted(() => recognizeDocx(input, WIESBADEN, { ids: sequentialIds("s") }));
    });
  }, 600_000);

  it("structures the whole document", () => {
    for (const { result } of runs) {
      expect(result.outcome.wrapped).toBe(true);
      const read = DocxDocument.open(result.bytes).read(WIESBADEN);
      expect(read.structured).toBe(true);
      expect(read.vorlage.sections.length).toBeGreaterThan(40);
    }
  });

  it("the DOM's work grows linearly: four times the paragraphs, at most 4.2 times the work", () => {
    const [small, large] = runs.map((r) => r.work) as [Work, Work];
    expect(large.mutations).toBeLessThanOrEqual(4.2 * small.mutations);
    expect(large.walked).toBeLessThanOrEqual(4.2 * small.walked);
  });

  it("re-indexes child lists a bounded number of times per clause, never the body once per paragraph", () => {
    const [small] = runs.map((r) => r.work) as [Work, Work];
    // Walking the body's child list once per paragraph would be 12,500 × thousands of entries.
    expect(small.walked).toBeLessThan(20 * 12_500);
  });
});

describe("recognize --renumber is linear in sub-points", () => {
  it("looks up sub-point controls without searching the whole body once per sub-point", () => {
    const input = longVorlage(2_500);
    const proto = XmlNode.prototype as unknown as { getElementsByTagNameNS?: (...args: unknown[]) => unknown };
    const owner = (Object.prototype.hasOwnProperty.call(proto, "getElementsByTagNameNS") ? proto : Object.getPrototypeOf(DocxDocument.open(input, { edit: true }).paragraphs()[0]?.element)) as { getElementsByTagNameNS: (...args: unknown[]) => unknown };
    const original = owner.getElementsByTagNameNS;
    let bodyScans = 0;
    owner.getElementsByTagNameNS = function (this: XmlNode, ...args: unknown[]) {
      if ((this as unknown as { localName?: string }).localName === "body" && args[1] === "sdt") bodyScans++;
      return original.apply(this, args);
    };
    try {
      const result = recognizeDocx(input, WIESBADEN, { renumber: true, ids: sequentialIds("s") });
      expect(result.outcome.wrapped).toBe(true);
    } finally {
      owner.getElementsByTagNameNS = original;
    }
    // 2,000 sub-points: one search of the body for all of them, not one each.
    expect(bodyScans).toBeLessThanOrEqual(3);
  });
});
