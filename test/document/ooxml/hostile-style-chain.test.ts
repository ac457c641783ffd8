import { hiddenStyleIds } from "../../../src/document/ooxml/hidden-text";
import { W_NS } from "../../../src/document/ooxml/ooxml";

/**
 * A styles part whose styles are based on one another in a chain of many thousands (valid
 * WordprocessingML: ECMA-376 §17.7.4.3 sets no limit on w:basedOn). Whether a style hides its
 * text was asked of each style by walking its chain again, recursively: a chain of 20,000
 * (a 100 KB .docx) ended `check` after 40 s with a stack overflow, exit 3 and a trace.
 */
const chain = (n: number, rootHides: boolean, hidingAt?: number): string => {
  const styles = [`<w:style w:type="paragraph" w:styleId="S0"><w:name w:val="S0"/><w:rPr><w:vanish w:val="${rootHides ? "1" : "0"}"/></w:rPr></w:style>`];
  for (let i = 1; i < n; i++) {
    const own = i === hidingAt ? `<w:rPr><w:vanish/></w:rPr>` : "";
    styles.push(`<w:style w:type="paragraph" w:styleId="S${i}"><w:basedOn w:val="S${i - 1}"/>${own}</w:style>`);
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}">${styles.join("")}</w:styles>`;
};

describe("a chain of styles based on one another, thousands long", () => {
  it("is read without a stack overflow: a style hides its text where its nearest own setting says so", () => {
    const n = 30_000;
    const hidden = hiddenStyleIds(chain(n, false, 20_000));
    expect(hidden.has("S19999")).toBe(false);
    expect(hidden.has("S20000")).toBe(true);
    expect(hidden.has(`S${n - 1}`)).toBe(true);
    expect(hidden.size).toBe(n - 20_000);
  });

  it("a root that hides hides the whole chain; a loop in basedOn hides nothing it does not say", () => {
    expect(hiddenStyleIds(chain(50, true)).size).toBe(50);
    const loop = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}"><w:style w:styleId="A"><w:basedOn w:val="B"/></w:style><w:style w:styleId="B"><w:basedOn w:val="A"/></w:style><w:style w:styleId="C"><w:rPr><w:vanish/></w:rPr></w:style><w:style w:styleId="D"><w:basedOn w:val="A"/></w:style></w:styles>`;
    expect([...hiddenStyleIds(loop)].sort()).toEqual(["C"]);
  });
});
