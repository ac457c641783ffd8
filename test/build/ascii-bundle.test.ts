/**
 * scripts/ascii-bundle.js: the compiled command made pure ASCII (so that it is read into a
 * one-byte string at every start) without changing what any of its code does.
 */
// scripts/ is plain CommonJS that the build runs as it is.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { asciiOnly } = require("../../scripts/ascii-bundle") as { asciiOnly: (source: string, name?: string) => string };

const isAscii = (s: string) => /^[\0-\x7f]*$/u.test(s);
/** Runs a piece of code that ends in an expression statement `result = …` and returns `result`. */
const run = (code: string): unknown => new Function(`let result; ${code}; return result;`)();

describe("a compiled bundle made pure ASCII", () => {
  it("leaves a file that is ASCII already as it is", () => {
    const code = 'result = /a-z/u.test("q") + "x";';
    expect(asciiOnly(code)).toBe(code);
  });

  it("escapes characters in regular expressions, which then match the same texts", () => {
    const code = 'const re = /(?:rund|ungefähr)\\s*[€$]|Straße|[ä-ü]+|\\ß/giu; result = ["ungefähr €", "STRASSE", "Straße", "öl", "ß", "x"].map((t) => { re.lastIndex = 0; return JSON.stringify(re.exec(t)); });';
    const out = asciiOnly(code.replace("|\\ß", ""));
    expect(isAscii(out)).toBe(true);
    expect(run(out)).toEqual(run(code.replace("|\\ß", "")));
    // An identity escape in a pattern without the u flag means the character itself.
    const identity = 'result = [/a\\ßb/.test("aßb"), /a\\ßb/.test("a\\\\ßb")];';
    expect(isAscii(asciiOnly(identity))).toBe(true);
    expect(run(asciiOnly(identity))).toEqual(run(identity));
  });

  it("keeps a character beyond the BMP one character in a pattern with the u flag", () => {
    const code = 'result = [/^[😀x]$/u.test("😀"), /^.$/u.test("😀"), /😀/.test("a😀")];';
    const out = asciiOnly(code);
    expect(isAscii(out)).toBe(true);
    expect(run(out)).toEqual([true, true, true]);
  });

  it("writes the same strings, template texts and names", () => {
    const code = 'const grüße = "Grüße – „x“"; const t = `${grüße} für €`; result = [grüße, t, "\\ä"];';
    const out = asciiOnly(code);
    expect(isAscii(out)).toBe(true);
    expect(run(out)).toEqual(run(code));
  });

  it("puts a character of a String.raw template in as a substitution, so that its raw text is the same", () => {
    const code = 'const N = String.raw`\\d+`; result = String.raw`(?:ca\\.|ungefähr)\\s*${N}\\s*(€|EUR)`;';
    const out = asciiOnly(code);
    expect(isAscii(out)).toBe(true);
    expect(run(out)).toBe(run(code));
    expect(run(out)).toBe("(?:ca\\.|ungefähr)\\s*\\d+\\s*(€|EUR)");
  });

  it("escapes comments, which mean nothing", () => {
    const out = asciiOnly("// „Beschluss“ – ä\nresult = 1; /* ß */");
    expect(isAscii(out)).toBe(true);
    expect(run(out)).toBe(1);
  });

  it("stops where an escape could change what the code does: another tag, an escaped character in a raw template", () => {
    expect(() => asciiOnly("const tag = (s) => s.raw[0]; result = tag`ä`;")).toThrow(/tagged tag/u);
    expect(() => asciiOnly("result = String.raw`\\ä`;")).toThrow(/String\.raw/u);
  });
});
