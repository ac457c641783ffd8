import { clause, section } from "../src/core/model/builders";
import { WIESBADEN } from "../src/core/profile/builtin-profiles";
import { DocxDocument } from "../src/document/docx/docx-document";
import { completeVorlage } from "../test/fixtures/builders";

/** The sentence every generated clause repeats (its length sizes the page estimate). */
export const SENTENCE = "die Verwaltung beauftragt wird, die Maßnahme im Rahmen der verfügbaren Haushaltsmittel umzusetzen und dem Ausschuss für Finanzen halbjährlich über den Stand zu berichten";

/**
 * The ten-page Vorlage bench:cli and bench:desk read (140 clauses make ten pages): a complete
 * Wiesbaden document, every clause id unique, so that it checks without an error of its own.
 */
export function tenPageVorlage(clauses: number): Uint8Array {
  const half = Math.floor(clauses / 2);
  const make = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => clause(`${prefix}${i}`, `${SENTENCE} (${i + 1});`));
  const v = completeVorlage({
    sections: [
      section("k", "kenntnisnahme", make("k", half)),
      section("b", "beschluss", [clause("b-lastenraeder", "zwei Lastenräder zum Preis von insgesamt 12.400,00 € beschafft werden;"), ...make("b", clauses - half - 1)]),
    ],
  });
  return DocxDocument.create(v, WIESBADEN, "2025-05-06T09:00:00Z").save();
}
