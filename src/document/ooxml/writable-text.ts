import type { Vorlage } from "../../core/model/vorlage";
import { isXmlText } from "../../core/metadata/xml-text";

/** Text a Word document cannot hold (NUL, most control characters, lone surrogates). */
export class UnwritableTextError extends Error {
  constructor(readonly where: string) {
    super(`${where} contains characters a Word document cannot hold (control characters or broken surrogates).`);
    this.name = "UnwritableTextError";
  }
}

/** Vertical tab is Word's own manual line break and is written as one; everything else must be XML text. */
const writable = (text: string): boolean => isXmlText(text.replace(/\v/g, "\n").replace(/\r/g, "\n"));

/** Refuses, before anything is written, a Vorlage whose text a .docx cannot carry, naming where. */
export function assertWritable(v: Vorlage): void {
  const check = (text: string, where: string) => {
    if (!writable(text)) throw new UnwritableTextError(where);
  };
  for (const [k, value] of Object.entries(v.header)) if (typeof value === "string") check(value, `header.${k}`);
  v.sections.forEach((s) => s.clauses.forEach((c) => check(c.text, `clause ${c.id}`)));
  check(v.zustaendigkeit.federfuehrend, "zustaendigkeit.federfuehrend");
  v.zustaendigkeit.beteiligt.forEach((d) => check(d, "zustaendigkeit.beteiligt"));
  for (const list of [v.bezuege, v.beratungsfolge, v.verteiler, v.zeichnungen]) {
    for (const e of list) for (const [k, value] of Object.entries(e)) if (typeof value === "string") check(value, `${k} of ${e.id}`);
  }
  v.finanzierung?.quellen.forEach((q) => Object.values(q.stelle).forEach((t) => check(t, `Deckungsquelle ${q.id}`)));
  if (v.finanzierung) check(v.finanzierung.bewirtschaftung, "finanzierung.bewirtschaftung");
  for (const [b, values] of Object.entries(v.bloecke)) for (const value of Object.values(values)) check(value, `block ${b}`);
}
