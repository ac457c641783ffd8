/**
 * A line that opens with one of a Finanzierung's labels and its colon: „Deckungsquelle: Dezernat
 * VII, Produkt 1.09.01“, „Haushaltsjahr: 2025“, „Kostenstelle: 7010“, „Einmalig/jährlich:
 * einmalig“. A form's field, no sentence of a clause: right after the last clause it states the
 * money and ends the decision (in a new-user tryout it was swallowed into clause 2.4, and check
 * said no Deckungsquelle was given).
 */
const FINANZIERUNG_LABEL =
  /^(?:Deckungsquellen?|Deckung|Deckungsvorschlag|Finanzierung(?:squelle)?|Haushaltsjahr|Haushaltsstelle|Haushaltsmittel|Produkt(?:nummer)?|Kostenstelle|Kostenträger|Sachkonto|Betrag|Gesamtkosten|Kosten|Turnus|Einmalig\s*\/\s*jährlich|Bewirtschaftung|Haushaltstechnische Umsetzung)\s*:/iu;

export function isFinanzierungLabelLine(text: string): boolean {
  return FINANZIERUNG_LABEL.test(text);
}
