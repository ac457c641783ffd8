import { spawnSync } from "node:child_process";
import { join } from "node:path";

/**
 * V8's elements kind of an array, asked in a Node of its own with V8's test intrinsics
 * (`--allow-natives-syntax`): the module is loaded there from its TypeScript source by tsx.
 */
function elementsKind(expression: string): { readonly smi: boolean; readonly object: boolean; readonly length: number } {
  const source = join(__dirname, "../../../src/document/ooxml/object-list.ts");
  const script = `
    const { objectList } = require("tsx/cjs/api").require(${JSON.stringify(source)}, __filename);
    const list = ${expression};
    console.log(JSON.stringify({ smi: %HasSmiElements(list), object: %HasObjectElements(list), length: list.length }));
  `;
  const r = spawnSync(process.execPath, ["--allow-natives-syntax", "-e", script], { cwd: join(__dirname, "../../.."), encoding: "utf8", timeout: 60_000 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { smi: boolean; object: boolean; length: number };
}

describe("objectList", () => {
  it("is an empty array whose elements kind is already that of strings and objects, so that a push of one never changes it", () => {
    expect(elementsKind("objectList()")).toEqual({ smi: false, object: true, length: 0 });
  });

  it("differs from an array literal, which starts as an array of small integers (the probe can tell them apart)", () => {
    expect(elementsKind("[]")).toEqual({ smi: true, object: false, length: 0 });
  });

  it("takes and gives back what is pushed, as any array", () => {
    expect(elementsKind('(() => { const l = objectList(); l.push("p", "r"); l.pop(); return l; })()')).toEqual({ smi: false, object: true, length: 1 });
  });
});
