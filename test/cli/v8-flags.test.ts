import { commandOf } from "../../src/cli/main";

// bin/ is plain CommonJS that the installed package runs as it is.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { v8FlagsFor } = require("../../bin/v8-flags") as { v8FlagsFor: (command: string | undefined, v8Version?: string) => string[] };

describe("the V8 flags the compiled command sets for a run", () => {
  it("runs diff without Turbofan on the V8 it was measured on (Node 20's V8 11)", () => {
    expect(v8FlagsFor("diff", "11.3.244.8-node.33")).toEqual(["--no-turbofan"]);
  });

  it("leaves every other command, and no command at all, to V8's defaults", () => {
    for (const command of ["check", "recognize", "export", "new", "help", undefined]) expect(v8FlagsFor(command, "11.3.244.8")).toEqual([]);
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
});
