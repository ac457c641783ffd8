import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importCycles, importGraph, specifiersOf } from "./import-graph";

/**
 * The modules of the core form no cycle (a module can be read, tested and moved after
 * what it imports), and the Word pane does not reach into the browser preview: what both
 * need lives where neither owns it.
 */
const REPO = join(__dirname, "../..");

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "import-graph-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

describe("the import graph the architecture tests walk", () => {
  it("reads imports, type-only imports, re-exports, bare and dynamic imports", () => {
    const source = [
      'import { a } from "./a";',
      'import type { B } from "./b";',
      "import {\n  type C,\n  d,\n} from './c';",
      'export { e } from "./e";',
      'export type { F } from "./f";',
      'export * as g from "./g";',
      'import "./h";',
      'const i = await import("./i");',
      'import React, { useState } from "react";',
      'export const j = "./not-an-import";',
    ].join("\n");
    expect(specifiersOf(source)).toEqual(["./a", "./b", "./c", "./e", "./f", "./g", "./h", "./i", "react"]);
  });

  it("finds a cycle made of type-only imports, and a longer one, but not a diamond", () => {
    const root = tree({
      "a.ts": 'import type { B } from "./b";\nexport type A = B;',
      "b.ts": 'import type { A } from "./a";\nexport type B = { a?: A };',
      "x/one.ts": 'export { two } from "./two";',
      "x/two.ts": 'import { three } from "../y/three";\nexport const two = three;',
      "y/three.ts": 'import { one } from "../x/one";\nexport const three = one;',
      "d/top.ts": 'import "./left";\nimport "./right";',
      "d/left.ts": 'import "./bottom";',
      "d/right.ts": 'import "./bottom";',
      "d/bottom.ts": 'import "../../outside";',
    });
    try {
      expect(importCycles(importGraph(root))).toEqual([["a.ts", "b.ts"], ["x/one.ts", "x/two.ts", "y/three.ts"]]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("the shape of src", () => {
  it("has no import cycle among the modules of src/core", () => {
    const graph = importGraph(join(REPO, "src/core"), REPO);
    expect(graph.size).toBeGreaterThan(50);
    expect(importCycles(graph)).toEqual([]);
  });

  it("keeps the task pane from importing anything of the preview", () => {
    const graph = importGraph(join(REPO, "src/taskpane"), REPO);
    expect(graph.has("src/taskpane/index.tsx")).toBe(true);
    const intoPreview = [...graph].flatMap(([file, targets]) => targets.filter((t) => t.startsWith("src/preview/")).map((t) => `${file} → ${t}`));
    expect(intoPreview).toEqual([]);
  });
});
