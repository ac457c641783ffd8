import { isValidIsoDate } from "../../german/dates";
import type { FindingLocation } from "../finding";
import { field, type Hit, type Rule } from "../rule";

/**
 * Dates must exist, and be in order: an earlier decision the Vorlage refers to cannot
 * be dated after the session, and the Beratungsfolge runs forward in time.
 */
export const dates: Rule = {
  id: "dates",
  codes: { "date-invalid": "error", "date-order": "error" },
  check: ({ vorlage }) => {
    const hits: Hit[] = [];
    const check = (date: string, location: FindingLocation): boolean => {
      if (date === "") return false;
      if (isValidIsoDate(date)) return true;
      hits.push({ code: "date-invalid", location, params: { date } });
      return false;
    };
    const sitzung = vorlage.header.sitzungsdatum;
    const sitzungOk = check(sitzung, field("header.sitzungsdatum"));
    for (const b of vorlage.bezuege) {
      const location = { type: "entry", list: "bezuege", id: b.id } as const;
      if (check(b.datum, location) && sitzungOk && b.datum > sitzung) {
        hits.push({ code: "date-order", location, params: { date: b.datum, before: sitzung } });
      }
    }
    let previous: string | undefined;
    for (const step of vorlage.beratungsfolge) {
      const location = { type: "entry", list: "beratungsfolge", id: step.id } as const;
      if (!check(step.datum, location)) continue;
      if (previous !== undefined && step.datum < previous) {
        hits.push({ code: "date-order", location, params: { date: step.datum, after: previous } });
      }
      previous = step.datum;
    }
    for (const z of vorlage.zeichnungen) check(z.datum, { type: "entry", list: "zeichnungen", id: z.id });
    return hits;
  },
};
