import { strFromU8, unzipSync } from "fflate";
import { finanzierung } from "../../../src/core/model/builders";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { PROPERTY_NAMES } from "../../../src/core/metadata/document-properties";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { readCustomProperties, writeCustomProperties, type MutableParts } from "../../../src/document/docx/package-parts";
import { reference0057 } from "../../fixtures/reference-0057";

const withBetrag = (betragCent: number) => {
  const v = reference0057();
  return { ...v, finanzierung: { ...(v.finanzierung ?? finanzierung()), auswirkungen: true, betragCent } };
};
/** The custom properties part of a new document, and the value element of the Betrag in it. */
const betragIn = (betragCent: number) => {
  const bytes = DocxDocument.create(withBetrag(betragCent), WIESBADEN, "2025-05-06T09:00:00Z").save();
  const xml = strFromU8(unzipSync(bytes)["docProps/custom.xml"] as Uint8Array);
  const element = new RegExp(`name="${PROPERTY_NAMES.betrag}">(<vt:[^>]+>[^<]*</vt:[^>]+>)</property>`).exec(xml)?.[1];
  return { element, read: DocxDocument.open(bytes).properties().get(PROPERTY_NAMES.betrag) };
};

describe("the Betrag in the custom document properties", () => {
  it.each([
    [214_748_364_800, "2147483648", 2_147_483_648],
    [9_999_999_999_999, "99999999999.99", 99_999_999_999.99],
    [100_000, "1000", 1000],
    [123_45, "123.45", 123.45],
  ])("%i cents: a floating-point number of euros (vt:r8) that reads back the same, never an overflowing vt:i4", (cents, written, euros) => {
    const { element, read } = betragIn(cents);
    expect(element).toBe(`<vt:r8>${written}</vt:r8>`);
    expect(read).toBe(euros);
    expect(Math.round((read as number) * 100)).toBe(cents);
  });
});

describe("numbers in custom properties of other programs' kind", () => {
  it("an integer that does not fit 32 bits is written as vt:r8, one that does as vt:i4", () => {
    const parts: MutableParts = new Map();
    writeCustomProperties(parts, [
      { name: "klein", value: 2_147_483_647 },
      { name: "gross", value: 2_147_483_648 },
      { name: "negativ", value: -2_147_483_649 },
    ]);
    const xml = strFromU8(parts.get("docProps/custom.xml") as Uint8Array);
    expect(xml).toContain('name="klein"><vt:i4>2147483647</vt:i4>');
    expect(xml).toContain('name="gross"><vt:r8>2147483648</vt:r8>');
    expect(xml).toContain('name="negativ"><vt:r8>-2147483649</vt:r8>');
    expect([...readCustomProperties(parts)]).toEqual([["klein", 2_147_483_647], ["gross", 2_147_483_648], ["negativ", -2_147_483_649]]);
  });
});
