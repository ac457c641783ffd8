import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/**
 * A small import graph over TypeScript sources, for the architecture tests: every
 * `import … from`, `import type … from`, `export … from`, bare `import "…"` and dynamic
 * `import("…")` with a relative specifier that names a .ts/.tsx file under the root.
 * Type-only imports count: a cycle of types is still two modules that cannot be read
 * (or moved) one without the other.
 */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

const SPECIFIER = /\b(?:import|export)\s*(?:type\s+)?(?:[\w*{}\s,$]*?\s*from\s*)?["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)/g;
const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The specifiers a source file imports or re-exports from, in the order they appear. */
export function specifiersOf(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((m) => (m[1] ?? m[2]) as string);
}

function resolveRelative(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const base = resolve(dirname(from), spec);
  return EXTENSIONS.map((ext) => base + ext).find((p) => /\.tsx?$/.test(p) && existsSync(p) && statSync(p).isFile());
}

/**
 * Every .ts/.tsx file under `root` (a directory) with the files it imports, as paths
 * relative to `base`. Imports that leave `root` are kept too (they are edges out of it),
 * so that one graph answers both "is there a cycle inside" and "what does it reach".
 */
export function importGraph(root: string, base: string = root): ImportGraph {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const targets = specifiersOf(readFileSync(file, "utf8"))
      .map((spec) => resolveRelative(file, spec))
      .filter((p): p is string => p !== undefined)
      .map((p) => relative(base, p));
    graph.set(relative(base, file), [...new Set(targets)]);
  }
  return graph;
}

/**
 * The import cycles of a graph: each strongly connected component of more than one
 * module, or a module that imports itself, as its sorted member list (Tarjan's algorithm).
 */
export function importCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!graph.has(to)) continue; // an edge out of the graph's root cannot close a cycle inside it
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) as number, low.get(to) as number));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node) as number, index.get(to) as number));
      }
    }
    if (low.get(node) === index.get(node)) {
      const members: string[] = [];
      for (let m = stack.pop(); m !== undefined; m = stack.pop()) {
        onStack.delete(m);
        members.push(m);
        if (m === node) break;
      }
      if (members.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(members.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles;
}
