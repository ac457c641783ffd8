/**
 * The agenda item a head's line names without a label: „TOP 5“, „Tagesordnungspunkt 5“, „TO-Punkt 5“,
 * „Punkt 5 der Tagesordnung“ (the number as written). „Tagesordnung II Punkt 10 der … Sitzung am …“
 * (Wiesbaden's form, Tagesordnung and Punkt apart) is read by recognize.ts with its part.
 */
export function agendaPointOf(text: string): string | undefined {
  const m = /\b(?:TOP|Tagesordnungspunkt|TO-Punkt)\s+(?:Nr\.\s*)?(\d[\d.]*)|\bPunkt\s+(\d[\d.]*)\s+der\s+Tagesordnung\b/u.exec(text);
  return m ? (m[1] ?? m[2]) : undefined;
}

/**
 * A line of the head that names the agenda item and nothing else of the Vorlage: „Tagesordnung II Punkt 10
 * der öffentlichen Sitzung am 21. März 2024“, „TOP 5“, „Punkt 5 der Tagesordnung“. Offices put it right
 * above the Betreff; it is a header line, and the Betreff is the plain line below it (a tryout found the
 * Betreff lost behind it). A line that gives the item's title after a colon („TOP 7: Haushaltssatzung
 * 2027“) is no such line: its title is the Betreff.
 */
export function isAgendaLine(text: string): boolean {
  const agenda = /^(?:Tagesordnung\s+(?:\S+\s+)?Punkt\b|(?:Tagesordnungspunkt|TO-Punkt|TOP)\s+(?:Nr\.\s*)?\d|Punkt\s+\d[\d.]*\s+der\s+Tagesordnung\b)/u.test(text);
  return agenda && !/:\s*\p{L}/u.test(text);
}
