// ESLint flat config. The important part is the boundary of the domain core:
// src/core must stay pure (no office-js, React, DOM or Node), so that it can be
// tested without Word and reused by the CLI, the .docx engine and the task pane.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");

/** Imports the domain core must never make. */
const coreForbiddenImports = {
  patterns: [
    { group: ["react", "react-*", "react/*", "@fluentui/*"], message: "src/core is pure: no React or Fluent UI." },
    { group: ["office-js", "@microsoft/*", "office-*"], message: "src/core is pure: no office-js." },
    { group: ["node:*", "fs", "fs/*", "path", "os", "child_process", "crypto", "stream", "util", "zlib", "url", "buffer", "process", "events", "http", "https", "net"], message: "src/core is pure: no Node built-ins." },
    { group: ["**/document/*", "**/taskpane/*", "**/cli/*", "**/commands/*", "**/i18n/*"], message: "src/core must not depend on the outer layers." },
  ],
};

/** Globals the domain core must never touch (host, DOM and Node objects). */
const coreForbiddenGlobals = [
  "window", "document", "navigator", "localStorage", "sessionStorage", "fetch", "XMLHttpRequest", "DOMParser",
  "Office", "Word", "OfficeExtension", "process", "Buffer", "require", "__dirname", "__filename", "setTimeout", "setInterval",
].map((name) => ({ name, message: `src/core is pure: '${name}' belongs to a host, the DOM or Node.` }));

module.exports = tseslint.config(
  { ignores: ["dist/**", "dist-cli/**", "coverage/**", "node_modules/**", "test-results/**", "src/core/profile/generated/*.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", { selector: "TSEnumDeclaration", message: "Use a string union or an 'as const' object instead of an enum." }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", coreForbiddenImports],
      "no-restricted-globals": ["error", ...coreForbiddenGlobals],
    },
  },
  {
    files: ["src/document/word/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly", URL: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
