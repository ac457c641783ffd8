// Compiles the `beschluss` command to one JavaScript file for the packed package (npm pack
// runs it as `prepack`). Our sources are bundled (TypeScript, the profiles' JSON, the
// generated profile validator), and so is the little we use of date-fns (`isExists`; the
// package itself is 28 MB). The runtime dependencies (package.json "dependencies") stay
// external and are installed by npm beside it, visible to npm audit and SBOMs. React, Fluent
// UI, tsx and esbuild are build tools and never reach the package.
const { build } = require("esbuild");
const { readFileSync, readdirSync, rmSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const outdir = join(root, "dist-cli");
/** Packages compiled into the file; everything else from node_modules must be a runtime dependency. */
const BUNDLED = ["date-fns"];

function licenceOf(name) {
  const dir = join(root, "node_modules", name);
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  const version = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
  return `${name} ${version}\n\n${file ? readFileSync(join(dir, file), "utf8").trim() : "(no licence file)"}\n`;
}

/**
 * The XML DOM (@xmldom/xmldom) is loaded when a command first builds a tree, not at start:
 * reading a document streams its XML (saxes) and needs the DOM only for editing, lists
 * (numbering.xml) and a metadata part that must be compared; loading it costs every command
 * about 50 ms (its HTML entity table). Our sources use two of its classes; this stands in
 * for them and hands over to the real ones on first use. Types are not affected.
 */
const LAZY_XMLDOM = `
let xmldom;
const load = () => (xmldom ??= require("@xmldom/xmldom"));
export class DOMParser { constructor(options) { return new (load().DOMParser)(options); } }
export class XMLSerializer { constructor() { return new (load().XMLSerializer)(); } }
`;
const lazyXmldom = {
  name: "lazy-xmldom",
  setup(b) {
    b.onResolve({ filter: /^@xmldom\/xmldom$/ }, (args) =>
      args.namespace === "lazy-xmldom" ? { path: "@xmldom/xmldom", external: true } : { path: "@xmldom/xmldom", namespace: "lazy-xmldom" },
    );
    b.onLoad({ filter: /.*/, namespace: "lazy-xmldom" }, () => ({ contents: LAZY_XMLDOM, loader: "js", resolveDir: root }));
  },
};

async function main() {
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: { beschluss: join(root, "src/cli/main.ts") },
    outdir,
    bundle: true,
    platform: "node",
    target: `node${pkg.engines.node.replace(/[^0-9.]/g, "").split(".")[0]}`,
    format: "cjs",
    external: Object.keys(pkg.dependencies),
    legalComments: "eof",
    metafile: true,
    logLevel: "warning",
    plugins: [lazyXmldom],
  });
  const packages = new Set(
    Object.keys(result.metafile.inputs)
      .map((p) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p)?.[1])
      .filter(Boolean),
  );
  const foreign = [...packages].filter((p) => !BUNDLED.includes(p));
  if (foreign.length) throw new Error(`bundled, but neither a runtime dependency nor meant to be bundled: ${foreign.join(", ")}`);
  writeFileSync(join(outdir, "THIRD-PARTY-LICENSES.txt"), [...packages].map(licenceOf).join("\n---\n\n"));
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  console.log(`dist-cli/beschluss.js: ${(bytes / 1024).toFixed(0)} KiB (bundled: ${[...packages].join(", ") || "none"})`);
}

main().catch((e) => {
  console.error(e.message);
  process.exitCode = 1;
});
