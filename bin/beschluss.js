#!/usr/bin/env node
// The `beschluss` command. Runs the TypeScript sources through tsx, so that it works
// right after `npm install` with no build step.
require("tsx/cjs/api").register();
const { main } = require("../src/cli/main.ts");
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // A bug, not a bad input: say so plainly and exit 3, so that scripts can tell the difference.
    process.stderr.write(`beschluss: interner Fehler: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 3;
  },
);
