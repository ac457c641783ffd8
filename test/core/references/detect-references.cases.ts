/**
 * Labelled sentences for the reference detector: each with the references a reader finds
 * in it (number, and whether the form is certain), or none. Sentences in the register of
 * real Beschlussvorlagen; the „none“ half is what looks like a reference and is not one.
 */
export interface ReferenceCase {
  readonly text: string;
  /** Expected references as „number“ (certain) or „number?“ (uncertain); letters as „b“. */
  readonly expected: readonly string[];
}

export const REFERENCE_CASES: readonly ReferenceCase[] = [
  // Internal references
  { text: "Die unter Ziffer 2.1 genannten Mittel werden bereitgestellt.", expected: ["2.1"] },
  { text: "Die Mittel gemäß 1.3 werden überplanmäßig bereitgestellt.", expected: ["1.3"] },
  { text: "Wie in Nr. 3 beschrieben, wird der Magistrat beauftragt.", expected: ["3?"] },
  { text: "Die in Punkt 2 genannte Maßnahme ist bis Ende 2025 umzusetzen.", expected: ["2?"] },
  { text: "Die Maßnahmen nach Buchstabe b sind vorrangig.", expected: ["b"] },
  { text: "Die unter 1.3 genannten Kosten trägt das Amt 66.", expected: ["1.3"] },
  { text: "Abweichend von Ziffer 1 gilt Folgendes.", expected: ["1"] },
  { text: "Die Ziffern 2.1 und 2.3 gelten entsprechend.", expected: ["2.1", "2.3"] },
  { text: "Für die Ziffern 1 bis 3 ist das Dezernat VII zuständig.", expected: ["1", "3"] },
  { text: "Die Vergabe nach Ziffer 2 Buchstabe b erfolgt durch das Amt 20.", expected: ["2", "b"] },
  { text: "Siehe 2.2.", expected: ["2.2"] },
  { text: "Der Betrag nach Ziff. 1.2 wird im Haushaltsjahr 2025 fällig.", expected: ["1.2"] },
  { text: "vgl. 3.1", expected: ["3.1"] },
  { text: "Die Nrn. 1 und 2 werden zusammengefasst.", expected: ["1?", "2?"] },
  { text: "Die Ergebnisse zu Ziffer 1.1 sind der Stadtverordnetenversammlung vorzulegen.", expected: ["1.1"] },
  { text: "Die unter Ziffer 3. genannte Frist beginnt mit der Bekanntmachung.", expected: ["3"] },
  { text: "Die in Buchstabe a) genannten Flächen werden verpachtet.", expected: ["a"] },
  { text: "Über die in Nummer 4 genannten Vorhaben wird gesondert berichtet.", expected: ["4?"] },
  { text: "Der Magistrat wird gebeten, die Maßnahmen gemäß 2.1 und 2.2 umzusetzen.", expected: ["2.1", "2.2"] },
  { text: "Die Ausführungen unter 1.2 werden zur Kenntnis genommen.", expected: ["1.2"] },
  // Not references of ours
  { text: "Gemäß § 50 Abs. 1 Nr. 2 HGO ist die Stadtverordnetenversammlung zuständig.", expected: [] },
  { text: "Die Zuständigkeit ergibt sich aus § 66 Abs. 1 Satz 2 Nr. 3 HGO.", expected: [] },
  { text: "Ziffer 3 des Beschlusses Nr. 0412 vom 14.03.2023 wird aufgehoben.", expected: [] },
  { text: "Der Beschluss Nr. 0106 vom 27.02.2024 bleibt unberührt.", expected: [] },
  { text: "Die Kosten belaufen sich auf 1,3 Mio. Euro.", expected: [] },
  { text: "Die Kosten liegen unter 1.300 € je Maßnahme.", expected: [] },
  { text: "Der Anteil liegt unter 2.5 % der Gesamtkosten.", expected: [] },
  { text: "Einzelheiten ergeben sich aus Anlage 2.", expected: [] },
  { text: "Die Aufstellung ist als Anlage Nr. 3 beigefügt.", expected: [] },
  { text: "Die Sitzung beginnt nach 18.30 Uhr.", expected: [] },
  { text: "Die Frist endet nach 1.3.2025.", expected: [] },
  { text: "Der Antrag wird unter Punkt 10 der Tagesordnung behandelt.", expected: [] },
  { text: "Die Vorlage Nr. 24-V-07-0001 wird zurückgezogen.", expected: [] },
  { text: "Gemäß Art. 3 Nr. 2 BayGO gilt Folgendes.", expected: [] },
  { text: "Nach Nr. 4 der Richtlinie ist ein Antrag erforderlich.", expected: [] },
  { text: "Ziffer 2 der Vorlage 23-V-66-0012 wird geändert.", expected: [] },
  { text: "Die Maßnahme wird nach § 12 BauGB gefördert.", expected: [] },
  { text: "Die Förderung beträgt bis zu 2,5 Mio. €.", expected: [] },
  { text: "Die Fläche umfasst unter 1.2 ha.", expected: [] },
  { text: "Die Straßenbeiträge nach § 11 KAG werden erhoben.", expected: [] },
  { text: "Tagesordnungspunkt 10 wird vertagt.", expected: [] },
  { text: "Die Kosten werden aus der Kostenstelle 1234 getragen.", expected: [] },
  { text: "Die Förderung nach Nr. 2.1 der Förderrichtlinie ist beantragt.", expected: [] },
  { text: "Der Magistrat wird beauftragt, in 2025 zu berichten.", expected: [] },
  { text: "Gemäß § 51 Nr. 15 HGO beschließt die Stadtverordnetenversammlung.", expected: [] },
];
