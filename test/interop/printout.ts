import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Comparing a printout with an original, line by line, as a reader would: whitespace does
 * not count, a line the printer wrapped is still one line, the page number is the footer's
 * business (compared on its own), and the city's letterhead is not ours to reproduce.
 */

/** Collapses every run of whitespace (also no-break spaces) to one space. */
export const normalize = (line: string): string => line.replace(/[\s\u00a0]+/gu, " ").trim();

/** A page number in the city's form: „- 16 -“, „-16 -“, „– 2 –“. */
export const PAGE_NUMBER = /^[-–]\s*\d+\s*[-–]$/u;

/** The non-empty lines of `pdftotext -layout`, page by page. */
export function printedPages(pdf: Buffer): string[][] {
  const dir = mkdtempSync(join(tmpdir(), "print-"));
  const file = join(dir, "x.pdf");
  writeFileSync(file, pdf);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  return text
    .split("\f")
    .map((page) => page.split("\n").map(normalize).filter((l) => l !== ""))
    .filter((page) => page.length > 0);
}

/** The lines of the original text, as its extraction wrote them: an extraction's list dash before a clause number is not text. */
export function originalLines(text: string): string[] {
  return text
    .split("\n")
    .map((l) => normalize(l).replace(/^- (?=\d+\.\d+ )/u, ""))
    .filter((l) => l !== "");
}

export type LineComparison =
  | { readonly ok: true; readonly letterhead: readonly string[] }
  | { readonly ok: false; readonly expected: string | undefined; readonly printed: string | undefined; readonly at: number };

/**
 * True when the printed lines, after the letterhead (lines before the first expected one),
 * are the expected lines in order; a printed line may be the wrapped continuation of the
 * line before. Page-number lines are left out on both sides.
 */
export function compareLines(expected: readonly string[], printed: readonly string[]): LineComparison {
  const want = expected.map(normalize).filter((l) => l !== "" && !PAGE_NUMBER.test(l));
  const got = printed.map(normalize).filter((l) => l !== "" && !PAGE_NUMBER.test(l));
  const start = got.findIndex((l) => want[0] !== undefined && want[0].startsWith(l));
  if (start < 0) return { ok: false, expected: want[0], printed: got[0], at: 0 };
  let i = start;
  for (let w = 0; w < want.length; w++) {
    const line = want[w] as string;
    let joined = "";
    while (joined !== line) {
      const next = got[i];
      if (next === undefined) return { ok: false, expected: line, printed: joined || undefined, at: w };
      joined = joined === "" ? next : `${joined} ${next}`;
      i++;
      if (!line.startsWith(joined)) return { ok: false, expected: line, printed: joined, at: w };
    }
  }
  if (i < got.length) return { ok: false, expected: undefined, printed: got[i], at: want.length };
  return { ok: true, letterhead: got.slice(0, start) };
}

/** Writes the first page as a PNG (pdftoppm), for a person to look at; returns its path. */
export function firstPagePng(pdf: Buffer, outDir: string, name: string): string {
  mkdirSync(outDir, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), "png-"));
  const file = join(dir, "x.pdf");
  writeFileSync(file, pdf);
  const prefix = join(outDir, name);
  execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", file, prefix]);
  const png = `${prefix}.png`;
  readFileSync(png); // throws when pdftoppm wrote nothing
  return png;
}
