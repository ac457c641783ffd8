#!/usr/bin/env node
// The `beschluss` command. Runs the TypeScript sources through tsx, so that it works
// right after `npm install` with no build step.
require("tsx/cjs/api").register();
const { main } = require("../src/cli/main.ts");
const { removeTemporaryFilesOnSignal } = require("../src/cli/atomic-write.ts");
const { CLI_MESSAGES } = require("../src/i18n/cli-messages.ts");
removeTemporaryFilesOnSignal();
const argv = process.argv.slice(2);
main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // A bug, not a bad input: the trace, a plain request to report it, and exit 3, so that scripts can tell the difference.
    const lang = argv.includes("en") && argv.some((a) => a === "--lang" || a === "--lang=en") ? "en" : "de";
    process.stderr.write(`beschluss: interner Fehler / internal error: ${error && error.stack ? error.stack : error}\n${CLI_MESSAGES[lang].bug}\n`);
    process.exitCode = 3;
  },
);
