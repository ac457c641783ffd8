import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { clause, section } from "../src/core/model/builders";
import type { Clause, Vorlage } from "../src/core/model/vorlage";
import { WIESBADEN } from "../src/core/profile/builtin-profiles";
import { DocxDocument } from "../src/document/docx/docx-document";
import { completeVorlage } from "../test/fixtures/builders";
import { plainDocx } from "../test/fixtures/docx";
import { plainLines } from "../test/fixtures/plain-lines";

/** The files of one warm-up: two structured versions and two plain ones. */
export interface WarmUpDocuments {
  readonly structured: readonly [string, string];
  readonly plain: readonly [string, string];
}

const WORDS = ["die", "Verwaltung", "wird", "beauftragt", "Maßnahme", "Haushaltsmittel", "Ausschuss", "Bericht", "Dezernat", "Umsetzung", "Kosten", "Förderung", "Schule", "Radweg", "Vergabe", "bis", "zum", "für", "und", "der", "im", "Jahr", "2025"];
const sentence = (i: number): string => `${Array.from({ length: 12 + (i % 9) }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(" ")} (${i + 1});`;

const build = (k: readonly Clause[], b: readonly Clause[]): Vorlage => completeVorlage({ sections: [section("k", "kenntnisnahme", k), section("b", "beschluss", b)] });


/**
 * What scripts/build-cli.js runs the compiled command on before it takes V8's code cache of it:
 * two versions of a Vorlage in the house style (clauses reworded, removed, added and moved, as
 * bench/diff.bench.ts compares) and the same as plain paragraphs, so that the functions that
 * reading, checking and comparing call are compiled into the cache. Written into `dir`.
 */
export function writeWarmUpDocuments(dir: string): WarmUpDocuments {
  const k = Array.from({ length: 10 }, (_, i) => clause(`k${i}`, sentence(i)));
  const b = Array.from({ length: 40 }, (_, i) => clause(`b${i}`, sentence(i + 10)));
  const older = build(k, b);
  const moved = b.map((c, i) => (i % 8 === 3 ? { ...c, text: c.text.replace(/ (\S+) /u, " ausdrücklich $1 ") } : c)).filter((_, i) => i !== 7);
  moved.splice(20, 0, clause("neu", sentence(100)));
  const [taken] = moved.splice(5, 1);
  moved.splice(30, 0, taken as Clause);
  const newer = build(k, moved);
  const now = "2025-05-06T09:00:00Z";
  const write = (name: string, bytes: Uint8Array): string => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  return {
    structured: [write("alt.docx", DocxDocument.create(older, WIESBADEN, now).save()), write("neu.docx", DocxDocument.create(newer, WIESBADEN, now).save())],
    plain: [write("alt-einfach.docx", plainDocx(plainLines(older))), write("neu-einfach.docx", plainDocx(plainLines(newer)))],
  };
}
