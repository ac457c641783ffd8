#!/usr/bin/env node
// The `beschluss` command. In a clone it runs the TypeScript sources through tsx, so that it
// works right after `npm install` with no build step; the installed package has no sources
// and no tsx, and runs the JavaScript compiled at pack time (dist-cli/, see scripts/build-cli.js).
const { existsSync } = require("node:fs");
const { join } = require("node:path");

function load() {
  const sources = join(__dirname, "../src/cli/main.ts");
  if (existsSync(sources)) {
    try {
      require.resolve("tsx/cjs/api");
    } catch {
      return require("../dist-cli/beschluss.js");
    }
    require("tsx/cjs/api").register();
    return require(sources);
  }
  return require("../dist-cli/beschluss.js");
}

load()
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      // A bug, not a bad input: say so plainly and exit 3, so that scripts can tell the difference.
      process.stderr.write(`beschluss: interner Fehler: ${error && error.stack ? error.stack : error}\n`);
      process.exitCode = 3;
    },
  );
