import { findDates } from "../../german/dates";
import type { CompiledGrammar, Features } from "./features";
import type { Decoded } from "./roles";

/**
 * The header values the decoded lines state: labelled rows and lines („Federführend: | Amt …“,
 * „Drucksache 1391/16“, „Federführend:Fachbereich 3“), a label whose value stands on the line
 * below, and the deciding row of a Beratungsfolge (a table by its column headers, or a RIS
 * page's lines „Stadtrat Entscheidung“ / „04.12.2025“). Only lines the decoding put in the
 * header are read, so that a date in the Sachverhalt is never the Sitzungsdatum.
 */
export interface HeaderRead {
  /** Field → value and the line it was read from; the first statement of a field wins. */
  readonly labelled: ReadonlyMap<string, { readonly value: string; readonly line: number }>;
  /**
   * The deciding body's row of the Beratungsfolge, when one row says so (`marked`), or when a table without a
   * role column has one row only (not `marked`: that row may be a preliminary body's, so a Gremium the header
   * states by label wins over it).
   */
  readonly deciding?: { readonly gremium: string; readonly datum: string; readonly line: number; readonly marked: boolean };
  /**
   * Every body the Beratungsfolge lists (table rows, typed rows, names under „Beratungsfolge:“), with its date where
   * the row states one: where no row says which decides, the decision may name it (recognize.ts).
   */
  readonly bodies: readonly { readonly gremium: string; readonly datum?: string; readonly line: number }[];
}

const DATE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/u;
/** A session's date as a row writes it: „24.03.2027“, or written out („Freitag, 9. April 2027“). */
const iso = (text: string): string | undefined => {
  const m = DATE.exec(text);
  return m ? `${m[3]}-${(m[2] as string).padStart(2, "0")}-${(m[1] as string).padStart(2, "0")}` : findDates(text).find((d) => d.valid)?.start;
};
/** A RIS page glues the next label to the value: „Fachbereich 3 Bearbeiter/-in: Sommer“. */
const cutAtLabel = (value: string) => value.replace(/\s+\p{Lu}[\p{L}/-]{2,30}:\s?.*$/u, "").trim();
const HEADER_ROLES = new Set(["header-field", "betreff", "letterhead", "beratungsfolge", "other"]);

export function readHeader(features: readonly Features[], roles: readonly Decoded[], texts: readonly string[], grammar: CompiledGrammar): HeaderRead {
  const labelled = new Map<string, { value: string; line: number }>();
  const { gremium: COL_GREMIUM, datum: COL_DATE, rolle: COL_ROLE, deciding: decides } = grammar.beratung;
  const nextText = (i: number) => {
    let j = i + 1;
    while (j < features.length && (features[j] as Features).empty) j++;
    return j;
  };
  let found: HeaderRead["deciding"];
  let rows = 0;
  let onlyRow: HeaderRead["deciding"];
  const bodies: { gremium: string; datum?: string; line: number }[] = [];
  /** Just below a „Beratungsfolge:“ line without a table: the bodies' names, one a line. */
  let underHeading = false;
  features.forEach((f, i) => {
    const role = (roles[i] as Decoded).role;
    if (f.empty) return;
    if (underHeading) {
      // The decoder may take a short name for a signature's or a recipient's: below „Beratungsfolge:“ it is a body's.
      const aName = (HEADER_ROLES.has(role) || role === "zeichnung" || role === "verteiler") && !f.cells && !f.label && !f.part && !f.decision && !f.number && !f.sentence && !f.endsColon && f.words <= 8;
      if (aName) bodies.push({ gremium: f.text, line: i });
      underHeading = aName;
    }
    if (role === "beratungsfolge" && !f.cells && /^Beratungsfolge\s*:?$/iu.test(f.text)) underHeading = true;
    if (!HEADER_ROLES.has(role)) return;
    // The further pairs of a line („Gremium: Kreistag     Sitzung am: 25.11.2025“), each its own value.
    for (const more of f.moreLabels ?? []) if (more.value !== "" && !labelled.has(more.field)) labelled.set(more.field, { value: more.value, line: i });
    if (f.label && !labelled.has(f.label.field)) {
      let value = cutAtLabel(f.label.value);
      let line = i;
      if (value === "") {
        const j = nextText(i);
        const below = features[j];
        // The line below is the value only where it fits the field: a number has digits, a date is a date.
        const fits = (t: string) => (f.label?.field === "vorlagenNr" ? /\d/u.test(t) && !/\s\p{Ll}{3,}/u.test(t) : f.label?.field === "sitzungsdatum" ? DATE.test(t) : true);
        if (below && !below.label && !below.part && !below.decision && HEADER_ROLES.has((roles[j] as Decoded).role) && !below.cells && fits(below.text)) {
          value = below.text;
          line = j;
        }
      }
      if (value !== "") labelled.set(f.label.field, { value, line });
    }
    if (f.beratung === "row" && f.columns && f.cells) {
      const at = (re: RegExp) => {
        const k = (f.columns as readonly string[]).findIndex((c) => re.test(c.trim()));
        return k < 0 ? "" : ((f.cells as readonly string[])[k] ?? "").trim();
      };
      const gremiumCol = (f.columns as readonly string[]).findIndex((c) => COL_GREMIUM.test(c.trim()));
      const gremium = at(COL_GREMIUM);
      // „Gremium | Sitzung | Sitzungsdatum“ (komuna): of the columns a date may head, the one whose cell is a date.
      const datum = (f.columns as readonly string[]).flatMap((c, k) => (COL_DATE.test(c.trim()) ? [iso(((f.cells as readonly string[])[k] ?? "").trim())] : [])).find((d) => d !== undefined);
      // „Beratung“ heads the roles where another column holds the bodies („Beratungsfolge | Sitzung am | Beratung“).
      const roleCol = (f.columns as readonly string[]).findIndex((c, k) => k !== gremiumCol && (COL_ROLE.test(c.trim()) || /^Beratung\s*:?$/iu.test(c.trim())));
      const hasRole = roleCol >= 0;
      const role = hasRole ? ((f.cells as readonly string[])[roleCol] ?? "").trim() : "";
      if (gremium !== "") bodies.push({ gremium, ...(datum !== undefined ? { datum } : {}), line: i });
      if (gremium !== "" && datum !== undefined) {
        rows++;
        if (!hasRole) onlyRow = { gremium, datum, line: i, marked: false };
        else if (decides.test(role) && found === undefined) found = { gremium, datum, line: i, marked: true };
      }
    }
    // A row typed as a line: „Gemeinderat – 19.05.2026 – Beschlussfassung“.
    if (role === "beratungsfolge" && f.beratungLine) {
      const datum = iso(f.beratungLine.datum);
      if (datum !== undefined) bodies.push({ gremium: f.beratungLine.gremium, datum, line: i });
      if (datum !== undefined && found === undefined && decides.test(f.beratungLine.rolle)) found = { gremium: f.beratungLine.gremium, datum, line: i, marked: true };
    }
    // A RIS page as text: „Stadtrat Entscheidung“, the date on the next line.
    if (role === "beratungsfolge" && !f.cells && found === undefined) {
      const m = /^(.+?)\s+(\S+)\s*$/u.exec(f.text);
      if (m && decides.test(m[2] as string)) {
        const j = nextText(i);
        const datum = iso(texts[j] ?? "");
        if (datum !== undefined && /^\s*\d{1,2}\.\d{1,2}\.\d{4}\s*$/u.test(texts[j] ?? "")) found = { gremium: (m[1] as string).trim(), datum, line: i, marked: true };
      }
    }
  });
  // Without a role column, a Beratungsfolge of one row names the only (so the deciding) body.
  const decidingRow = found ?? (rows === 1 ? onlyRow : undefined);
  return { labelled, ...(decidingRow ? { deciding: decidingRow } : {}), bodies };
}
