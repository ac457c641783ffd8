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

export function withMoney(federfuehrend: string, betragCent: number, turnus: "einmalig" | "jaehrlich" | undefined): Vorlage {
  const base = completeVorlage();
  return {
    ...base,
    zustaendigkeit: { ...base.zustaendigkeit, federfuehrend },
    finanzierung: finanzierung({ ...base.finanzierung, betragCent, turnus }),
  };
}
