import { commandOf, positionalsOf } from "../../src/cli/main";

// bin/ is plain CommonJS that the installed package runs as it is.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { v8FlagsFor, SHORT_CHECK_FILES, SHORT_CHECK_BYTES } = require("../../bin/v8-flags") as {
  v8FlagsFor: (command: string | undefined, v8Version?: string, files?: readonly string[], sizeOf?: (file: string) => number | undefined) => string[];
  SHORT_CHECK_FILES: number;
  SHORT_CHECK_BYTES: number;
};

/** Sizes of made-up files: a folder and a missing file have none. */
const sizes: Record<string, number> = { "a.docx": 60_000, "b.docx": 60_000, "c.docx": 60_000, "d.docx": 60_000, "gross.docx": 2_000_000 };
const sizeOf = (file: string): number | undefined => sizes[file];

describe("the V8 flags the compiled command sets for a run", () => {
  it("runs diff without Turbofan, and with each regular expression compiled once, on the V8 it was measured on (Node 20's V8 11)", () => {
    expect(v8FlagsFor("diff", "11.3.244.8-node.33")).toEqual(["--no-turbofan", "--no-regexp-tier-up"]);
  });

  it("runs a check of one to three files without Turbofan, a run as short as a diff", () => {
    expect(v8FlagsFor("check", "11.3.244.8", ["a.docx"], sizeOf)).toEqual(["--no-turbofan", "--no-regexp-tier-up"]);
    expect(v8FlagsFor("check", "11.3.244.8", ["a.docx", "b.docx", "c.docx"], sizeOf)).toEqual(["--no-turbofan", "--no-regexp-tier-up"]);
    expect(SHORT_CHECK_FILES).toBe(3);
  });

  it("runs export and recognize of a file without Turbofan too, and a recognize of many files with it", () => {
    expect(v8FlagsFor("export", "11.3.244.8", ["a.docx"], sizeOf)).toEqual(["--no-turbofan", "--no-regexp-tier-up"]);
    expect(v8FlagsFor("recognize", "11.3.244.8", ["a.docx"], sizeOf)).toEqual(["--no-turbofan", "--no-regexp-tier-up"]);
    expect(v8FlagsFor("recognize", "11.3.244.8", ["a.docx", "b.docx", "c.docx", "d.docx"], sizeOf)).toEqual([]);
  });

  it("keeps Turbofan for a check of a folder, of more files, of large files, or of a file it cannot see", () => {
    // Four files may start a worker thread (check-pool.ts), whose code cache V8 would refuse under other flags.
    expect(v8FlagsFor("check", "11.3.244.8", ["a.docx", "b.docx", "c.docx", "d.docx"], sizeOf)).toEqual([]);
    expect(v8FlagsFor("check", "11.3.244.8", ["ordner"], sizeOf)).toEqual([]);
    expect(v8FlagsFor("check", "11.3.244.8", ["a.docx", "ordner"], sizeOf)).toEqual([]);
    expect(v8FlagsFor("check", "11.3.244.8", ["gross.docx"], sizeOf)).toEqual([]);
    expect(SHORT_CHECK_BYTES).toBeLessThan(2_000_000);
    expect(v8FlagsFor("check", "11.3.244.8", [], sizeOf)).toEqual([]);
    const throws = () => {
      throw new Error("EACCES");
    };
    expect(v8FlagsFor("check", "11.3.244.8", ["a.docx"], throws)).toEqual([]);
    expect(v8FlagsFor("check", "12.4.254.21", ["a.docx"], sizeOf)).toEqual([]);
  });

  it("reads the real files' sizes: a folder is no short check, a file is", () => {
    expect(v8FlagsFor("check", "11.3.244.8", [__dirname])).toEqual([]);
    expect(v8FlagsFor("check", "11.3.244.8", [__filename])).toEqual(["--no-turbofan", "--no-regexp-tier-up"]);
    expect(v8FlagsFor("check", "11.3.244.8", [`${__filename}.fehlt`])).toEqual([]);
  });

  it("leaves every other command, and no command at all, to V8's defaults", () => {
    for (const command of ["check", "recognize", "export", "new", "help", undefined]) expect(v8FlagsFor(command, "11.3.244.8")).toEqual([]);
    expect(v8FlagsFor("constructor", "11.3.244.8", ["a.docx"], sizeOf)).toEqual([]);
    expect(v8FlagsFor("new", "11.3.244.8", ["a.docx"], sizeOf)).toEqual([]);
    // A name that is a property of every object is no command either.
    expect(v8FlagsFor("constructor", "11.3.244.8")).toEqual([]);
  });

  it("sets nothing under a V8 whose flags were not measured, where an unknown flag would print into diff's output", () => {
    expect(v8FlagsFor("diff", "12.4.254.21-node.33")).toEqual([]);
    expect(v8FlagsFor("diff", "10.2.154.26")).toEqual([]);
  });

  it("finds the command word the flags are chosen by behind options and their values", () => {
    expect(commandOf(["--lang", "en", "--profile", "karlsruhe", "diff", "a.docx", "b.docx"])).toBe("diff");
    expect(commandOf(["--json", "diff", "a.docx", "b.docx"])).toBe("diff");
    expect(commandOf(["-o", "diff", "check", "x.docx"])).toBe("check");
    expect(commandOf(["--help"])).toBeUndefined();
  });

  it("finds the files behind the command word, without options' values", () => {
    expect(positionalsOf(["check", "--report", "bericht.html", "a.docx", "--profile=karlsruhe", "b.docx"])).toEqual(["check", "a.docx", "b.docx"]);
    expect(positionalsOf(["-o", "neu.docx", "recognize", "x.docx", "--", "--y.docx"])).toEqual(["recognize", "x.docx", "--y.docx"]);
    expect(positionalsOf(["check", "--json"])).toEqual(["check"]);
  });
});
