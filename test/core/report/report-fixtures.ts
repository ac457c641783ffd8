import { finanzierung } from "../../../src/core/model/builders";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import type { ReadResult } from "../../../src/core/report/report-model";
import { validate } from "../../../src/core/validation/validate";
import { completeVorlage } from "../../fixtures/builders";

/** A file read from a Vorlage, with the findings the validator gives it. */
export function readOf(file: string, v: Vorlage, structured = true): ReadResult {
  return { file, readable: true, structured, recovered: false, findings: validate(v, WIESBADEN), vorlage: v };
}

export const unreadable = (file: string, error = "keine .docx-Datei (kein ZIP-Archiv)"): ReadResult => ({ file, readable: false, error });

/** Vorlage with header fields changed, keeping the rest complete. */
export function withHeader(patch: Partial<Vorlage["header"]>, base: Vorlage = completeVorlage()): Vorlage {
  return { ...base, header: { ...base.header, ...patch } };
}

/** A complete Vorlage of Dezernat `federfuehrend` whose Finanzierung states this amount (and whose decision names no other). */
export function withMoney(federfuehrend: string, betragCent: number, turnus: "einmalig" | "jaehrlich" | undefined): Vorlage {
  const base = completeVorlage();
  return {
    ...base,
    sections: base.sections.map((s) => (s.kind === "beschluss" ? { ...s, clauses: s.clauses.map((c) => (c.id === "b1" ? { ...c, text: "zwei Lastenräder beschafft werden;" } : c)) } : s)),
    zustaendigkeit: { ...base.zustaendigkeit, federfuehrend },
    finanzierung: finanzierung({ ...base.finanzierung, betragCent, turnus }),
  };
}

/**
 * The results with a Vorlagen-Nr. of their own each: the fixtures above all carry the same one,
 * which the report would rightly count once („mehrfach vorhanden“). The first keeps it.
 */
export function distinct(results: readonly ReadResult[]): ReadResult[] {
  return results.map((r, i) => {
    if (!r.readable || i === 0 || r.vorlage.header.vorlagenNr !== "25-V-03-0012") return r;
    const v = withHeader({ vorlagenNr: `25-V-03-${String(1000 + i)}` }, r.vorlage);
    return { ...r, vorlage: v, findings: validate(v, WIESBADEN) };
  });
}
