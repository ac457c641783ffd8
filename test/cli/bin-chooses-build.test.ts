import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * bin/beschluss.js in a clone: the compiled command (dist-cli/, built on `npm install`) while it
 * was built from the sources as they are now, the sources through tsx once one is touched. A clone
 * in miniature: the real bin/, and in place of the sources and the build two tiny commands that
 * say which one ran; the build's record is taken as scripts/build-cli.js takes it.
 */
const root = join(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the bin's own CommonJS helper, as scripts/build-cli.js uses it
const builtFrom = require(join(root, "bin/built-from.js")) as { sourceState(root: string): object; RECORD: string };

const commandSaying = (word: string): string => `
exports.positionalsOf = (argv) => argv;
exports.removeTemporaryFilesOnSignal = () => undefined;
exports.quietOnClosedOutput = () => undefined;
exports.CLI_MESSAGES = { de: { bug: "" }, en: { bug: "" } };
exports.main = async () => { process.stdout.write(${JSON.stringify(word)}); return 0; };
`;

/** A clone whose dist-cli/ is current: built from its sources as they are. */
function clone(): string {
  const dir = mkdtempSync(join(tmpdir(), "beschluss-clone-"));
  cpSync(join(root, "bin"), join(dir, "bin"), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  for (const folder of ["src/cli", "src/core/profile/profiles", "schemas", "scripts", "dist-cli"]) mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, "src/cli/main.ts"), commandSaying("sources"));
  writeFileSync(join(dir, "src/core/profile/profiles/stadt.json"), "{}\n");
  writeFileSync(join(dir, "schemas/vorlage.schema.json"), "{}\n");
  for (const file of ["scripts/build-cli.js", "scripts/ascii-bundle.js", "package.json", "package-lock.json"]) writeFileSync(join(dir, file), "{}\n");
  writeFileSync(join(dir, "dist-cli/beschluss.js"), commandSaying("compiled"));
  writeFileSync(join(dir, "dist-cli", builtFrom.RECORD), JSON.stringify(builtFrom.sourceState(dir)));
  return dir;
}

/** Which command the clone's bin runs, as a user's shell starts it (jest's choice of the sources unset). */
function runs(dir: string, env: Readonly<Record<string, string>> = {}): string {
  const { BESCHLUSS_FROM_SOURCES: _tests, ...plain } = process.env;
  const r = spawnSync(process.execPath, [join(dir, "bin/beschluss.js"), "--help"], { encoding: "utf8", timeout: 60_000, env: { ...plain, ...env } });
  expect(r.stderr).toBe("");
  return r.stdout;
}

describe("bin/beschluss.js in a clone", () => {
  const made: string[] = [];
  const fresh = (): string => {
    const dir = clone();
    made.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  it("runs the compiled command while it was built from the sources as they are now", () => {
    expect(runs(fresh())).toBe("compiled");
  }, 60_000);

  it("runs the sources at once when a source is edited after the build", () => {
    const dir = fresh();
    appendFileSync(join(dir, "src/cli/main.ts"), "// edited\n");
    expect(runs(dir)).toBe("sources");
  }, 60_000);

  it("runs the sources when a source or a profile is only touched, or a file is added", () => {
    const touched = fresh();
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(touched, "src/core/profile/profiles/stadt.json"), later, later);
    expect(runs(touched)).toBe("sources");
    const added = fresh();
    writeFileSync(join(added, "src/cli/neu.ts"), "export {};\n");
    expect(runs(added)).toBe("sources");
  }, 60_000);

  it("runs the sources when there is no dist-cli, or one without the record of what it was built from", () => {
    const none = fresh();
    rmSync(join(none, "dist-cli"), { recursive: true });
    expect(runs(none)).toBe("sources");
    const unrecorded = fresh();
    rmSync(join(unrecorded, "dist-cli", builtFrom.RECORD));
    expect(runs(unrecorded)).toBe("sources");
  }, 60_000);

  it("runs the sources under jest's BESCHLUSS_FROM_SOURCES=1, though the build is current", () => {
    expect(runs(fresh(), { BESCHLUSS_FROM_SOURCES: "1" })).toBe("sources");
  }, 60_000);
});
