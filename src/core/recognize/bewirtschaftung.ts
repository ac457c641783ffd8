/** A Dezernat as the Umsetzung names it: „III/20“, „III“, „4/21“. */
const STELLE = String.raw`([IVX]{1,5}(?:\/\d+)?|\d{1,2}(?:\/\d+)?)\b`;

/**
 * „Umsetzung: Dezernat III/20“, „Umsetzung erfolgt durch Dezernat III/20“, with a remark in
 * brackets after the word („Umsetzung (vgl. Ziffer 1.7) durch Dezernat III/20“) and an article
 * before the office („durch das Dezernat III/20“).
 */
const UMSETZUNG_BY = new RegExp(
  String.raw`Umsetzung(?:\s*\([^()]{0,80}\))?\s*:?\s*(?:erfolgt\s+)?(?:durch\s+)?(?:(?:das|dem)\s+)?(?:Dezernat|Dez\.)\s*${STELLE}`,
  "u",
);

/**
 * „die haushaltstechnische Umsetzung erfolgt durch das Dezernat III/20 in Verbindung mit …“,
 * „… Umsetzung dem Dezernat III/20 obliegt“: the first Dezernat named in the same sentence
 * after the words „haushaltstechnische Umsetzung“ (a remark in brackets may stand between).
 */
const HAUSHALTSTECHNISCH = new RegExp(
  String.raw`haushalts(?:technische|mäßige)\s+Umsetzung\b(?:\([^()]{0,80}\)|[^.;:()])*?\b(?:Dezernat|Dez\.)\s*${STELLE}`,
  "iu",
);

/**
 * Who does the haushaltstechnische Umsetzung (the Finanzierung's `bewirtschaftung`, „III/20“),
 * from the first of the texts that says so; undefined when none does. The wording of a clause
 * varies: a new-user tryout wrote „… erfolgt durch das Dezernat III/20“ and „Umsetzung (vgl.
 * Ziffer 1.7) durch Dezernat III/20“, and got the false error that nobody was named.
 */
export function bewirtschaftungOf(texts: readonly string[]): string | undefined {
  for (const t of texts) {
    const m = UMSETZUNG_BY.exec(t) ?? HAUSHALTSTECHNISCH.exec(t);
    if (m) return m[1];
  }
  return undefined;
}
