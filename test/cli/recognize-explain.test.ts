import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { GROWN_DIR } from "../fixtures/corpus/grown";
import { run } from "./cli-helpers";

/**
 * `beschluss recognize FILE --explain` prints every line with the role the decoder gave it and
 * the features that decided it, in German (English with --lang en), and writes no file.
 */
const ROSTOCK = join(GROWN_DIR, "28-word-rostock-klammer-nummern.docx");

describe("recognize --explain", () => {
  it("names each line's role and the features that decided it, in German", async () => {
    const before = statSync(ROSTOCK).mtimeMs;
    const r = await run("recognize", ROSTOCK, "--explain");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines.find((l) => l.includes("1.) Den Eckwerten"))).toMatch(/Ziffer .*Listennummer 1\.\) .*aus der Word-Liste/u);
    expect(lines.find((l) => l.includes("„Sachverhalt“"))).toMatch(/Sachverhalt\/Begründung \(Überschrift des Teils\)/u);
    expect(lines.find((l) => l.includes("17.09.2025 | Bürgerschaft | Entscheidung"))).toMatch(/Beratungsfolge .*Zeile einer Beratungsfolge-Tabelle/u);
    expect(lines.find((l) => l.includes("Federführendes Amt:"))).toMatch(/Kopfangabe, Feld Federführendes Dezernat .*Bezeichnung „Federführendes Amt:“/u);
    expect(statSync(ROSTOCK).mtimeMs).toBe(before);
    expect(readFileSync(ROSTOCK).length).toBeGreaterThan(0);
  });

  it("starts every line's text in one column, however long its role (a long role pushed its text out of line)", async () => {
    const r = await run("recognize", ROSTOCK, "--explain");
    const rows = r.out.split("\n").filter((l) => /^\s+\d+ {2}/u.test(l));
    expect(rows.length).toBeGreaterThan(5);
    expect(new Set(rows.map((l) => l.indexOf("„"))).size).toBe(1);
  });

  it("speaks English with --lang en", async () => {
    const r = await run("recognize", ROSTOCK, "--explain", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out.split("\n").find((l) => l.includes("1.) Den Eckwerten"))).toMatch(/clause .*list number 1\.\) .*from the Word list/u);
    expect(r.out).toMatch(/financing \(heading of the part\)/u);
  });

  it("needs no output file", async () => {
    const r = await run("recognize", ROSTOCK, "--explain");
    expect(r.err).toBe("");
  });
});
