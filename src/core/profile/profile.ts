import type { Severity } from "../validation/finding";
import type { Layout } from "./layout";

/**
 * A municipality profile: everything that differs between cities is data here, so that a
 * second city is configuration, not code. Loaded from JSON and checked against
 * `schemas/profile.schema.json` by `parseProfile`.
 */

export type SectionNumberStyle = "arabic" | "roman" | "alpha-upper";
export type ClauseNumberStyle = "decimal" | "alpha" | "arabic-paren" | "arabic-dot";
/** Letters of sub-points: "a)" (default), "a.", "(a)". */
export type UnterpunktNumberStyle = "alpha-paren" | "alpha-dot" | "alpha-both";

/** German and, optionally, English label of something a profile declares. */
export interface Label {
  readonly de: string;
  readonly en?: string;
}

export interface ProfileDezernat {
  /** As written after "Dezernat"/"Dez.": "VII" or "6". */
  readonly id: string;
  readonly name: string;
  /** The organisation code this Dezernat has inside Vorlagen numbers ("07" for VII in Wiesbaden). */
  readonly orgCode?: string;
  /** OParl Organization URL of this Dezernat on the city's OParl server, when known; never invented. */
  readonly oparlOrganization?: string;
}

export interface ProfileAmt {
  /** e.g. "20" (Kämmerei). */
  readonly code: string;
  readonly name: string;
  readonly dezernat: string;
}

export interface ProfileGremium {
  readonly id: string;
  readonly name: string;
  /** OParl Organization URL, when the city's OParl server is known; never invented. */
  readonly oparlOrganization?: string;
}

export interface SectionKindDecl {
  readonly kind: string;
  /** The opening phrase of the section, e.g. "Es wird beschlossen, dass". */
  readonly phrase: string;
}

export interface BlockChoice {
  readonly value: string;
  readonly label: Label;
}

export interface BlockFieldDecl {
  readonly id: string;
  readonly label: Label;
  readonly type: "choice" | "text";
  readonly choices?: readonly BlockChoice[];
  readonly required: boolean;
  /** Required only when another field of the block has one of these values. */
  readonly requiredWhen?: { readonly field: string; readonly in: readonly string[] };
}

/** A block a city requires beyond the fixed model, e.g. Klimaprüfung or Beteiligungen. */
export interface BlockDecl {
  readonly id: string;
  readonly label: Label;
  readonly required: boolean;
  readonly fields: readonly BlockFieldDecl[];
}

/** Fields of the fixed model a profile can require. */
export const REQUIRABLE_FIELDS = [
  "header.gremium",
  "header.sitzungsart",
  "header.sitzungsdatum",
  "header.tagesordnungspunkt",
  "header.vorlagenNr",
  "header.betreff",
  "header.beschlussNr",
  "header.vorlagenart",
  "zustaendigkeit.federfuehrend",
  "finanzierung",
  "zeichnungen",
] as const;
export type RequirableField = (typeof REQUIRABLE_FIELDS)[number];

export interface MoneyStyle {
  /** `auto`: "1.000 €" for whole euros, "1.000,50 €" otherwise; `always`: "1.000,00 €". */
  readonly decimals: "auto" | "always";
  readonly currency: "€" | "EUR" | "Euro";
}

/**
 * How plain documents of a city are read. Heading phrases, the wording of shares and the
 * clues that name the deciding body differ between cities, so they are data here.
 */
export interface RecognitionDecl {
  /** Further phrases that open a section, e.g. „Die Stadtverordnetenversammlung möge beschließen:“. */
  readonly headings?: readonly SectionKindDecl[];
  /** Words that split the money equally between the Dezernate named, e.g. „hälftig“. */
  readonly equalShareWords?: readonly string[];
  /** A regular expression for an explicit share before a Dezernat; the group `anteil` holds the percentage. */
  readonly sharePattern?: string;
  /**
   * When the header names no Gremium: if every pattern matches some paragraph, the decision is
   * this Gremium's (Wiesbaden: „Tagesordnung II … Sitzung“ and „Dem Magistrat mit der Bitte um
   * weitere Veranlassung“ mean the Stadtverordnetenversammlung). The report says it was inferred.
   */
  readonly gremiumInference?: readonly { readonly gremium: string; readonly allOf: readonly string[] }[];
  /**
   * The grammar of a Vorlage's parts for the decoder (src/core/recognize/decode): further part
   * headings and header labels, tried before the defaults, and weights that replace the defaults'.
   */
  readonly grammar?: GrammarDecl;
}

/** A profile's additions to the decoder's grammar (see src/core/recognize/decode/grammar.ts for the defaults). */
export interface GrammarDecl {
  readonly parts?: readonly { readonly part: "text" | "fin" | "anl" | "verteiler"; readonly patterns: readonly string[] }[];
  readonly headerLabels?: readonly {
    readonly field: "vorlagenNr" | "betreff" | "gremium" | "sitzungsdatum" | "federfuehrung" | "beteiligte" | "einreicher" | "vorlagenart" | "datum" | "other";
    readonly labels: readonly string[];
  }[];
  /** A regular expression for the role column of a Beratungsfolge row that marks the deciding body. */
  readonly deciding?: string;
  readonly weights?: Readonly<Record<string, number>>;
}

/**
 * What the administration's own contact data look like. In a public Vorlage, a private
 * person's telephone number, mailbox or home address must not stand; the administration's own
 * numbers, domains and buildings may. The personal-data check asks this to tell them apart.
 */
export interface OwnContactsDecl {
  /** Mail domains of the administration (subdomains count too), e.g. „wiesbaden.de“. */
  readonly domains?: readonly string[];
  /** Beginnings of the administration's numbers as written, e.g. „0611 31“ or „+49 611 31“. */
  readonly telephonePrefixes?: readonly string[];
  /** The administration's buildings, e.g. „Schlossplatz 6, 65183 Wiesbaden“. */
  readonly addresses?: readonly string[];
  /** Regular expressions for local parts of functional mailboxes beyond the generic ones, e.g. „amt[0-9]+“. */
  readonly functionalMailboxes?: readonly string[];
}

export interface Profile {
  readonly id: string;
  readonly name: string;
  /** Place name used in the Zeichnung ("Wiesbaden, 21.03.2024"). */
  readonly ort: string;
  readonly dezernate: {
    /** How the city writes the word: "Dezernat" or "Dez.". */
    readonly prefix: string;
    readonly list: readonly ProfileDezernat[];
  };
  readonly aemter: readonly ProfileAmt[];
  readonly gremien: readonly ProfileGremium[];
  readonly vorlagenNr: {
    /** A regular expression; named groups `jahr` and `org` are checked against the Vorlage. */
    readonly pattern: string;
    readonly example: string;
  };
  readonly sectionKinds: readonly SectionKindDecl[];
  readonly numbering: {
    readonly section: SectionNumberStyle;
    readonly clause: ClauseNumberStyle;
    /** Absent: "a)". */
    readonly unterpunkt?: UnterpunktNumberStyle;
  };
  /** Textbausteine with `{placeholders}` filled from the fields. */
  readonly phrases: Readonly<Record<string, string>>;
  readonly requiredFields: readonly RequirableField[];
  readonly blocks: readonly BlockDecl[];
  readonly houseStyle: {
    readonly date: "numeric" | "long";
    readonly money: MoneyStyle;
    /** The printed layout; absent keys take `DEFAULT_LAYOUT` (src/core/profile/layout.ts). */
    readonly layout?: Partial<Layout>;
  };
  /** Per-city override of a rule's severity, or `off`. */
  readonly severity: Readonly<Record<string, Severity | "off">>;
  readonly oparl: { readonly body?: string; readonly paperType: string };
  /** How plain documents are read; absent: generic headings and share wording only. */
  readonly recognition?: RecognitionDecl;
  /** The administration's own numbers, domains and addresses; absent: none known. */
  readonly ownContacts?: OwnContactsDecl;
}
