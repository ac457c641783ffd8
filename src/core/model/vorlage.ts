/**
 * The Vorlage (Beschlussvorlage) as a persistent value. Every other part of the add-in
 * (the Word adapter, the .docx engine, the task pane, the CLI) reads and writes this shape;
 * the document body is the truth and this model is what we derive from it.
 *
 * Numbers of sections and clauses are deliberately absent: they are derived from order
 * (see `numbering`). `writtenNumber` only records what a document *shows*, so that a
 * document edited without the add-in can be told that its numbers are stale.
 */

/** Whether the deciding session is public; decides where the Vorlage is published. */
export type Sitzungsart = "oeffentlich" | "nichtoeffentlich";

/** One-off or recurring money: the Kämmerei books them differently. */
export type Turnus = "einmalig" | "jaehrlich";

/** What a Verteiler recipient is asked to do with the decision. */
export type Bitte = "kenntnisnahme" | "veranlassung";

/** A calendar date as `YYYY-MM-DD`. May hold an impossible date read from a document (validation reports it). */
export type IsoDate = string;

export interface Header {
  /** The deciding body, e.g. "Magistrat" or "Stadtverordnetenversammlung"; '' when unknown. */
  readonly gremium: string;
  readonly sitzungsart: Sitzungsart | undefined;
  readonly sitzungsdatum: IsoDate;
  /** Part of the agenda, e.g. "II" in "Tagesordnung II Punkt 10"; '' when the body has one agenda. */
  readonly tagesordnung: string;
  /** The agenda point, e.g. "10". */
  readonly tagesordnungspunkt: string;
  /** e.g. "24-V-07-0001"; its shape is the profile's `vorlagenNr.pattern`. */
  readonly vorlagenNr: string;
  /** The title of the Vorlage. */
  readonly betreff: string;
  /** Assigned once decided, e.g. "0057"; empty while drafting. */
  readonly beschlussNr: string;
  /** e.g. "Beschlussvorlage", "Magistratsvorlage", "Sitzungsvorlage". */
  readonly vorlagenart: string;
}

/**
 * A cross-reference in a clause's text to another clause or sub-point of the same Vorlage
 * („unter Ziffer 2.1“, „Buchstabe b“): the characters `start`..`end` of the text are the
 * target's number as the document shows it, and `ziel` is the target's id. The number is
 * derived like every number (src/core/references): when the target moves, only those
 * characters change. A sub-point is named by its letter alone („b“); „Ziffer 2.1
 * Buchstabe b“ is two references.
 */
export interface Verweis {
  /** The id of the clause or sub-point referred to. */
  readonly ziel: string;
  /** UTF-16 offsets into the owner's `text`: the number, without „Ziffer“ before it. */
  readonly start: number;
  readonly end: number;
}

/**
 * A sub-point a), b), c) under a clause. Real Beschlüsse list measures this way; keeping them
 * apart from the clause text lets them be numbered, checked and exported like clauses.
 */
export interface Unterpunkt {
  readonly id: string;
  readonly text: string;
  /** The letter as shown in a document, e.g. "b)"; never the truth. */
  readonly writtenNumber?: string;
  /** References in `text` to other clauses or sub-points, in text order; absent when none. */
  readonly verweise?: readonly Verweis[];
}

export interface Clause {
  /** Stable across edits and moves; the document keeps it in the content control's tag. */
  readonly id: string;
  /** The user's words. No operation but an explicit text edit changes them. */
  readonly text: string;
  /** The number as shown in a document, if read from one; never the truth. */
  readonly writtenNumber?: string;
  /** Sub-points a), b), c) in order; absent or empty when the clause has none. */
  readonly unterpunkte?: readonly Unterpunkt[];
  /** References in `text` to other clauses or sub-points, in text order; absent when none. */
  readonly verweise?: readonly Verweis[];
}

export interface Section {
  readonly id: string;
  /** `kenntnisnahme`, `beschluss`, or a kind the profile declares. */
  readonly kind: string;
  readonly clauses: readonly Clause[];
  readonly writtenNumber?: string;
}

/** The budget holder that pays (part of) the money. */
export interface Haushaltsstelle {
  /** Dezernat id as the profile names it, e.g. "VII" or "6". */
  readonly dezernat: string;
  readonly produkt: string;
  readonly kostenstelle: string;
  /** The Sachkonto (account) where the city books it; absent or '' when not named. */
  readonly sachkonto?: string;
}

export interface Deckungsquelle {
  readonly id: string;
  readonly stelle: Haushaltsstelle;
  /** Share of the Betrag, 0..1 (0.5 for "hälftig"). */
  readonly anteil?: number;
  /** Alternatively an amount in cents; shares or amounts must account for the whole Betrag. */
  readonly betragCent?: number;
}

export interface Finanzierung {
  /** "Finanzielle Auswirkungen: ja/nein". When false, nothing else is required. */
  readonly auswirkungen: boolean;
  /** In cents; 0 is a valid, explicit amount, `undefined` means not stated. */
  readonly betragCent?: number;
  readonly turnus?: Turnus;
  readonly haushaltsjahr?: number;
  readonly quellen: readonly Deckungsquelle[];
  /** Who books it, e.g. "III/20" (Dezernat III, Amt 20 = Kämmerei); '' when not named. */
  readonly bewirtschaftung: string;
}

export interface Zustaendigkeit {
  /** The federführendes Dezernat (profile id); '' when not set. */
  readonly federfuehrend: string;
  readonly beteiligt: readonly string[];
}

/** A reference to an earlier decision, e.g. "(antragsgemäß Magistrat 27.02.2024 BP 0106)". */
export interface Bezug {
  readonly id: string;
  readonly gremium: string;
  readonly datum: IsoDate;
  /** The Beschlusspunkt number, e.g. "0106". */
  readonly bp: string;
  /** e.g. "antragsgemäß"; '' when none. */
  readonly vermerk: string;
}

export interface VerteilerEintrag {
  readonly id: string;
  readonly empfaenger: string;
  readonly bitte: Bitte | undefined;
  /** The Zeichnung (id) under which this entry is sent; absent: the document's first. */
  readonly zeichnung?: string;
}

export interface Zeichnung {
  readonly id: string;
  readonly ort: string;
  readonly datum: IsoDate;
  /** e.g. "im Auftrag", "in Vertretung"; '' when signed in person. */
  readonly zusatz: string;
  readonly name: string;
  /**
   * The office that sends on, e.g. „Der Magistrat“: its Zeichnung starts a new page under
   * that name, dated above its Verteiler. Absent or '' for the deciding body's own.
   */
  readonly absender?: string;
  /**
   * The sending office's internal number, as its own digits („16“ for the Magistrat's
   * „-16 -“): printed beside the Absender in the house style's form (`Layout.absenderNummer`).
   * Absent or '' when the office gives none; meaningless without an Absender.
   */
  readonly absenderNummer?: string;
}

/** One step of the Beratungsfolge: which body deals with the Vorlage, when, and in what role. */
export interface Beratung {
  readonly id: string;
  readonly gremium: string;
  readonly datum: IsoDate;
  /** e.g. "Vorberatung", "Entscheidung", "Kenntnisnahme". */
  readonly rolle: string;
  /** True for the body whose decision is final (OParl `authoritative`). */
  readonly entscheidend: boolean;
}

/** Values of the blocks a profile declares beyond the fixed model (e.g. Klimaprüfung). */
export type BlockValues = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface Vorlage {
  readonly header: Header;
  readonly zustaendigkeit: Zustaendigkeit;
  readonly sections: readonly Section[];
  /** `undefined` when the document says nothing about money. */
  readonly finanzierung: Finanzierung | undefined;
  readonly bezuege: readonly Bezug[];
  readonly beratungsfolge: readonly Beratung[];
  readonly verteiler: readonly VerteilerEintrag[];
  readonly zeichnungen: readonly Zeichnung[];
  readonly bloecke: BlockValues;
}

/** The built-in section kinds; profiles may add more. */
export const BUILTIN_SECTION_KINDS = ["kenntnisnahme", "beschluss"] as const;
export type BuiltinSectionKind = (typeof BUILTIN_SECTION_KINDS)[number];
