// The add-in's webpack configuration with the reference pane as its only page, built the way a `yo office` React
// project builds it: TypeScript through ts-loader, HtmlWebpackPlugin, and Fluent UI's styles computed and inserted by
// Griffel's runtime (no CSS extraction; the add-in's own build extracts them, see webpack.config.js). It is the
// yardstick of issue #13, item 5: a bare Fluent UI v9 pane as anyone gets it from the template.
const HtmlWebpackPlugin = require("html-webpack-plugin");
const base = require("../../webpack.config.js");

module.exports = async (env, argv) => {
  const config = await base(env, argv);
  return {
    ...config,
    entry: { reference: "./bench/ui/reference.tsx" },
    module: { rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext" } } } }] },
    plugins: [new HtmlWebpackPlugin({ filename: "reference.html", template: "./src/preview/preview.html", chunks: ["reference"], templateParameters: { csp: "default-src 'self'; style-src 'self' 'unsafe-inline'" } })],
  };
};
