import { strToU8, zipSync } from "fflate";
import type * as Zlib from "node:zlib";
import { crc32Js } from "../../../src/document/docx/inflate";
import { inflater as browserInflater } from "../../../src/document/docx/inflate-browser";
import { inflater as nodeInflater } from "../../../src/document/docx/inflate-node";
import { DEFAULT_LIMITS, openZip } from "../../../src/document/docx/zip-package";
import { plainDocx } from "../../fixtures/docx";
import { docxErrorOf } from "../../fixtures/docx-error";


/** Offset of the first central-directory entry (PK\1\2). */
const centralEntry = (bytes: Uint8Array): number => Buffer.from(bytes).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));

/** Node's zlib module itself (what inflate-node.ts calls into), so that spies see its calls. */
const zlib = jest.requireActual<typeof Zlib>("node:zlib");

afterEach(() => jest.restoreAllMocks());

describe("the zip reader in Node inflates and checks with zlib", () => {
  it("inflates every deflated part with zlib.inflateRawSync and checks each with zlib.crc32", () => {
    const inflate = jest.spyOn(zlib, "inflateRawSync");
    const crc = jest.spyOn(zlib, "crc32");
    const docx = plainDocx(["1. Es wird beschlossen, dass", "1.1 die Verwaltung beauftragt wird."]);
    const parts = openZip(docx);
    expect(nodeInflater.kind).toBe("node-zlib");
    expect(inflate).toHaveBeenCalled();
    expect(crc).toHaveBeenCalledTimes(parts.size);
    expect(new TextDecoder().decode(parts.get("word/document.xml"))).toContain("die Verwaltung beauftragt wird.");
  });

  it("stops zlib at the declared size when the directory lies, and refuses the archive", () => {
    const inflate = jest.spyOn(zlib, "inflateRawSync");
    const bytes = Buffer.from(zipSync({ "word/document.xml": new Uint8Array(2_000_000) }));
    bytes.writeUInt32LE(1000, centralEntry(bytes) + 24); // declared: 1,000 bytes inflated
    const e = docxErrorOf(() => openZip(new Uint8Array(bytes), () => true, { ...DEFAULT_LIMITS, maxRatio: Infinity }));
    expect(e.reason).toBe("damaged-zip");
    // zlib itself refused to produce more than the 1,000 declared bytes (maxOutputLength).
    expect(inflate.mock.calls[0]?.[1]).toMatchObject({ maxOutputLength: 1000 });
    expect(inflate.mock.results[0]?.type).toBe("throw");
  });

  it("still refuses a zip bomb from the directory before zlib inflates anything", () => {
    const inflate = jest.spyOn(zlib, "inflateRawSync");
    const bomb = zipSync({ "word/document.xml": new Uint8Array(5 * 1024 * 1024) });
    expect(docxErrorOf(() => openZip(bomb)).reason).toBe("zip-bomb");
    expect(inflate).not.toHaveBeenCalled();
  });

  it("refuses a part whose checksum does not match, deflated or stored", () => {
    for (const level of [6, 0] as const) {
      const bytes = Buffer.from(zipSync({ "word/document.xml": strToU8("<w:document>Beschluss</w:document>") }, { level }));
      const at = centralEntry(bytes) + 16;
      bytes.writeUInt32LE((bytes.readUInt32LE(at) ^ 1) >>> 0, at);
      const e = docxErrorOf(() => openZip(new Uint8Array(bytes)));
      expect(e.reason).toBe("damaged-zip");
      expect(e.message).toContain("checksum");
    }
  });

  it("refuses damaged deflate data as a damaged archive", () => {
    const bytes = zipSync({ "word/document.xml": strToU8("<w:document>".repeat(200)) });
    const data = 30 + "word/document.xml".length; // the local header has no extra field
    for (let i = data; i < data + 20; i++) bytes[i] = 0xff;
    expect(docxErrorOf(() => openZip(bytes)).reason).toBe("damaged-zip");
  });
});

describe("the browser's inflate", () => {
  it("inflates byte for byte as zlib does", () => {
    const text = strToU8("<w:p><w:r><w:t>1. Es wird zur Kenntnis genommen, dass die Maßnahme umgesetzt wird.</w:t></w:r></w:p>".repeat(500));
    const raw = new Uint8Array(zlib.deflateRawSync(text));
    const viaNode = nodeInflater.inflateRaw(raw, text.length);
    const viaBrowser = browserInflater.inflateRaw(raw, text.length);
    expect(Buffer.compare(Buffer.from(viaBrowser), Buffer.from(viaNode))).toBe(0);
    expect(Buffer.compare(Buffer.from(viaNode), Buffer.from(text))).toBe(0);
  });

  it("never returns more than the declared size for a lying directory", () => {
    const raw = new Uint8Array(zlib.deflateRawSync(new Uint8Array(100_000)));
    let out: Uint8Array | undefined;
    try {
      out = browserInflater.inflateRaw(raw, 1000);
    } catch {
      out = undefined; // refusing is as good as stopping at the declared size
    }
    expect(out === undefined || out.length <= 1000).toBe(true);
  });

  it("computes the same CRC-32 as zlib", () => {
    const data = new Uint8Array(70_000).map((_, i) => (i * 7919) % 251);
    expect(crc32Js(data)).toBe(zlib.crc32(data));
    expect(crc32Js(new Uint8Array(0))).toBe(0);
    expect(crc32Js(strToU8("123456789"))).toBe(0xcbf43926);
  });
});

describe("on a Node without zlib.crc32 (before 20.15)", () => {
  it("falls back to the JavaScript CRC-32", () => {
    jest.isolateModules(() => {
      jest.doMock("node:zlib", () => ({ ...jest.requireActual<typeof Zlib>("node:zlib"), crc32: undefined }));
      const { inflater } = jest.requireActual<typeof import("../../../src/document/docx/inflate-node")>("../../../src/document/docx/inflate-node");
      const { crc32Js: fallback } = jest.requireActual<typeof import("../../../src/document/docx/inflate")>("../../../src/document/docx/inflate");
      expect(inflater.crc32).toBe(fallback);
    });
    jest.dontMock("node:zlib");
  });
});
