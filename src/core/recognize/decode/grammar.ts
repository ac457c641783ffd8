/**
 * The grammar of a Vorlage's parts as data: which headings open which part, which labels name
 * which header field, and the weights the decoder gives to what it sees. The defaults serve any
 * German municipality (headings and labels of ALLRIS, SessionNet, SD.NET and of offices' own
 * templates); a profile adds its own in `recognition.grammar` (profile.ts).
 */
export type PartName = "text" | "fin" | "anl" | "verteiler";

export interface PartHeadingDecl {
  readonly part: PartName;
  /** Regular expressions (flags iu) for the heading's words, matched at the line's start after any number. */
  readonly patterns: readonly string[];
}

export interface HeaderLabelDecl {
  /** The header field the label names: vorlagenNr, betreff, gremium, sitzungsdatum, federfuehrung, beteiligte, einreicher, amt, vorlagenart, datum, other. */
  readonly field: string;
  /** Regular expressions (flags iu) for the label, matched against the whole label. */
  readonly labels: readonly string[];
}

/**
 * How a Beratungsfolge names its columns and its rows' roles (regular expressions, flags iu). A column header is
 * matched whole, with or without a colon („Sitzungstermin:“); a row typed as a line („Gemeinderat – 19.05.2026 –
 * Beschlussfassung“) ends in one of the role words.
 */
export interface BeratungDecl {
  readonly gremium: string;
  readonly datum: string;
  readonly rolle: string;
  /** Every role a body can have in a Beratungsfolge, the deciding ones among them. */
  readonly roles: string;
}

export interface Grammar {
  readonly parts: readonly PartHeadingDecl[];
  readonly headerLabels: readonly HeaderLabelDecl[];
  /** Words in a Beratungsfolge row's role column that mark the deciding body. */
  readonly deciding: string;
  readonly beratung: BeratungDecl;
  /** Log-weights; see DEFAULT_WEIGHTS. */
  readonly weights: Readonly<Record<WeightName, number>>;
}

/** The weights the decoder adds for a feature; a profile may change any of them. */
export const DEFAULT_WEIGHTS = {
  /** A line that matches a part's heading in that part's head state. */
  partHeading: 8,
  /** A decision heading („Beschlussvorschlag:“, „Der Rat möge beschließen:“). */
  decisionHeading: 8,
  /** A labelled header row or line („Federführend: | Amt …“). */
  headerLabel: 6,
  /** A row of a Beratungsfolge table, or its header row. */
  beratung: 6,
  /** A line numbered at the top level of a list (1. 1.) 1) (1) I. 01), in the decision part. */
  numbered: 3,
  /** A line numbered at the second level (a) 1.1 –), under a clause. */
  subNumbered: 3,
  /** A lead-in („… folgenden Beschluss zu fassen:“) right after a decision heading. */
  leadIn: 4,
  /** Prose in a part's body. */
  prose: 1,
  /** Any line as „other“: the floor every reading must beat. */
  other: -2,
  /** Leaving the header zone back into it after the body began. */
  backToHeader: -9,
  /** A change of part between two rows of one table that no heading row opens. */
  sameTable: -5,
  /** Any change of state that the grammar does not name. */
  jump: -3,
} as const;
export type WeightName = keyof typeof DEFAULT_WEIGHTS;

const NUM = String.raw`(?:(?:[IVX]{1,5}|\d{1,2}|[A-H])[.)]\)?\s*)?`;

export const DEFAULT_PARTS: readonly PartHeadingDecl[] = [
  {
    part: "text",
    patterns: [
      String.raw`${NUM}(?:Sachverhalt|Sachdarstellung|Begründung|Erläuterung(?:en)?(?: und Begründung)?|Ergänzende Erläuterungen|Problembeschreibung|Beschlussvorschriften|bereits gefasste Beschlüsse|(?:Sitzungs)?[Vv]ortrag|Gleichstellungsrelevante Auswirkungen|Personelle Auswirkungen|Personalwirtschaftliche Auswirkungen|Auswirkungen auf den Stellenplan|Auswirkungen auf (?:den Klimaschutz|das Klima|die Umwelt)|Klimaschutzrelevanz|Vorbemerkung(?:en)?|Sachbericht|Rechtsgrundlage(?:n)?|Zu Ziffer \d+|Zu \d+\.?|(?:Berücksichtigung von )?Gender[- ]?Aspekte(?:n)?)\b`,
      // The lettered parts of a Senats-, Kabinetts- or Landesvorlage (Bremen: „A. Problem“, „B. Lösung“, „C. Alternativen“,
      // „E. Beteiligung und Abstimmung“, „F. Öffentlichkeitsarbeit und Veröffentlichung nach dem …“): their words only with their letter.
      String.raw`[A-H]\.\s*(?:Problem(?:\s+und\s+Ziel)?|Lösung|Alternativen|Beteiligung(?:\s+und\s+Abstimmung)?|Öffentlichkeitsarbeit(?:\s+und\s+Veröffentlichung\b[^.;:]{0,80})?)(?=\s*:?$)`,
    ],
  },
  {
    part: "fin",
    patterns: [
      // „D. Finanzielle und personalwirtschaftliche Auswirkungen, Genderprüfung, Klimacheck“: a lettered part that names further checks after the money.
      String.raw`[A-H]\.\s*Finanzielle(?:\s+und\s+\p{L}+)?\s+Auswirkungen(?:,[^.;:]{1,100})?(?=\s*:?$)`,
      // „Wirtschaftliche / finanzielle Auswirkungen“ (Schwerin's Begründung, its fourth point): the money's part as well.
      String.raw`${NUM}(?:(?:Wirtschaftliche|Personelle)\s*(?:\/|und)\s*finanzielle Auswirkungen|Finanzielle Auswirkungen|Haushaltsmäßige Auswirkungen|Finanzierung|Auswirkungen auf den Haushalt|Kosten und Finanzierung|Haushaltsrechtliche Auswirkungen|Darstellung der finanziellen Auswirkungen|Ressourcen(?:bedarf)?|Finanzielle und personelle Ressourcen|Kostentabelle)\b`,
    ],
  },
  { part: "anl", patterns: [String.raw`${NUM}Anlage(?:n|\/n)?(?:\s*:|\s*$)`] },
  { part: "verteiler", patterns: [String.raw`${NUM}Verteiler\b`] },
];

export const DEFAULT_HEADER_LABELS: readonly HeaderLabelDecl[] = [
  { field: "vorlagenNr", labels: ["Vorlagen?[-–\\s]*(?:Nummer|Nr\\.?)", "DS[-–\\s]*(?:Nummer|Nr\\.?)", "Drs\\.?\\s*[-–]?\\s*Nr\\.?", "Drucksache(?:n)?(?:[-–\\s]*(?:Nummer|Nr\\.?))?(?:\\s*\\(.*\\))?", "(?:Sitzungs)?[Vv]orlage\\s*(?:Nr\\.?)?", "Antrag\\s*Nr\\.?", "Antrags?[-\\s]*(?:Nummer|Nr\\.?)", "Vorlage"] },
  // „betr.:“: the Betreff's label abbreviated (Hamburg's Drucksachen, letters of old).
  { field: "betreff", labels: ["Betreff", "Betr\\.", "Gegenstand(?:\\s+der\\s+(?:Vorlage|Drucksache|Beschlussvorlage))?", "Kurztitel", "Titel"] },
  { field: "gremium", labels: ["(?:Entscheidendes|Beschließendes|Zuständiges)\\s+Gremium", "Gremium", "Beschlussorgan", "(?:Vorlage\\s+)?zur\\s+Sitzung\\s+(?:der|des)"] },
  // „voraussichtlich:“ beside the Vorlage's own „Datum:“: the session it is expected in (Kreis Düren's form).
  { field: "sitzungsdatum", labels: ["Sitzungsdatum", "Sitzung am", "Datum der Sitzung", "Sitzungstermin", "Zur Sitzung", "(?:Sitzung(?:stermin|sdatum)?\\s*)?\\(?voraussichtlich\\)?", "Voraussichtliche[rs]?\\s+(?:Sitzungs)?(?:termin|datum|Sitzung)"] },
  { field: "federfuehrung", labels: ["Federführ\\p{L}*(?:\\s+\\p{L}+)?", "Verantwortlich(?:e(?:\\s*/\\s*r|r)?)?"] },
  { field: "beteiligte", labels: ["Beteiligt\\p{L}*(?:\\s+\\p{L}+)?", "Beteiligung(?:en)?", "Mitwirkend\\p{L}*"] },
  { field: "einreicher", labels: ["Einreicher(?:in)?", "Eingereicht\\s+(?:von|durch)", "Initiator(?:in)?", "Antragsteller(?:in)?", "Verfasser(?:in)?"] },
  { field: "vorlagenart", labels: ["Vorlagen?-?[Aa]rt", "Drucksache-Art", "Art", "Status"] },
  // The office that wrote the Vorlage („Amt | Hauptamt“, „Fachbereich: FB II – Bauen“): its Federführung where no label names one.
  // „Dezernat/Amt:“ (a Kreis's Dezernat and Amt in one cell) and a Landratsamt's „Sachgebiet:“ name it too; a bare „Dezernat:“ does not.
  { field: "amt", labels: ["Fachbereich", "Fachdienst", "Fachamt", "Amt", "Abteilung", "Dienststelle", "Organisationseinheit", "Dezernat\\s*/\\s*(?:Amt|Fachbereich|Fachdienst)", "Sachgebiet"] },
  { field: "other", labels: ["Datum", "Erstellungsdatum", "Sachbearbeit\\p{L}*", "Bearbeiter(?:/-in)?", "Aktenzeichen", "Az\\.", "Produkt", "Dezernat", "Telefon", "TOP", "Tagesordnung\\p{L}*", "Sitzungsart", "Öffentlichkeit\\p{L}*"] },
];

export const DEFAULT_BERATUNG: BeratungDecl = {
  gremium: "Gremi(?:um|en)|Beratungsfolge|Beratung|Beratungsgremium",
  // „Geplante Sitzungstermine“, „Voraussichtlicher Termin“ (ALLRIS heads): the planned dates are the sessions' dates.
  datum: "Datum|Sitzung|Termin|Sitzungstermin|Sitzungsdatum|Datum der Sitzung|Sitzung am|Sitzungstag|(?:Geplante[rs]?|Voraussichtliche[rs]?)\\s+(?:Sitzungs)?(?:[Tt]ermine?|[Dd]aten|[Dd]atum)|Sitzungstermine|Termine",
  rolle: "Zuständigkeit|Rolle|Beratungsart|Beratungstyp|Art der Beratung|Ergebnis",
  roles: "Vorberatung|Entscheidung|Kenntnisnahme|Anhörung|Empfehlung|beratend|beschließend|Beschluss(?:fassung)?|Endgültige Entscheidung|Entscheid",
};

export const DEFAULT_GRAMMAR: Grammar = {
  parts: DEFAULT_PARTS,
  headerLabels: DEFAULT_HEADER_LABELS,
  deciding: "^(?:Entscheidung|beschließend|Beschluss(?:fassung)?|Endgültige Entscheidung|Entscheid)\\b",
  beratung: DEFAULT_BERATUNG,
  weights: DEFAULT_WEIGHTS,
};

/** The profile's grammar over the defaults: its parts and labels are tried first, its weights replace the defaults'. */
export function grammarOf(own: Partial<{ parts: readonly PartHeadingDecl[]; headerLabels: readonly HeaderLabelDecl[]; deciding: string; weights: Partial<Record<WeightName, number>> }> | undefined): Grammar {
  if (own === undefined) return DEFAULT_GRAMMAR;
  return {
    parts: [...(own.parts ?? []), ...DEFAULT_PARTS],
    headerLabels: [...(own.headerLabels ?? []), ...DEFAULT_HEADER_LABELS],
    deciding: own.deciding ?? DEFAULT_GRAMMAR.deciding,
    beratung: DEFAULT_BERATUNG,
    weights: { ...DEFAULT_WEIGHTS, ...own.weights },
  };
}
