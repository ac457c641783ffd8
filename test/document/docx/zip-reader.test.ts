import { strToU8, zipSync } from "fflate";
import { DocxError } from "../../../src/document/ooxml/docx-error";
import { openZip, zipReader } from "../../../src/document/docx/zip-package";

const reason = (run: () => unknown): string => {
  try {
    run();
  } catch (e) {
    if (e instanceof DocxError) return e.reason;
    throw e;
  }
  return "accepted";
};

describe("taking parts of a zip in two steps (zipReader)", () => {
  const zip = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "_rels/.rels": strToU8("<Relationships/>"), "word/document.xml": strToU8("<w:document/>") });

  it("gives the parts openZip gives, in the directory's order", () => {
    const reader = zipReader(zip);
    expect([...reader.parts((n) => n === "_rels/.rels").keys()]).toEqual(["_rels/.rels"]);
    const all = reader.parts(() => true);
    const once = openZip(zip);
    expect([...all.keys()]).toEqual([...once.keys()]);
    for (const [name, bytes] of once) expect(all.get(name)).toEqual(bytes);
  });

  it("does not inflate a part taken before again: the same bytes come back", () => {
    const reader = zipReader(zip);
    const first = reader.parts((n) => n === "_rels/.rels").get("_rels/.rels");
    expect(first).toBeDefined();
    expect(reader.parts(() => true).get("_rels/.rels")).toBe(first);
  });

  it("refuses what openZip refuses before any part is taken", () => {
    expect(reason(() => zipReader(strToU8("kein zip")))).toBe("not-a-zip");
    expect(reason(() => zipReader(zipSync({ "../x.xml": strToU8("x") })))).toBe("unsafe-entry");
    const bomb = zipSync({ "word/document.xml": new Uint8Array(5 * 1024 * 1024) });
    expect(reason(() => zipReader(bomb))).toBe("zip-bomb");
  });

  it("refuses a part whose bytes do not match its checksum when it is taken", () => {
    const damaged = zipSync({ "a.xml": strToU8("<a>unverändert</a>") }, { level: 0 });
    const at = damaged.indexOf(0x75 /* u */, 30);
    damaged[at] = 0x55;
    const reader = zipReader(damaged);
    expect(reason(() => reader.parts(() => true))).toBe("damaged-zip");
  });
});
