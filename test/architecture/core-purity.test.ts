import { ESLint } from "eslint";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * The domain core must import nothing from office-js, React, the DOM or Node. ESLint
 * enforces it; these tests prove the rule bites, and that the core as it is passes it.
 */
// The config is passed as an object: ESLint's own config-file loading uses a dynamic import that Jest's VM refuses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../eslint.config.js");
const eslint = new ESLint({ cwd: join(__dirname, "../.."), overrideConfigFile: true, overrideConfig: config });

async function errorsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.message);
}

describe("the boundary of src/core", () => {
  it.each([
    ['import { useState } from "react";', /no React/],
    ['import { Button } from "@fluentui/react-components";', /no React or Fluent UI/],
    ['import { readFileSync } from "node:fs";', /no Node built-ins/],
    ['import { join } from "path";', /no Node built-ins/],
    ['import { WordAdapter } from "../document/word/adapter";', /outer layers/],
    ["export const n = () => document.body;", /'document' belongs to a host/],
    ["export const run = () => Word.run(async () => undefined);", /'Word' belongs to a host/],
    ["export const env = () => process.env;", /'process' belongs to a host/],
  ])("refuses %s in the core", async (code, message) => {
    const errors = await errorsFor(code, "src/core/model/example.ts");
    expect(errors.some((e) => message.test(e))).toBe(true);
  });

  it("allows the same import outside the core", async () => {
    expect(await errorsFor('import { useState } from "react";\nexport const s = useState;', "src/taskpane/example.ts")).toEqual([]);
  });

  it("holds for every file of the core as it is", async () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith(".ts")) files.push(path);
      }
    };
    walk(join(__dirname, "../../src/core"));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      expect({ file, errors: await errorsFor(readFileSync(file, "utf8"), file) }).toEqual({ file, errors: [] });
    }
  });
});
