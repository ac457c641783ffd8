/**
 * A form's label that names two rhythms to choose from („Einmalig/jährlich:“, „einmalig oder
 * jährlich“, a table's label cell „einmalig/laufend“), followed by its value after a colon or in
 * the next cell (a table row reads with tabs between its cells).
 */
const RHYTHM = String.raw`(?:einmalig|jährlich|laufend|wiederkehrend)`;
const BOTH_RHYTHMS = new RegExp(String.raw`^\s*${RHYTHM}(?:\s*(?:\/|,|oder|bzw\.?)\s*${RHYTHM})+\s*(?::\s*|\t\s*|:$|$)`, "iu");

/**
 * The text of a Finanzierung line with a label that names both rhythms left out: its value
 * decides the Turnus, never the label's own word „jährlich“ (a one-off 12.400 € read as yearly
 * from „Einmalig/jährlich: einmalig“ in a new-user tryout). Other lines come back unchanged.
 */
export function withoutBothRhythmsLabel(text: string): string {
  const label = BOTH_RHYTHMS.exec(text);
  return label ? text.slice(label[0].length) : text;
}

/** Whether the line is such a label with its value: then it states the Turnus as a label does. */
export function namesBothRhythms(text: string): boolean {
  return BOTH_RHYTHMS.test(text);
}
