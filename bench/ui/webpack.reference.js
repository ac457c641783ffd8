// The add-in's webpack configuration with the reference pane as its only page.
const HtmlWebpackPlugin = require("html-webpack-plugin");
const base = require("../../webpack.config.js");

module.exports = async (env, argv) => {
  const config = await base(env, argv);
  return {
    ...config,
    entry: { reference: "./bench/ui/reference.tsx" },
    plugins: [new HtmlWebpackPlugin({ filename: "reference.html", template: "./src/preview/preview.html", chunks: ["reference"], templateParameters: { csp: "default-src 'self'; style-src 'self' 'unsafe-inline'" } })],
  };
};
