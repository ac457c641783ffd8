import { findDates } from "../../core/german/dates";
import { parseTypedAmount } from "../../core/german/typed-amount";
import type { IsoDate } from "../../core/model/vorlage";

/**
 * Input checks at the field. What an official types is kept as typed until it means
 * something: a Betrag „abc“ or a Haushaltsjahr „24“ is never dropped or half-written, the
 * field says what is wrong and the form cannot be written until it is fixed.
 */
export type FieldProblem = "date" | "amount" | "amountAmbiguous" | "year" | "share" | "punkt";

/** A date as the pane shows it: TT.MM.JJJJ, whatever the browser's locale (no mm/dd/yyyy). */
export function germanDate(date: IsoDate): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : date;
}

/** A typed German date („21.03.2024“, „21.3.24“, „21. März 2024“) as ISO; undefined when it is not exactly one real date. */
export function readGermanDate(text: string): IsoDate | undefined {
  const trimmed = text.trim();
  const [found, extra] = findDates(trimmed);
  if (!found || extra || !found.valid || found.end !== undefined || found.index !== 0 || found.text.trim().length !== trimmed.length) return undefined;
  return found.start;
}

/** What is wrong with a typed value of `kind`; undefined when it is fine or empty (empty is the Prüfen tab's business). */
export function checkField(kind: FieldProblem, text: string): FieldProblem | undefined {
  const value = text.trim();
  if (value === "") return undefined;
  switch (kind) {
    case "date":
      return readGermanDate(value) === undefined ? "date" : undefined;
    case "amount":
    case "amountAmbiguous": {
      // Typed input, read more freely than a document („1000“ is a Betrag here): see typed-amount.ts.
      const read = parseTypedAmount(value);
      return read === undefined || read.ok ? undefined : read.problem === "ambiguous" ? "amountAmbiguous" : "amount";
    }
    case "year":
      return /^\d{4}$/.test(value) && Number(value) >= 1990 && Number(value) <= 2100 ? undefined : "year";
    case "share": {
      const n = Number(value.replace(",", "."));
      return /^\d+([.,]\d+)?$/.test(value) && n > 0 && n <= 100 ? undefined : "share";
    }
    case "punkt":
      return /^\d{1,3}[a-z]?$/.test(value) ? undefined : "punkt";
  }
}
