/* Builds the task pane and the ribbon command file into dist/.
 *
 *   npm run build                                              → dist/ for https://localhost:3000/
 *   npm run build -- --env url=https://intranet.example.de/beschluss/   → dist/ for a city's own server
 *
 * The manifest is copied with every https://localhost:3000/ rewritten to the hosting URL.
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode ?? "production";
  const url = env.url ? (env.url.endsWith("/") ? env.url : `${env.url}/`) : DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`--env url must be an https:// address (Office loads add-ins over https only), got "${url}"`);
  return {
    mode,
    devtool: mode === "development" ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].[contenthash:8].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: mode === "development" } } } }],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] }),
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
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: { warnings: false } },
    },
  };
};
