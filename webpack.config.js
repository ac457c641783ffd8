/* Builds the task pane, the ribbon command file and the browser preview into dist/.
 *
 *   npm run build                                                      → dist/ for https://localhost:3000/
 *   npm run build -- --env url=https://intranet.example.de/beschluss/  → dist/ for a city's own server
 *   npm run build -- --env officejs=https://intranet.example.de/officejs/office.js
 *                                         → office.js from a city's own copy (networks without Microsoft's CDN)
 *   webpack serve --env https            → the dev server over https with office-addin-dev-certs (npm run start:word)
 *
 * The manifest is copied with every https://localhost:3000/ rewritten to the hosting URL. The pages carry a
 * Content-Security-Policy: scripts only from the add-in's own origin and office.js's, no frames, no eval.
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * The built-in profiles are build inputs, so they are checked here with the same `parseProfile` the CLI runs on a
 * city's own profile (schema and cross-references); one that fails stops the build. The pages then ship them
 * without the schema validator (src/taskpane/pane-profile.ts).
 */
function checkBuiltinProfiles() {
  const { require: tsxRequire } = require("tsx/cjs/api");
  const { parseProfile } = tsxRequire("./src/core/profile/parse-profile.ts", path.join(__dirname, "webpack.config.js"));
  const dir = path.join(__dirname, "src/core/profile/profiles");
  for (const file of require("node:fs").readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    try {
      parseProfile(JSON.parse(require("node:fs").readFileSync(path.join(dir, file), "utf8")));
    } catch (e) {
      throw new Error(`built-in profile ${file}: ${e.message}`);
    }
  }
}

/** The pages' Content-Security-Policy: no third-party frames (office.js would open a telemetry iframe), no eval. */
function csp(officeJs, worker = false) {
  const officeOrigin = /^https:\/\//.test(officeJs) ? ` ${new URL(officeJs).origin}` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${officeOrigin}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src 'self'${officeOrigin}`,
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    ...(worker ? ["worker-src 'self'"] : []),
  ].join("; ");
}

/**
 * What each page requests at start besides its entry: the Word pane the Word adapter (a dynamic import, so that its
 * code is parsed and run after the pane's own). A `<link rel="preload">` for each of
 * their files lets the browser fetch them while it fetches and runs the entry, instead of after; the entry's
 * `import()` then finds them loaded. The CSP's script-src applies to preloads as to scripts.
 */
// Not the preview's engine: the preview is usable before it (src/preview/preview-start.ts) and requests it once the
// pane has been drawn; preloaded, its 70 KB were parsed beside the entry on a 2-core machine and delayed the pane.
const PRELOAD = { taskpane: ["word"] };

class PreloadStartChunks {
  apply(compiler) {
    compiler.hooks.compilation.tap("PreloadStartChunks", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tapAsync("PreloadStartChunks", (data, done) => {
        const groups = (data.plugin.options.chunks === "all" ? [] : data.plugin.options.chunks).flatMap((entry) => PRELOAD[entry] ?? []);
        const files = new Set();
        for (const name of groups) {
          const group = compilation.namedChunkGroups.get(name);
          if (!group) throw new Error(`PreloadStartChunks: no chunk group "${name}" (its import() needs /* webpackChunkName: "${name}" */)`);
          for (const file of group.getFiles()) if (file.endsWith(".js")) files.add(file);
        }
        const publicPath = data.publicPath ?? "";
        for (const file of files) data.headTags.push({ tagName: "link", voidTag: true, meta: { plugin: "PreloadStartChunks" }, attributes: { rel: "preload", as: "script", href: `${publicPath}${file}` } });
        done(null, data);
      });
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode ?? "production";
  const url = env.url ? (env.url.endsWith("/") ? env.url : `${env.url}/`) : DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`--env url must be an https:// address (Office loads add-ins over https only), got "${url}"`);
  const officeJs = env.officejs ?? OFFICE_JS_CDN;
  if (!/^(https:\/\/|\/)/.test(officeJs)) throw new Error(`--env officejs must be an https:// address or a path on the add-in's server, got "${officeJs}"`);
  const page = { officeJs, csp: csp(officeJs) };
  checkBuiltinProfiles();
  // Certificates for https only when asked (sideloading into Word); the preview runs on plain http://localhost.
  const https = env.https ? { type: "https", options: await require("office-addin-dev-certs").getHttpsServerOptions() } : undefined;
  return {
    mode,
    devtool: mode === "development" ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
      // The reviewers' page and the Web Worker that reads .docx files for it (its own entry: a worker is a separate script).
      desk: "./src/desk/index.tsx",
      "desk-worker": "./src/desk/read-worker.ts",
    },
    // globalThis is there in every browser the pane runs in (React 18 and Fluent UI v9 need an evergreen one): the
    // runtime then reads it directly, with no `new Function("return this")` fallback that the CSP (no eval) forbids.
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].[contenthash:8].js", clean: true, environment: { globalThis: true } },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // The zip reader inflates with Node's zlib in the command; the pages get fflate instead (no node:zlib in a browser).
      // Likewise the reading of a part's bytes undecoded (node:buffer): the pages decode every part whole.
      alias: {
        [path.resolve(__dirname, "src/document/docx/inflate-node")]: path.resolve(__dirname, "src/document/docx/inflate-browser.ts"),
        [path.resolve(__dirname, "src/document/ooxml/bytes-node")]: path.resolve(__dirname, "src/document/ooxml/bytes-browser.ts"),
      },
    },
    module: {
      rules: [
        // Loaders run last to first: TypeScript, then our makeStyles/makeResetStyles compiled to Griffel's __styles
        // (@griffel/webpack-loader), then their CSS taken out of the code into the one CSS file (below).
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            GriffelCSSExtractionPlugin.loader,
            "@griffel/webpack-loader",
            { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: mode === "development" } } },
          ],
        },
        // Fluent UI v9 ships its styles precompiled (__styles/__resetStyles with their CSS): the CSS is taken out too.
        { test: /\.js$/, include: /[\\/]node_modules[\\/]@fluentui[\\/]/, use: GriffelCSSExtractionPlugin.loader },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
      ],
    },
    plugins: [
      // Griffel's CSS at build time (all pages' rules in one file, sorted as Griffel's runtime would order them), so
      // that the pages link a stylesheet instead of computing and inserting ~700 rules in their first render.
      new MiniCssExtractPlugin({ filename: "[name].[contenthash:8].css", ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      new PreloadStartChunks(),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], templateParameters: page }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"], templateParameters: page }),
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"], templateParameters: { csp: csp("") } }),
      // The dev server's front page is the preview, so that `npm start` shows the product at once.
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/preview/preview.html", chunks: ["preview"], templateParameters: { csp: csp("") } }),
      new HtmlWebpackPlugin({
        filename: "pruefen.html",
        template: "./src/desk/pruefen.html",
        chunks: ["desk"],
        templateParameters: (compilation) => ({ csp: csp("", true), worker: compilation.entrypoints.get("desk-worker").getFiles().find((f) => f.endsWith(".js")) }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => content.toString().split(DEV_URL).join(url) },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      ...(https ? { server: https } : {}),
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: { warnings: false } },
    },
  };
};
