/**
 * The printed layout of a Vorlage, as data: what the header says line by line, how dates
 * and the Finanzierung read, what the page number looks like. Both document adapters
 * render from it, so that a second city's layout is configuration, not code.
 */

/** Paragraph style of a header line; each is a named style in the document ("BV Betreff" …). */
export type KopfStil = "briefkopf" | "titel" | "kopf" | "betreff";

export interface KopfZeile {
  /**
   * Words and `{fields}`: `header.*` and `zustaendigkeit.*` field names. The field becomes a
   * content control; an empty one shows a grey prompt instead of leaving a gap.
   * `{header.sitzungsart:kurz}` writes „Ö“/„N“ instead of „öffentlichen“.
   */
  readonly text: string;
  readonly stil?: KopfStil;
}

/** Blocks a city keeps in the document for the checks but does not print. */
export type VerborgenerBlock = "angaben" | "zustaendigkeit" | "finanzierung";

export interface Layout {
  readonly kopf: readonly KopfZeile[];
  /** The Sitzungsdatum in the header: „21.03.2024“ or „21. März 2024“. Other dates follow `houseStyle.date`. */
  readonly sitzungsdatum: "numeric" | "long";
  /** The Zuständigkeit line: words and `{zustaendigkeit.federfuehrend}`, `{zustaendigkeit.beteiligt}`. */
  readonly zustaendigkeit: string;
  /** The Finanzierung as sentences or as a two-column table. */
  readonly finanzierung: "satz" | "tabelle";
  /**
   * Printed as hidden text: Wiesbaden's Beschluss does not print the Gremium, the
   * Zuständigkeit or the Finanzierung (the money stands in the Beschluss clauses), but the
   * checks need them. A city that prints them leaves this empty.
   */
  readonly verborgen: readonly VerborgenerBlock[];
  /** The page number in the footer; `{seite}` is Word's PAGE field: „- {seite} -“ → „- 16 -“. */
  readonly seitenzahl: string;
  /**
   * The sending office's internal number under its name (a Zeichnung's `absenderNummer`):
   * `{nummer}` is the number, „-{nummer} -“ → „-16 -“ as under „Der Magistrat“ in Beschluss 0057.
   * Printed in the Absender's paragraph after a line break, so name and number stay together.
   */
  readonly absenderNummer: string;
  readonly schrift: { readonly name: string; readonly punkt: number };
}

/** Wiesbaden's layout, taken from its Beschluss Nr. 0057 of 21 March 2024. */
export const DEFAULT_LAYOUT: Layout = {
  kopf: [
    { text: "{header.gremium}", stil: "briefkopf" },
    {
      text: "Tagesordnung {header.tagesordnung} Punkt {header.tagesordnungspunkt} der {header.sitzungsart} Sitzung am {header.sitzungsdatum}",
      stil: "kopf",
    },
    { text: "Vorlagen-Nr. {header.vorlagenNr}", stil: "kopf" },
    { text: "{header.betreff}", stil: "betreff" },
    { text: "Beschluss Nr. {header.beschlussNr}", stil: "kopf" },
  ],
  sitzungsdatum: "long",
  zustaendigkeit: "Federführung: Dezernat {zustaendigkeit.federfuehrend}; beteiligt: {zustaendigkeit.beteiligt}",
  finanzierung: "satz",
  verborgen: [],
  seitenzahl: "- {seite} -",
  absenderNummer: "-{nummer} -",
  schrift: { name: "Arial", punkt: 11 },
};

/**
 * The profile's layout with Wiesbaden's for every key it leaves out. It asks only for the
 * part of a profile it reads (a `Profile` is one), so that the layout does not import the
 * profile that contains it: profile.ts → layout.ts, never back.
 */
export function layoutOf(profile: { readonly houseStyle: { readonly layout?: Partial<Layout> } }): Layout {
  return { ...DEFAULT_LAYOUT, ...(profile.houseStyle.layout ?? {}) };
}

/** The pieces of a template line: literal words and field names (with an optional `:variant`). */
export type TemplatePiece = { readonly text: string } | { readonly field: string; readonly variant?: string };

export function parseTemplate(template: string): TemplatePiece[] {
  const pieces: TemplatePiece[] = [];
  const re = /\{([a-zA-Z.]+)(?::([a-z]+))?\}/g;
  let at = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > at) pieces.push({ text: template.slice(at, m.index) });
    pieces.push(m[2] ? { field: m[1] as string, variant: m[2] } : { field: m[1] as string });
    at = m.index + m[0].length;
  }
  if (at < template.length) pieces.push({ text: template.slice(at) });
  return pieces;
}
