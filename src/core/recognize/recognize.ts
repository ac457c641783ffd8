import { leadsIntoLetters } from "./lead-in-before-letters";
import { carriesStatute, continuesNumbering, isStatuteMark } from "./statute-in-clause";
import { findDates } from "../german/dates";
import { EMPTY_HEADER } from "../model/builders";
import type { IdSource } from "../model/ids";
import type { Beratung, Bezug, Bitte, Clause, Section, Unterpunkt, VerteilerEintrag, Vorlage, Zeichnung } from "../model/vorlage";
import type { Profile, SectionKindDecl } from "../profile/profile";
import type { Finding } from "../validation/finding";
import type { Anchors, TextRange } from "./anchors";
import { BITTE_AT_START, RECIPIENT_DASH_BITTE, bitteOfWords } from "../german/bitte-words";
import { isSignerTitle } from "./signer-title";
import { agendaPointOf, isAgendaLine } from "./agenda-line";
import { numberInAscii } from "../german/fullwidth-number";
import { lastClauseIsOver, maskedClauseNumber } from "./last-clause-is-over";
import { headsUnknownPart } from "./unknown-part-heading";
import { mitteilungTakesNote } from "./mitteilung-takes-note";
import { subPointNumber } from "./sub-point-number";
import { incomeOnlyText } from "./read-finanzierung-income";
import { findAmounts } from "../german/money";
import { clausesGoOnBelow, nextDecisionHeading } from "./clauses-go-on";
import { entriesInOneParagraph, withSoftBrokenPieces } from "./entries-in-one-paragraph";
import { recipientWithBitte } from "./recipient-and-bitte";
import { continuesFinanzierung } from "./line-below-finanzierung";
import { isDateAlone } from "./date-alone";
import { unreadVerteilerLine } from "./unread-verteiler";
import { otherProfileForm } from "./other-profile-form";
import { BUILTIN_PROFILES } from "../profile/builtin-profiles";
import { isFinanzierungLabelLine } from "./finanzierung-label";
import { RECOGNIZE_FINDING_CODES, type Place } from "./findings";
import { oneLine, shownText, toLines, toParagraphRange, type Line, type ParagraphInput } from "./lines";
import { romanPartTitles } from "./roman-part-titles";
import { restatedBelow, restates } from "./restated-decision";
import { isPetitumHeading } from "./petitum-heading";
import { readBlocks } from "./read-blocks";
import { titleBelowHeadTables } from "./title-below-head-tables";
import { readFinanzierung, statesNoEffects, type MoneyText } from "./read-finanzierung";
import { decode, goesOnBelow, JOINS_ON } from "./decode/decode";
import { compileGrammar, PLACE_DATE, type Features } from "./decode/features";
import { grammarOf } from "./decode/grammar";
import { readHeader, type HeaderRead } from "./decode/read-header";
import type { Decoded } from "./decode/roles";
import { linkZuleitung } from "./zuleitung";
import { firstWords } from "../german/first-words";
import { pageHeaderFields, type PageHeaderFields } from "./page-header-fields";

export type { ParagraphInput } from "./lines";
export { RECOGNIZE_FINDING_CODES, type Place } from "./findings";

/**
 * Turns the paragraphs of a plain Beschluss text into a Vorlage. Most existing Vorlagen
 * are Word files without our structure; reviewers still want them checked. Recognition
 * keys on the profile's phrases and on what German Vorlagen write (labels, numbering,
 * amounts, dates), not on one city's layout, and keeps the numbers as written — wrong
 * ones included, so that validation can report them.
 *
 * Nothing is dropped in silence: every paragraph with text ends in one place (`places`),
 * and what could not be placed or read for certain is a finding.
 */
export interface Recognized {
  readonly vorlage: Vorlage;
  readonly anchors: Anchors;
  /** Findings about the reading itself (codes in RECOGNIZE_FINDING_CODES). */
  readonly findings: readonly Finding[];
  /** Where each input paragraph went, index by index. */
  readonly places: readonly Place[];
  /**
   * The decoder's decision, line by line (a line is a paragraph or a table row): its role and
   * the features that decided it. `recognize --explain` prints it; the Zuleitung reads the
   * lines whose role is Verteiler or Zeichnung from it.
   */
  readonly lines: readonly RecognizedLine[];
}

/** One line of the document as the decoder saw it. */
export interface RecognizedLine {
  /** The input paragraphs this line is made of (one, or a table row's). */
  readonly paras: readonly number[];
  readonly text: string;
  readonly decoded: Decoded;
  readonly features: Features;
}

/** Leading list bullets as text ("- 1.1", "• 1.1") are not part of the clause. */
/**
 * A line's marker before its text or number: a dash, a bullet, or an emoji set off by a space („📌 1.3 die Stadt …“, „✅ …“:
 * Word writes it as a w16se:symEx, read as its character). An emoji only where it shows as one by default or asks to
 * (U+FE0F): „☑“ and „☐“ are a form's boxes, never a marker.
 */
const BULLET = /^(?:[-–•▪*]|\p{Emoji_Presentation}\uFE0F?|\p{Extended_Pictographic}\uFE0F)\s+/u;
/** „1.“, „1.1“, „a)“, „(1)“ …, and a number typed with leading zeros before a tab („001⇥Der Oberbürgermeister …“, Jena's Fraktionen). */
// An outline number alone on its line („2.2“, its text never written) is an empty clause, which check names as such.
const CLAUSE_NUMBER = /^(\d{1,2}(?:\.\d{1,3})+\.?(?=[\s\t]|$)|(?:\d{1,2}\.\)|\d{1,2}\.|[IVX]{1,4}\.|[a-z]\)|\d{1,2}\)|\(\d{1,2}\)|0\d{1,2}(?=\t))(?=[\s\t]))/u;
const LETTER = /^[a-z]\)$/u;
const SECTION_NUMBER = /^((?:\d{1,2}|[IVX]{1,5}|[A-H])\.)\s*/u;
const STOP = /^(?:(?:Der|Die) (?:Stadtrat|Gemeinderat|Magistrat|Oberbürgermeister(?:in)?) der (?:Landeshauptstadt|Stadt)\b|Begründung|Erläuterung|Ergänzende Erläuterungen|Anlage|Sachverhalt|Beratungsergebnis|Abstimmung(?:sergebnis)?|Finanzielle Auswirkungen|Antragsteller)\b/u;
/**
 * Headings of a decision part that many cities use, for texts that do not use the profile's phrases; numbered as a
 * part („III. Beschluss“, „2. Beschlussvorschlag“) or lettered („G. Beschluss“, the last of a Bremen Senatsvorlage's
 * parts A.–G., as Landes- and Senatsvorlagen letter theirs); „Beschlussempfehlung“ (komuna's Sitzungsvorlagen in Bayern).
 */
const GENERIC_BESCHLUSS =
  /^(?:(?:[IVX]{1,4}|\d{1,2}|[A-H])\.\s*)?(?:Beschlu(?:ss|ß)(?:entwurf|empfehlung)?|(?:Beschlu(?:ss|ß)antrag|Beschlu(?:ss|ß)vorschlag|Antrag)(?:\s+(?:der|des)\s+(?:Referent(?:in|en)|(?:Stadt)?[Vv]erwaltung|(?:Ober)?[Bb]ürgermeister(?:in|s)|Dezernent(?:in|en)|Magistrats)(?:\s+und\s+(?:der|des)\s+\p{L}+)?)?|(?:Der|Die|Das) .{3,60} (?:möge|wolle|soll) beschließen|(?:Der|Die|Das) .{3,60} beschließt)\s*(?:\([^()]{1,40}\))?\s*:?$/iu;
/**
 * „Antrag,“ alone on its line, the sentence going on below („folgende Zuwendungen … zu beschließen:“, Hannover's
 * Beschlussdrucksachen: „Antrag, zu beschließen …“): the heading of the decision, the words below its clause.
 */
const ANTRAG_COMMA = /^Antrag\s*,$/u;
/**
 * „Beschluss:“ alone on its line: the page that states the decision in full (Karlsruhe's last page, after a
 * „Beschlussantrag (Kurzfassung)“ at the top). A decision heading also where the profile's own heading is in the text,
 * if the lines below it state that decision again (restated-decision.ts).
 */
const FULL_STATEMENT = /^Beschlu(?:ss|ß)\s*:$/u;
/** „Antrag an den Gemeinderat“, „II. Antrag an den Bauausschuss“ over the decision stated in full: the body it is put to, no clause. */
const MOTION_TO = /^(?:[IVX]{1,4}\.\s*)?Antrag an (?:den|die|das) \p{Lu}[\p{L}\- ]{2,60}$/u;
/**
 * „I. Beratung der Stellenschaffungen in der Sitzung des Personalausschusses am 12. Dezember 2025;“ in the decision stated in
 * full: what a preliminary body does in its session, the Beratungsfolge's procedure, no clause of the decision put to the council.
 */
const PRELIMINARY_SESSION = /^(?:[IVX]{1,4}\.\s*)?(?:Vor)?[Bb]eratung\b[^.]{0,160}?\bin der Sitzung (?:des|der) [^.]{3,80}?\bam\b/u;
/**
 * A Fraktion's letter to the chair that carries its Antrag: „hiermit bitten wir Sie, den folgenden Antrag auf die Tagesordnung
 * der Sitzung der Bezirksvertretung 10 am 9. März 2027 zu nehmen …:“. The sentence announces the motion below it, paragraph by
 * paragraph: the heading of the decision.
 */
const ANTRAG_FOR_AGENDA = /^(?=.{20,300}$)[^;]*\b(?:folgenden|nachstehenden)\s+Antrag\b[^;]*\bTagesordnung\b[^;]*:$/u;
/** „Beschlussvorschlag: Der Stadtrat beschließt:“: the heading and the body that decides, on one line. */
const GENERIC_BESCHLUSS_BODY = /^(?:Beschlu(?:ss|ß)vorschlag|Beschlu(?:ss|ß)antrag|Antrag|Beschlu(?:ss|ß))\s*:\s*(?:Der|Die|Das) [^.;:]{3,60} (?:beschließt|(?:möge|wolle|soll) beschließen)\s*:$/u;
/**
 * „Die Bezirksvertretung Porz nimmt zur Kenntnis, dass“ / „… nimmt zur Kenntnis:“: a heading, unlike a clause that ends its sentence
 * („… nimmt den Bericht zur Kenntnis.“). The office's own request heads a Vorlage zur Kenntnisnahme as well: „Wir bitten zur Kenntnis
 * zu nehmen:“, „Das Bezirksamt bittet um Kenntnisnahme:“ (Berlin's Bezirksämter to their BVV).
 */
const GENERIC_KENNTNIS =
  /^(?:(?:[IVX]{1,4}|\d{1,2})\.\s*)?(?:(?:Der|Die|Das) [^.;:]{3,60}? (?:nimmt\b[^.;:]{0,40}?\bzur Kenntnis(?:,?\s*dass|\s*:)|(?:bittet|ersucht)\b[^.;:]{0,60}?\b(?:zur Kenntnis zu nehmen|um Kenntnisnahme)\s*:)|(?:Wir|Ich) (?:bitten|bitte|ersuchen|ersuche)\b[^.;:]{0,60}?\b(?:zur Kenntnis zu nehmen|um Kenntnisnahme)\s*:)$/u;
/** „I. Kenntnisnahme“, „Zur Kenntnisnahme:“: a part heading of a Mitteilung, numbered or with a colon (a bare word may be a Beratungsfolge's role). */
const KENNTNISNAHME_HEADING = /^(?:(?:[IVX]{1,4}|\d{1,2})\.\s*(?:Zur\s+)?Kenntnisnahme\s*:?|(?:Zur\s+)?Kenntnisnahme\s*:)$/iu;
/** „Ich beantrage Folgendes:“, „Die Verwaltung beantragt:“: words between a decision heading and its numbered clauses that are no clause. */
const LEAD_IN = /^(?=.{0,80}$)[^.;]*\b(?:beantrag\w*|Folgendes|folgenden Beschluss)\b[^.;]*:$/u;
/**
 * „Die Bezirksversammlung wird gebeten,“ over numbered infinitives („1. dem Verein … zu bewilligen,“): Hamburg's Petitum asks the
 * body that decides; the words lead in to the clauses and are none of them.
 */
const BODY_ASKED = /^(?:Der|Die|Das)\s+\p{Lu}[^.;:]{2,80}?\s+wird\s+gebeten\s*[,:]$/u;
/** A preliminary body's recommendation, lettered or not: „a) Der Fachbereichsausschuss … empfiehlt, den Beschluss zu c) zu fassen.“ */
const RECOMMENDS = /^(?:[a-z]\)\s*)?(?:Der|Die|Das)\s+[^.;:]{3,80}?\s+empfiehlt\b[^.;:]{0,80}?\b(?:Beschluss\s+(?:zu\s+\S+\s+|gemäß\s+\S+\s+)?zu\s+fassen|zu\s+beschließen)\.?$/u;
/** A lettered item that leads in to the numbered clauses below it: „c) Der Rat nimmt … zur Kenntnis und beschließt:“. */
const LETTER_LEAD_IN = /^[a-z]\)\s*(?:Der|Die|Das)\s+[^.;]{3,160}\b(?:beschließt|beschließen)\s*:$/u;
/** „III. Beschluss“ — „nach Antrag.“: the decision is the Antrag above, no part of its own (München's Sitzungsvorlagen). */
const NACH_ANTRAG = /^(?:nach|gemäß|wie im) Antrag\b[^.;]{0,60}\.?$|^wie beantragt\.?$/iu;
/** A Beratungsfolge row as text; „x“: a cross under „ö“ or „nö“ whose column the text no longer shows (a PDF's text, Karlsruhe). */
const BERATUNG = /^(\p{Lu}[\p{L}\- ]+?)\s+(\d{1,2}\.\d{1,2}\.\d{4})\s+(\d+[\d.]*)\s+(Ö|N|x|X)\s+(Vorberatung|Entscheidung|Kenntnisnahme|Anhörung)\b/u;
const BERATUNG_HEAD = /^(?:Gremium|Gremien|Beratungsfolge)\b.*\bTermin\b/iu;
// A comma inside a body's name lists its fields („Ausschuss für Planung, Bau und Verkehr“); one before an article or pronoun ends it.
const NAME_CHAR = String.raw`(?:[^,;()]|,(?=\s(?!(?:der|die|das|den|dem|des|welche\p{L}*|wo|in|im|am|vom|zu|zur|zum|und|sowie|bzw)\b)\p{L}))`;
/**
 * „Sitzung der Bezirksvertretung Porz am 26.08.2025“, „Beschluss der Vollversammlung des Stadtrates vom 22.03.2023“,
 * „Vorlage für die Sitzung des Senats am 16. Februar 2027“ (Bremen's Senats- and Deputationsvorlagen), and an agenda line
 * „Tagesordnung I Punkt 4 der öffentlichen Sitzung des Bauausschusses am 12. Juni 2025“: the deciding body and its date. A body's
 * name may list its fields with commas („Ausschuss für Planung, Bau und Verkehr“).
 */
const SITZUNG_OF = new RegExp(
  String.raw`^(?:(?:(?:Antrag|Anfrage|Vorlage)\s+)?(?:zur|für\s+die)\s+|(?:Tagesordnung\s+(?:\S+\s+)?Punkt\s+\S+|TOP\s+[\d.]+)\s+(?:der|in\s+der|für\s+die)\s+)?(?:(?:öffentliche|nicht\s?öffentliche)[rn]?\s+)?(?:Sitzung|Beschluss)\s+(des|der)\s+(\p{Lu}${NAME_CHAR}{2,60}?)\s+(?:am|vom)\s+\d`,
  "iu",
);
/** A record's line of the session that dealt with the Vorlage: „32. Sitzung des OBR 6 am 08.07.2014, TO I, TOP 32“ (Frankfurt's Parlis). */
const RECORDED_SESSION = /^\d{1,3}\.\s*Sitzung\s+(?:des|der)\s+(\p{Lu}[^,;()]{1,60}?)\s+am\s+\d{1,2}\.\s*\d{1,2}\.\s*\d{4}\b/u;
/** „Antrag vom 11.03.2025, OF 1243/6“: the number a council's information system gives an Antrag (Frankfurt's Parlis). */
const ANTRAG_VOM = /^(?:Antrag|Anregung|Anfrage|Bericht|Vorlage)\s+vom\s+\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}\s*,\s*(?:Nr\.?\s*)?(\p{Lu}{1,3}\s*\d+(?:\/\d+)?)\s*$/u;
/** A Vorlage's number alone between dashes: „– 101.19.0412 –“, „- 2027/0412 -“ (five digits or more with a dot or slash, unlike a page number or „- 2/3 -“; the first dash may be stripped as a bullet). */
const BETWEEN_DASHES = /^(?:[–—-]\s*)?(?=(?:\D*\d){5})((?:\p{Lu}{1,6}[\s/-]?)?\d{1,4}(?:[./]\d{1,6})+[a-z]?)\s*[–—-]$/u;
/** „Antrag zur Tagesordnung für den Kreistag am 14.10.2027“, „Antrag für den Rat am …“: the body an Antrag is laid before, and the session's date. */
const ANTRAG_FOR_BODY = new RegExp(String.raw`^(?:Antrag|Anfrage)\s+(?:zur\s+Tagesordnung\s+)?für\s+(?:den|die|das)\s+(\p{Lu}${NAME_CHAR}{2,60}?)\s+am\s+\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}`, "u");
/** „Tagesordnungspunkt:“, „TOP:“ alone on its line: the agenda item's title (the Betreff) stands below it. */
const AGENDA_LABEL_ALONE = /^(?:Tagesordnungspunkt|Tagesordnung|TO-Punkt|TOP)\s*:$/u;
/** „7“, „7.2“, „IV.“ alone on a line: a number, never a subject. */
const BARE_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*|[IVX]{1,4})\.?$/u;
/** „Tagesordnungspunkt 4: Teilfortschreibung …“, „TOP 7: …“: an agenda item's number, a colon and its title. */
const AGENDA_ITEM_TITLE = /^(?:Tagesordnungspunkt|TOP|TO-Punkt)\s*(?:Nr\.\s*)?(?:\d{1,3}(?:\.\d{1,3})*|[IVX]{1,4})\.?\s*:\s*(\p{Lu}.{5,})$/su;
/** „… der Sitzung der Bezirksvertretung 10 am 9. März 2027 …“ inside a sentence: the session's body and its date. */
const SESSION_IN_HEADING = new RegExp(String.raw`\bSitzung\s+(des|der)\s+(\p{Lu}${NAME_CHAR}{2,60}?)\s+am\s+\d{1,2}\.\s*(?:\d{1,2}\.\s*\d{4}|\p{Lu}\p{Ll}+\s+\d{4})`, "u");
/** A letter's salutation: „Sehr geehrter Herr Lindenthal,“, „Sehr geehrte Damen und Herren,“. */
const SALUTATION = /^Sehr geehrte[rs]?\b.{0,80},$/u;
/** „Nr. 15-0288/2027“ alone: a number's shape (digits with a hyphen or slash inside, a short prefix of capitals), no date, no words. */
const NR_ALONE = /^Nr\.\s*((?:\p{Lu}{1,6}[\s/-]?)?\d[\d/-]*[/-]\d[\d/-]*[a-z]?)$/u;
/** The body a decision heading names: „Der Ortsbeirat möge beschließen:“, „Die Bezirksvertretung Porz beschließt:“. */
const BODY_OF_HEADING = /^(?:(?:[IVX]{1,4}|\d{1,2})\.\s*)?(?:Der|Die|Das)\s+(\p{Lu}[^,;:]{2,60}?)\s+(?:(?:möge|wolle|soll)\s+beschließen|beschließt|nimmt\b.*\bzur Kenntnis)\b/u;

/** „mit der Bitte um Kenntnisnahme“, „zur weiteren Veranlassung“, and as offices abbreviate them: „z. w. V.“, „z. K.“. */
const BITTE = BITTE_AT_START;
/** A page number as a footer or a typed line shows it: „- 16 -“, „27 -“, „- 27“ (raw text, before a leading dash is taken for a bullet). */
const PAGE_NUMBER = /^(?:[-–]\s*\d{1,3}\s*[-–]?|\d{1,3}\s*[-–])$/u;
const ZEICHNUNG = PLACE_DATE;
const ZUSATZ = /^(im Auftrag|i\.\s?A\.|in Vertretung|i\.\s?V\.)$/iu;
/** „Für die Fraktion BÜNDNIS 90/DIE GRÜNEN“, „Für den Magistrat“ above a signer's name: the body signed for, a short line that is no sentence. */
const ON_BEHALF_OF = /^Für\s+(?:die|den|das)\s+[^.:;!?]{1,60}$/u;
const SENDER = /^(?:(?:Der|Die|Das)\s+(?:Magistrat|Oberbürgermeister(?:in)?|Bürgermeister(?:in)?|Stadtrat|Vorsitzende)\b.{0,40}|-\s*\d+\s*-)$/u;
const BEZUG = /\(\s*(antragsgemäß|abweichend|geändert|gemäß)?\s*([^()]*?)\s+(\d{1,2}\.\d{1,2}\.\d{4})\s+BP\s+(\d+)\s*\)/u;
const HEADER_LABEL = /^(?:Betreff|Verantwortlich|Dienststelle|Federführ\w*|Beteiligt\w*|Gremium|Sitzung\w*|Datum|Aktenzeichen|Amt|Vorlagenart|Sitzungsart|TOP|Termin)\b/iu;
const MONEY = /Finanzielle Auswirkungen|Finanzierung|Haushalt|Produkt|Kostenstelle|Sachkonto|Deckung|Budget|Betrag|Turnus|Gesamtkosten|Kosten|Mittel|Umsetzung|Anteil|Investition|€|\bEUR\b|\bEuro\b/u;

/**
 * The number typed at the start of a paragraph („- 1.3⇥die Stadt …“, „2. Es wird …“), as
 * recognition reads it, and the text after it. A structured document whose number could not
 * be put in a number control (it stands in a hyperlink or a tracked change) still shows it
 * as text; the structured reading takes it the same way, so both readings agree.
 */
export function typedNumber(text: string, of: "clause" | "section"): { readonly number: string; readonly rest: string } | undefined {
  const { text: plain } = strip(text);
  // „１.１“ read as its digits, kept as written, as recognize does.
  const read = numberInAscii(plain);
  const m = of === "clause" ? CLAUSE_NUMBER.exec(read) : /^((?:\d{1,2}|[IVX]{1,5}|[A-H])\.)(?=\s|$)/u.exec(read);
  return m ? { number: plain.slice(0, (m[1] as string).length), rest: plain.slice((m[1] as string).length).replace(/^[\s\t]+/u, "") } : undefined;
}

interface Stripped {
  readonly text: string;
  readonly offset: number;
}

function strip(text: string): Stripped {
  const lead = text.length - text.trimStart().length;
  const bullet = BULLET.exec(text.slice(lead));
  const offset = lead + (bullet ? bullet[0].length : 0);
  return { text: text.slice(offset).trimEnd(), offset };
}

function dezernatIds(list: string, profile: Profile): string[] {
  const known = new Set(profile.dezernate.list.map((d) => d.id));
  // A numeral that is part of another name („II/A“, „Amt 20-3“) names no Dezernat.
  return [...list.matchAll(/(?<![\p{L}\p{N}/-])([IVX]{1,5}|\d{1,2})(?![\p{L}\p{N}/-])/gu)].map((m) => m[1] as string).filter((d) => known.has(d));
}

const info = (code: keyof typeof RECOGNIZE_FINDING_CODES, location: Finding["location"], params: Finding["params"]): Finding => ({
  code,
  severity: RECOGNIZE_FINDING_CODES[code],
  location,
  params,
});

/** „Anlagen: Nein“, „Status: öffentlich“: a short label and its value, never a Betreff. */
const LABEL_AND_VALUE = /^[\p{L}][\p{L}./-]{1,24}(?:\s[\p{L}./-]{1,24})?:\s*\S.{0,40}$/u;
/**
 * A body's name alone on its line, as some headers name the Gremium without a label: „Ausschuss für Schule und Sport“,
 * „Umwelt- und Planungsausschuss“, „Kreistag“, „Rat der Gemeinde Nordheim“. No verb, no digits, no full stop.
 */
const BODY_NAME = /^(?:(?:[\p{Lu}][\p{L}]*-?\s+(?:und\s+)?)*[\p{Lu}][\p{L}]*ausschuss|Ausschuss\s+für\s+[\p{L} ,-]{3,80}|Kreistag|Stadtrat|Gemeinderat|Stadtverordnetenversammlung|Gemeindevertretung|Samtgemeinderat|Rat der (?:Stadt|Gemeinde)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)$/u;

/** Lines that name an office or a city, not a subject: a letterhead's. */
const ORGANISATION = /^(?:Landeshauptstadt|Stadt|Gemeinde|Markt|Landkreis|Kreis|Bezirk|Referat|Dezernat|Amt|Fachbereich|Dienststelle|(?:Der|Die) (?:Ober)?[Bb]ürgermeister(?:in)?)\b/u;
/** A line that may go on with an unlabelled Betreff above it: a few words, no label, body, heading, session or number line. */
function secondBetreffLine(text: string): boolean {
  return (
    text.split(/\s+/u).length <= 12 &&
    !/:$|^hier:/iu.test(text) &&
    !HEADER_LABEL.test(text) &&
    !LABEL_AND_VALUE.test(text) &&
    !BODY_NAME.test(text) &&
    !SENDER.test(text) &&
    !ORGANISATION.test(text) &&
    !/Nr\.|Tagesordnung|Sitzung|^(?:Beschluss|Antrag|Gremi|Beratung|Vorlage|Anlage|Sachverhalt|Begründung|Finanz)/u.test(text)
  );
}

interface BeratungRow {
  readonly gremium: string;
  readonly termin: string;
  readonly top: string;
  readonly oeffentlich: boolean;
  readonly rolle: string;
}

/**
 * A row of a Beratungsfolge table read by its columns, for the layouts the one-line pattern
 * does not fit: public or not as a cross in an „ö“ or „nö“ column (Karlsruhe), any role.
 */
const DATE_CELL = /^\d{1,2}\.\d{1,2}\.\d{4}$/u;

function beratungRow(head: readonly string[], cells: readonly string[]): BeratungRow | undefined {
  const col = (re: RegExp) => head.findIndex((h) => re.test(h.trim()));
  const at = (i: number) => (i < 0 ? "" : (cells[i] ?? "").trim());
  const gremium = at(col(/^(?:Gremi|Beratungsfolge$)/iu));
  // „Gremium | Sitzung | Sitzungsdatum“ (komuna): „Sitzung“ names the session, the date stands under „Sitzungsdatum“.
  // „Geplante Sitzungstermine“ (ALLRIS of Mecklenburg-Vorpommern): the planned dates are the sessions'.
  const termin = head.map((h, i) => (/^(?:(?:Geplante|Voraussichtliche)[rs]?\s+)?(?:Termin|Datum|Sitzung)/iu.test(h.trim()) ? at(i) : "")).find((t) => DATE_CELL.test(t)) ?? "";
  if (gremium === "" || termin === "") return undefined;
  const oeN = at(col(/^Ö\s*\/\s*N$/iu));
  const oe = at(col(/^ö(?:ffentlich)?$/iu));
  const noe = at(col(/^(?:nö|n|nicht\s?öffentlich)$/iu));
  const oeffentlich = oeN !== "" ? /^Ö/iu.test(oeN) : oe !== "" && noe === "";
  return { gremium, termin, top: at(col(/^TOP$/iu)), oeffentlich, rolle: at(col(/^(?:Ergebnis|Zuständigkeit|Rolle|Beratung(?!sfolge))/iu)) };
}

/** The roles of a part's body: their session words („Sitzung … am …“, „TOP 3“) tell of other sessions, never name this Vorlage's. */
/** The most words a line of a Vorlage's head has that names its body („Vorlage für die Sitzung der Stadtverordnetenversammlung am 12.03.2026“). */
const HEAD_LINE_WORDS = 16;
const BODY_ROLES = new Set<string>(["sachverhalt", "finanzierung", "anlagen", "quoted"]);

/** The roles of a decision part; any other role ends it. */
const DECISION_ROLES = new Set(["heading", "lead-in", "clause", "sub-point", "quoted", "other", "furniture", "empty"]);

/** Words of a letter or of minutes, which a Vorlage does not use. */
const FOREIGN = /^(?:Sehr geehrte[rs]?\b|Mit freundlichen Grüßen|Niederschrift\b|Protokoll\b|Zur Beurkundung|Sitzungsniederschrift)/u;

/** Roles whose figures are never the Finanzierung's: a plan total in the Sachverhalt, an Anlage's sum, a quoted Satzung. */
const NOT_MONEY_ROLES = new Set<string>(["sachverhalt", "anlagen", "quoted", "beratungsfolge", "letterhead"]);

/** Where a line nothing else claimed goes by its role; roles not listed (Sachverhalt, Anlagen, quoted text, other) are named as unplaced. */
/** The roles of a header's lines: after the first decision heading, a line of them that no header field took is in no part. */
const HEADER_ROLES = new Set<Decoded["role"]>(["header-field", "betreff"]);
const PLACE_OF_ROLE: Partial<Record<Decoded["role"], Place>> = {
  furniture: "furniture",
  letterhead: "letterhead",
  "header-field": "header",
  betreff: "header",
  beratungsfolge: "beratungsfolge",
};

const textOf = (p: string | ParagraphInput | undefined): string => (typeof p === "string" ? p : (p?.text ?? ""));

/** A paragraph quoted in a finding: its first words, cut at a word boundary. */
const short = (text: string): string => firstWords(text, 80);

/** What recognition may read besides the body. */
export interface RecognizeOptions {
  /**
   * The texts of the page header's paragraphs (Kopfzeile), in order: read only for a Vorlagen-Nr. and a Federführung
   * the body does not give (page-header-fields.ts). They are no body paragraphs: no place, no line, no range.
   */
  readonly pageHeader?: readonly string[];
}

export function recognize(paragraphs: readonly (string | ParagraphInput)[], profile: Profile, ids: IdSource, options: RecognizeOptions = {}): Recognized {
  const { lines: shown, deleted } = toLines(paragraphs);
  // A number typed in fullwidth digits („１.１“) is read as its digits; the number keeps its characters as written.
  const source = shown.map((l) => (numberInAscii(l.text) === l.text ? l : { ...l, text: numberInAscii(l.text) }));
  const asWritten = (i: number, at: number, number: string): string => (source[i] === shown[i] ? number : (shown[i] as Line).text.slice(at, at + number.length));
  const lines = source.map((l) => strip(l.text));
  const place: (Place | undefined)[] = lines.map((l) => (l.text === "" ? "empty" : undefined));
  const findings: Finding[] = [];
  const fields: { field: string; line: number; start: number; end: number }[] = [];
  const header: Record<string, string> = { ...EMPTY_HEADER } as unknown as Record<string, string>;
  let sitzungsart: Vorlage["header"]["sitzungsart"];
  const beratungsfolge: Beratung[] = [];
  const setField = (field: string, value: string, line: number, start: number) => {
    const key = field.slice("header.".length);
    if (header[key] !== "" || value === "") return;
    header[key] = oneLine(value);
    fields.push({ field, line, start, end: start + value.length });
  };
  const textAt = (i: number): string => (lines[i] as Stripped).text;

  // Section headings: a line that is (or starts with a number and then) one of the profile's phrases.
  const kinds: readonly SectionKindDecl[] = [...profile.sectionKinds, ...(profile.recognition?.headings ?? [])];
  const bare = (phrase: string) => phrase.toLowerCase().replace(/[:,]$/u, "").replace(/[:,]?\s*dass$/u, "").trim();
  const kindPhrases = kinds.map((k) => ({ k, p: k.phrase.toLowerCase().replace(/[:,]$/u, ""), b: bare(k.phrase) }));
  const phraseMemo = new Map<string, { kind: string; rest: string } | undefined>();
  const profilePhraseOf = (line: string): { kind: string; rest: string } | undefined => {
    if (phraseMemo.has(line)) return phraseMemo.get(line);
    const found = profilePhraseOfUncached(line);
    phraseMemo.set(line, found);
    return found;
  };
  const profilePhraseOfUncached = (line: string): { kind: string; rest: string } | undefined => {
    const plain = line.replace(SECTION_NUMBER, "");
    const lower = plain.toLowerCase();
    for (const { k, p, b } of kindPhrases) {
      if (lower.startsWith(p)) {
        const rest = plain.slice(p.length).replace(/^[:,]?\s*/u, "");
        // „Beschlussantrag (Kurzfassung)“: a remark in brackets belongs to the heading, it is no clause.
        return { kind: k.kind, rest: /^\([^()]{1,40}\)\s*:?$/u.test(rest) ? "" : rest };
      }
      // „Es wird beschlossen:“ for „Es wird beschlossen, dass“: the same heading.
      if (lower === b || lower === `${b}:`) return { kind: k.kind, rest: "" };
    }
    return undefined;
  };
  // The generic decision headings („Der Magistrat beschließt:“, „… wolle beschließen:“, „Beschlussvorschlag:“) count
  // unless the profile's own decision heading is in the text: a Kenntnisnahme in the profile's words does not silence them.
  const profileDecides = lines.some((l) => profilePhraseOf(l.text)?.kind === "beschluss");
  // „Beschluss:“ below the profile's own decision heading heads a part only where it states that decision again (restated-decision.ts).
  const shortAt = lines.findIndex((l) => profilePhraseOf(l.text)?.kind === "beschluss");
  const restatedInFull = shortAt >= 0 && lines.some((l, i) => i > shortAt && FULL_STATEMENT.test(l.text) && restatedBelow(lines.map((x) => x.text), shortAt, i));
  const headingPhraseOf = (line: string): { kind: string; rest: string } | undefined =>
    profilePhraseOf(line) ??
    // The generic headings are whole short lines; a long paragraph is spared their patterns.
    (line.length <= 200 && (!profileDecides || (restatedInFull && FULL_STATEMENT.test(line))) && (GENERIC_BESCHLUSS.test(line) || GENERIC_BESCHLUSS_BODY.test(line) || ANTRAG_COMMA.test(line) || isPetitumHeading(line)) ? { kind: "beschluss", rest: "" } : undefined) ??
    (line.length <= 200 && (GENERIC_KENNTNIS.test(line) || KENNTNISNAHME_HEADING.test(line)) ? { kind: "kenntnisnahme", rest: "" } : undefined) ??
    (!profileDecides && ANTRAG_FOR_AGENDA.test(line) ? { kind: "beschluss", rest: "" } : undefined);
  const nextWithText = (i: number): number => {
    let j = i + 1;
    while (j < lines.length && (lines[j] as Stripped).text === "") j++;
    return j;
  };
  const grammar = grammarOf(profile.recognition?.grammar);
  const compiled = compileGrammar(grammar);
  // „I. Gesamtmaßnahmebeschluss“ / „II. Überplanmäßige Ausgabe“ under „Beschlussvorschlag:“: the titles of the decision's parts.
  const partTitles = new Set(
    [
      ...romanPartTitles(
        lines.map((l) => l.text),
        (t) => headingPhraseOf(t)?.kind === "beschluss",
        (t) => compiled.parts.some((p) => p.res.some((re) => re.test(t.replace(SECTION_NUMBER, "")))),
      ),
    ].map((i) => (lines[i] as Stripped).text),
  );
  const phraseOf = (line: string): { kind: string; rest: string } | undefined => headingPhraseOf(line) ?? (partTitles.has(line) ? { kind: "beschluss", rest: "" } : undefined);
  const decoding = decode(source, grammar, compiled, phraseOf);
  /** A decision heading where the decoder decided one: the one decision over the document, not this line alone. */
  const phraseAt = (i: number) => (decoding.roles[i]?.role === "heading" ? phraseOf((lines[i] as Stripped).text) : undefined);
  let firstSection = lines.findIndex((_, i) => phraseAt(i) !== undefined);
  // No heading recognised: a line ending in „:“ after the header opens an assumed decision part.
  let assumedHeading = -1;
  if (!lines.some((_, i) => phraseAt(i)?.kind === "beschluss")) {
    findings.push(info("recognize-heading-missing", { type: "document" }, {}));
    // A Mitteilungsvorlage or Informationsvorlage without a decision heading informs: it decides nothing, and no part is assumed.
    const informs = lines.some((l, i) => /^(?:letterhead|header-field)$/u.test(decoding.roles[i]?.role ?? "") && /^(?:Mitteilungsvorlage|Informationsvorlage)$/u.test(l.text));
    if (firstSection < 0 && !informs) {
      assumedHeading = lines.findIndex((l, i) => {
        if (!/^[\p{L}][^:]{2,60}:$/u.test(l.text) || HEADER_LABEL.test(l.text) || STOP.test(l.text)) return false;
        let j = i + 1;
        while (j < lines.length && (lines[j] as Stripped).text === "") j++;
        const next = lines[j];
        return next !== undefined && !STOP.test(next.text) && !BITTE.test(next.text);
      });
      firstSection = assumedHeading;
    }
  }
  const headerEnd = firstSection < 0 ? lines.length : firstSection;

  // Header fields, from labels anywhere before the first section.
  let nrLine = -1;
  /** „Beschluss-Nr.: 008/27“ opening a line or cell of the head: the Vorlage's number where no other label gives one. */
  let beschlussNrLabel: { readonly value: string; readonly line: number; readonly start: number } | undefined;
  /** The line „Vorlage für die Sitzung des Senats am …“ / „Sitzung des Kreistages am …“, when the head has one. */
  let sitzungLine = -1;
  let betreffLine = -1;
  /** The head's first line that names the agenda item and nothing else („TOP 5“): the Betreff stands below it. */
  let agendaLine = -1;
  let unlabelledBetreff = false;
  let sitzungGremium = "";
  /** The Gremium was only guessed from a body's name somewhere in the header („Der Magistrat – Umweltamt“): a label or a deciding row says better. */
  let gremiumByName = false;
  /** The first row this loop read as deciding (a RIS line „Stadtrat 12.03.2026 3 Ö Entscheidung“, a table row by its columns), to compare with the header's labels. */
  let rowDeciding: { readonly gremium: string; readonly datum: string; readonly line: number } | undefined;
  /** The header row of a Beratungsfolge table („Gremium | Termin | TOP | ö | nö | Ergebnis“), for reading its rows by column. */
  let beratungColumns: readonly string[] | undefined;
  const vorlagenPattern = new RegExp(profile.vorlagenNr.pattern.replace(/^\^/u, "").replace(/\$$/u, ""), "u");
  for (let i = 0; i < headerEnd; i++) {
    const { text, offset } = lines[i] as Stripped;
    if (text === "") continue;
    let matched = false;
    // „Drucksachen–Nr.:“: a label's hyphen typed as a dash (AutoCorrect's, or the typist's) is the same label.
    // A label cell with a remark („Drucksache Nr. (ggf. Nachtragsvermerk) | 25/SVV/1049“): the value is the next cell's, read from the decoded label.
    const labelCell = source[i]?.cells !== undefined && (source[i]?.cells?.length ?? 0) >= 2 && /\(/u.test(source[i]?.cells?.[0] ?? "");
    // „zur Vorlage Nr. 2027/031“, „zu Drucksache Nr. …“: the number of another Vorlage this one refers to, not its own.
    const nr = labelCell ? null : /(?<!\b(?:zur|zu|zum|der|die|des|siehe|vgl\.|Bezug:?)\s+)(?:Vorlagen?|Sitzungsvorlage|Drucksachen?|\bDrs\.?)[-–\s]*(?:Nummer|Nr\.?):?\s*/iu.exec(text);
    if (nr) {
      const rest = text.slice(nr.index + nr[0].length);
      const own = vorlagenPattern.exec(rest);
      // „14/2027 der Verbandsversammlung“, „2027/031 vom 12.03.2027“: the number ends before the words about it, which begin in lower case.
      const value = own ? own[0] : (rest.split(/\s{2,}|\t|\s+(?=\p{Lu}\p{Ll}+:)|\s+(?=\p{Ll})/u)[0] ?? "").trim();
      setField("header.vorlagenNr", value, i, offset + nr.index + nr[0].length + (own ? own.index : 0));
      if (nrLine < 0) nrLine = i;
      matched = true;
    }
    // The value starts with a letter or digit: after LibreOffice drops an empty field's prompt, „Beschluss Nr. “ is all that is left, and its full stop is no number.
    const bnr = /Beschluss[-\s]*Nr\b\.?:?\s*([\p{L}\p{N}]\S*)/iu.exec(text);
    if (bnr) {
      const at = offset + bnr.index + bnr[0].length - (bnr[1] as string).length;
      setField("header.beschlussNr", bnr[1] as string, i, at);
      // Only a form's label with its colon („Beschluss-Nr.: 008/27“, on a line or in a cell of its own) numbers a Vorlage that way:
      // „Beschluss Nr. 0057“ is the number a decision got in its session (a copy of the Beschluss), never the Vorlage's — as a line
      // of its own (tryout) and as a row of the head table („Beschluss Nr. | 0057“, tryout7 F4) alike.
      const formLabel = /^Beschluss[-\s]*Nr\b\.?\s*:/iu.test(text) || /^Beschluss[-\s]*Nr\b\.?\s*:$/iu.test(source[i]?.cells?.[0]?.trim() ?? "");
      if (bnr.index === 0 && formLabel && /\d/u.test(bnr[1] as string)) beschlussNrLabel ??= { value: bnr[1] as string, line: i, start: at };
      matched = true;
    }
    // „Betreff“, or another Betreff label of the grammar with its value on the line („Gegenstand: …“).
    const decodedLabel = (decoding.features[i] as Features).label;
    // „1. Gegenstand der Vorlage:“ (Berlin's Vorlage zur Beschlussfassung, its parts a Word list) with the subject below.
    // „über:“ with the subject below (Berlin's Drucksachen: „Vorlage zur Kenntnisnahme für die Bezirksverordnetenversammlung … über: …“).
    const betreff = /^(?:Betreff:?|über:)\s*(.*)$/iu.exec(text) ?? (decodedLabel?.field === "betreff" && (decodedLabel.value !== "" || /:$/u.test(text)) ? [text, decodedLabel.value] : null);
    if (betreff) {
      const inline = (betreff[1] as string).trim();
      const target = inline !== "" ? i : lines.findIndex((l, j) => j > i && l.text !== "");
      if (target >= 0) {
        setField("header.betreff", inline !== "" ? inline : textAt(target), target, inline !== "" ? offset + text.indexOf(inline) : (lines[target] as Stripped).offset);
        place[target] = "header";
        betreffLine = target;
      }
      matched = true;
    }
    // „– 101.19.0412 –“ alone on a line of the head (a Fraktion's Antrag, Kassel's): its number, between dashes as a page's
    // number would stand, but with a dot or slash inside, which no page number has.
    const dashed = source[i]?.cells ? null : BETWEEN_DASHES.exec(text);
    if (dashed && header["vorlagenNr"] === "") {
      setField("header.vorlagenNr", dashed[1] as string, i, offset + text.indexOf(dashed[1] as string));
      if (nrLine < 0) nrLine = i;
      matched = true;
    }
    // „In den Stadtbezirksrat … | Nr. 15-0288/2027“: a cell of the head (or a line) that is „Nr.“ and a number's shape alone (Hannover's Drucksachen).
    const nrAlone = header["vorlagenNr"] === "" ? (source[i]?.cells ?? [text]).map((c) => NR_ALONE.exec(c.trim())?.[1]).find((x) => x !== undefined) : undefined;
    if (nrAlone !== undefined && text.includes(nrAlone)) {
      setField("header.vorlagenNr", nrAlone, i, offset + text.indexOf(nrAlone));
      if (nrLine < 0) nrLine = i;
      matched = true;
    }
    const antragVom = ANTRAG_VOM.exec(text);
    if (antragVom) {
      setField("header.vorlagenNr", antragVom[1] as string, i, offset + text.lastIndexOf(antragVom[1] as string));
      matched = true;
    }
    // A session, its date and TOP only from a header's line, no part's body and no sentence of prose: „Der Kreisausschuss hat
    // am 23.02.2026 unter TOP 3 dem Kreistag empfohlen, …“ before the decision tells of another body's session.
    const seen = decoding.features[i] as Features;
    const inHeader = !BODY_ROLES.has((decoding.roles[i] as Decoded).role) && !(seen.sentence && seen.words > 6);
    // „Beschluss der Vollversammlung des Stadtrates“ with „vom 30.11.2022“ on the line below (München's cover sheet).
    const below = i + 1 < headerEnd ? textAt(i + 1) : "";
    const twoLines = inHeader && !SITZUNG_OF.test(text) && /^(?:am|vom)\s+\d/u.test(below) && SITZUNG_OF.test(`${text} ${below}`);
    const sitzungOf = inHeader ? SITZUNG_OF.exec(twoLines ? `${text} ${below}` : text) : null;
    if (twoLines) {
      const date = findDates(below).find((d) => d.valid);
      if (date && header["sitzungsdatum"] === "") header["sitzungsdatum"] = date.start;
      place[i + 1] = "header";
    }
    if (sitzungOf && sitzungLine < 0) sitzungLine = i;
    if (sitzungOf) {
      // „des Stadtrates“, „des Ausschusses“: the genitive of a body's first word, back to its name.
      const name = (sitzungOf[2] as string).trim();
      sitzungGremium ||= sitzungOf[1]?.toLowerCase() === "des" ? name.replace(/^(\p{L}+?)(?:es|s)\b/u, "$1") : name;
    }
    // „Antrag zur Tagesordnung für den Kreistag am 14.10.2027“: the session an Antrag is written for, without the word „Sitzung“;
    // the line may go on as a sentence (its soft-broken subject), its first words are the head's all the same.
    const forBody = !sitzungOf && !BODY_ROLES.has((decoding.roles[i] as Decoded).role) ? ANTRAG_FOR_BODY.exec(text) : null;
    if (forBody) sitzungGremium ||= (forBody[1] as string).trim();
    // Either value may be an empty field whose prompt is gone („Tagesordnung II Punkt  der …“): the next word is then no value.
    const agenda = inHeader ? /Tagesordnung\s+(?:(\S+)\s+)?Punkt\b(?:\s+(\S+))?/iu.exec(text) : null;
    const top = agenda || !inHeader ? undefined : agendaPointOf(text);
    const to = agenda ?? top;
    if (to && agendaLine < 0 && isAgendaLine(text)) agendaLine = i;
    if (to && header["tagesordnungspunkt"] === "" && header["tagesordnung"] === "") {
      const teil = agenda?.[1];
      const punkt = agenda ? agenda[2] : top;
      if (teil !== undefined && /^[\p{Lu}\p{N}]/u.test(teil)) header["tagesordnung"] = teil;
      if (punkt !== undefined && /\p{N}/u.test(punkt)) header["tagesordnungspunkt"] = punkt;
      matched = true;
    }
    // „Sitzungsart: nichtöffentlich“, „Öffentlichkeit: nicht öffentlich“: a label that says only whether the sitting is public (no date from it).
    if (inHeader && sitzungsart === undefined && /^\s*(?:Sitzungsart|Öffentlichkeit|Sitzungsstatus)\s*:/iu.test(text)) {
      if (/nicht[\s-]?öffentlich/iu.test(text)) sitzungsart = "nichtoeffentlich";
      else if (/öffentlich/iu.test(text)) sitzungsart = "oeffentlich";
    }
    if ((inHeader && /\bSitzung\b/iu.test(text)) || to || sitzungOf || forBody) {
      if (sitzungsart === undefined && /nicht[\s-]?öffentlich/iu.test(text)) sitzungsart = "nichtoeffentlich";
      else if (sitzungsart === undefined && /öffentlich/iu.test(text)) sitzungsart = "oeffentlich";
      // The line's one date, even one no calendar has („31.04.2025“): kept as typed, so that validation says it is impossible, not missing.
      const dates = findDates(text);
      const date = dates.find((d) => d.valid) ?? (dates.length === 1 ? dates[0] : undefined);
      if (date && header["sitzungsdatum"] === "") header["sitzungsdatum"] = date.start;
      matched = true;
    }
    const cells = source[i]?.cells;
    if (cells && BERATUNG_HEAD.test(text)) {
      beratungColumns = cells;
      place[i] = "beratungsfolge";
      continue;
    }
    const row = cells && beratungColumns && source[i - 1]?.cells ? beratungRow(beratungColumns, cells) : undefined;
    if (!cells) beratungColumns = undefined;
    const beratung = row ? ([text, row.gremium, row.termin, row.top, row.oeffentlich ? "Ö" : "N", row.rolle] as const) : BERATUNG.exec(text);
    if (beratung) {
      const date = findDates(beratung[2] as string)[0];
      const entscheidend = compiled.beratung.deciding.test((beratung[5] as string).trim());
      beratungsfolge.push({ id: ids(), gremium: (beratung[1] as string).trim(), datum: date?.start ?? "", rolle: beratung[5] as string, entscheidend });
      if (entscheidend) {
        rowDeciding ??= { gremium: (beratung[1] as string).trim(), datum: date?.start ?? "", line: i };
        header["gremium"] = (beratung[1] as string).trim();
        gremiumByName = false;
        header["sitzungsdatum"] = date?.start ?? "";
        header["tagesordnungspunkt"] = beratung[3] as string;
        if (beratung[4] === "Ö" || beratung[4] === "N") sitzungsart = beratung[4] === "Ö" ? "oeffentlich" : "nichtoeffentlich";
      }
      place[i] = "beratungsfolge";
      continue;
    }
    if (BERATUNG_HEAD.test(text)) {
      place[i] = "beratungsfolge";
      continue;
    }
    // A body's name on a line of the head („Der Magistrat – Umweltamt“), never one in a sentence of prose: a scan read as one
    // long paragraph („… dass der Magistrat die Halle saniert …“) names bodies that act, not the one that decides.
    const gremium = inHeader && seen.words <= HEAD_LINE_WORDS ? profile.gremien.find((g) => new RegExp(`\\b${g.name}\\b`, "u").test(text)) : undefined;
    if (gremium && header["gremium"] === "") {
      header["gremium"] = gremium.name;
      gremiumByName = true;
      matched = true;
    }
    const art = /^(Beschlussvorlage|Magistratsvorlage|Sitzungsvorlage|Informationsvorlage|Mitteilungsvorlage)\b/u.exec(text);
    if (art && header["vorlagenart"] === "") header["vorlagenart"] = art[1] as string;
    // „Vorlagenart: Beschlussvorlage“, as our renderer writes the field where the layout does not show it.
    const artLabel = /^Vorlagenart:?\s*(\p{L}.*)$/iu.exec(text);
    if (artLabel && header["vorlagenart"] === "") header["vorlagenart"] = (artLabel[1] as string).trim();
    if (matched || art || HEADER_LABEL.test(text)) place[i] ??= "header";
  }
  // A Zweckverband's or Amt's Beschlussvorlage numbered only by its head's „Beschluss-Nr.: 008/27“ (no Vorlagen-Nr. label): that is
  // its number. Only in a Vorlage with a decision part, so that a Niederschrift's extract with its Beschluss-Nr. stays no Vorlage.
  // A Vorlagen-Nr. label left empty („Vorlagen-Nr. “ above „Beschluss Nr. 0057“) says the Vorlage has its own number: none is taken then.
  // A Vorlagen-Nr. the Kopfzeile labels is the Vorlage's own number: then „Beschluss Nr. 0057“ in the body is the Beschluss-Nr. (second tryout).
  const fromPageHeader = options.pageHeader && options.pageHeader.length > 0 ? pageHeaderFields(options.pageHeader, profile) : {};
  if (header["vorlagenNr"] === "" && nrLine < 0 && beschlussNrLabel && fromPageHeader.vorlagenNr === undefined && decoding.roles.some((r) => r.role === "heading")) {
    setField("header.vorlagenNr", beschlussNrLabel.value, beschlussNrLabel.line, beschlussNrLabel.start);
    nrLine = beschlussNrLabel.line;
  }
  // Only in the Kopfzeile: the number stands above the whole body, so the Betreff without label is the body's first plain line.
  const nrInPageHeader = header["vorlagenNr"] === "" && nrLine < 0 && fromPageHeader.vorlagenNr !== undefined;
  if (nrInPageHeader) {
    header["vorlagenNr"] = oneLine((fromPageHeader.vorlagenNr as { value: string }).value);
    findings.push(info("recognize-page-header", { type: "field", field: "header.vorlagenNr" }, { field: "header.vorlagenNr", auszug: short((fromPageHeader.vorlagenNr as { text: string }).text) }));
  }
  // A Betreff without label: the first plain line after the Vorlagen-Nr. (Wiesbaden's and Karlsruhe's layouts), even when that number is empty.
  if (header["betreff"] === "" && (nrLine >= 0 || nrInPageHeader)) {
    // A label's value that breaks off at a joining word goes on below („Dienststelle: Amt für“ | „Hochbau und“ | „Gebäudewirtschaft“): no subject.
    let continuing = false;
    for (let i = nrLine + 1; i < headerEnd; i++) {
      const { text, offset } = lines[i] as Stripped;
      if (text === "") continue;
      const wasContinuing: boolean = continuing;
      const labelValue = /^[^:]{1,40}:\s*(\S.*)$/u.exec(text)?.[1] ?? "";
      continuing = (JOINS_ON.test(text) && (wasContinuing || HEADER_LABEL.test(text) || LABEL_AND_VALUE.test(text))) || (!wasContinuing && HEADER_LABEL.test(text) && goesOnBelow(labelValue) && labelValue !== "");
      // „Tagesordnungspunkt:“ alone: the item's title stands below it, as below „Betreff:“; a bare number („7“) is no subject.
      if (AGENDA_LABEL_ALONE.test(text) || BARE_NUMBER.test(text)) continue;
      // „für die Sitzung der Stadtverordnetenversammlung am 24.06.2027“ between the number and the title (Bremerhaven): the session, no subject.
      // „vom 30.11.2022“ under the session's line says when, not what (date-alone.ts).
      if (wasContinuing || source[i]?.cells || HEADER_LABEL.test(text) || isAgendaLine(text) || i === sitzungLine || isDateAlone(text)) continue;
      // „Anlagen: Nein“, a body's name alone („Ausschuss für Schule und Sport“), „Der Landrat“: header lines, no subject.
      if (LABEL_AND_VALUE.test(text) || BODY_NAME.test(text) || SENDER.test(text) || /^(?:Der|Die) (?:Landrat|Landrätin|Kreisdirektor(?:in)?)$/u.test(text)) {
        if (BODY_NAME.test(text) && header["gremium"] === "" && beratungsfolge.length === 0 && (decoding.roles[i] as Decoded).role !== "beratungsfolge") {
          header["gremium"] = text;
          place[i] = "header";
        }
        continue;
      }
      // „Bebauungsplan Nr. 12; hier: Änderung …“: a subject with „hier:“ is the Betreff, whatever it names.
      // A number's label opens a number line („Drucksache Nr. 4“); a title may name a plan's number late in its words („… zum Bebauungsplan Nr. 09“).
      if (!/\S\s*[;,]?\s+hier:\s*\S/iu.test(text) && (/^(?:\S+\s+){0,2}\S*Nr\.|Tagesordnung|Sitzung/u.test(text) || /^(Beschluss|Antrag|Gremi|Beratung)/u.test(text))) break;
      setField("header.betreff", text, i, offset);
      place[i] = "header";
      betreffLine = i;
      unlabelledBetreff = true;
      break;
    }
  }
  // München's layout: the title stands above the Sitzungsvorlage Nr., below a letterhead. The first plain line of some words
  // that names no office, no number and no session.
  if (header["betreff"] === "" && nrLine > 0) {
    for (let i = 0; i < nrLine; i++) {
      const { text, offset } = lines[i] as Stripped;
      if (text === "" || source[i]?.cells || place[i] !== undefined || HEADER_LABEL.test(text)) continue;
      if (ORGANISATION.test(text) || /Nr\.|Tagesordnung|Sitzung|Recyclingpapier|^(?:Beschluss|Antrag|Produkt|Telefon|Telefax|Gedruckt)\b/u.test(text) || text.split(/\s+/u).length < 3) continue;
      setField("header.betreff", text, i, offset);
      place[i] = "header";
      betreffLine = i;
      break;
    }
  }
  // No Vorlagen-Nr. line: the title stands right under the session it is written for („Vorlage für die Sitzung des Senats am …“ /
  // „Beitritt der Freien Hansestadt Bremen zum …“, Bremen's Senatsvorlagen), the next line the decoder reads as a Betreff.
  if (header["betreff"] === "" && nrLine < 0 && sitzungLine >= 0) {
    const i = nextWithText(sitzungLine);
    const { text, offset } = (lines[i] as Stripped | undefined) ?? { text: "", offset: 0 };
    if (i < headerEnd && decoding.roles[i]?.role === "betreff" && !source[i]?.cells && !HEADER_LABEL.test(text) && !/^hier:/iu.test(text) && text.split(/\s+/u).length >= 3 && !/:$/u.test(text)) {
      setField("header.betreff", text, i, offset);
      place[i] = "header";
      betreffLine = i;
    }
  }
  // No Vorlagen-Nr. line, the agenda line above the title („Tagesordnung II Punkt 10 der öffentlichen Sitzung am …“ /
  // „Beitritt …“): the first plain line under it, past labels, that the decoder reads as a Betreff.
  if (header["betreff"] === "" && nrLine < 0 && agendaLine >= 0) {
    for (let i = agendaLine + 1; i < headerEnd; i++) {
      const { text, offset } = lines[i] as Stripped;
      if (text === "" || place[i] !== undefined || HEADER_LABEL.test(text) || LABEL_AND_VALUE.test(text)) continue;
      if (decoding.roles[i]?.role === "betreff" && !source[i]?.cells && !/^hier:/iu.test(text) && text.split(/\s+/u).length >= 3 && !/:$/u.test(text)) {
        setField("header.betreff", text, i, offset);
        place[i] = "header";
        betreffLine = i;
      }
      break;
    }
  }
  // A letter that carries the Antrag names its subject as letters do, on the line above the salutation („Einrichtung einer
  // Beschlusskontrolle …“ / „Sehr geehrter Herr …,“): no address line, no place and date, and no line of a session or agenda
  // item („Sitzung der BV Porz“ / „am 26.08.08 TOP 7.2.8“).
  if (header["betreff"] === "") {
    const salutation = lines.slice(0, headerEnd).findIndex((l) => SALUTATION.test(l.text));
    let i = salutation - 1;
    while (i >= 0 && textAt(i) === "") i--;
    const text = i >= 0 ? textAt(i) : "";
    const ofSession = i >= 0 && (i === sitzungLine || (i === sitzungLine + 1 && /^(?:am|vom)\s+\d/u.test(text)) || isAgendaLine(text));
    if (i >= 0 && !ofSession && !source[i]?.cells && text.split(/\s+/u).length >= 3 && !/[:,]$/u.test(text) && !PLACE_DATE.test(text) && !/^\d{5}\s/u.test(text)) {
      setField("header.betreff", text, i, (lines[i] as Stripped).offset);
      place[i] = "header";
      betreffLine = i;
    }
  }
  // „Tagesordnungspunkt 4: Teilfortschreibung …“, „TOP 7: Haushaltssatzung 2027“ in the head: the agenda item's title is the Betreff.
  if (header["betreff"] === "") {
    const i = lines.slice(0, headerEnd).findIndex((l, j) => !source[j]?.cells && AGENDA_ITEM_TITLE.test(l.text));
    if (i >= 0) {
      const { text, offset } = lines[i] as Stripped;
      const title = AGENDA_ITEM_TITLE.exec(text)?.[1] as string;
      setField("header.betreff", title, i, offset + text.length - title.length);
      place[i] = "header";
      betreffLine = i;
    }
  }
  // An Antrag without a Betreff line names its subject after „hier:“ (Köln's Fraktionsanträge).
  if (header["betreff"] === "") {
    const i = lines.slice(0, headerEnd).findIndex((l, j) => /^hier:\s*\S/iu.test(l.text) && !source[j]?.cells);
    if (i >= 0) {
      const { text, offset } = lines[i] as Stripped;
      const value = text.replace(/^hier:\s*/iu, "");
      setField("header.betreff", value, i, offset + text.length - value.length);
      place[i] = "header";
    }
  }
  // A Betreff that breaks off at a joining word („… Wasserrecht sowie“) goes on in the line below („technische Sachverständigen-Dienstleistungen“).
  const goesOn = betreffLine >= 0 && JOINS_ON.test(header["betreff"] ?? "") ? nextWithText(betreffLine) : -1;
  if (goesOn >= 0 && goesOn < headerEnd && place[goesOn] === undefined && !source[goesOn]?.cells && !HEADER_LABEL.test(textAt(goesOn)) && !LABEL_AND_VALUE.test(textAt(goesOn)) && textAt(goesOn).split(/\s+/u).length <= 12) {
    header["betreff"] = `${header["betreff"]} ${oneLine(textAt(goesOn))}`;
    place[goesOn] = "header";
    // The value now spans two paragraphs: no single range holds it.
    const at = fields.findIndex((f) => f.field === "header.betreff");
    if (at >= 0) fields.splice(at, 1);
    betreffLine = goesOn;
  }
  // An unlabelled Betreff on two lines („Verwaltungsgebäude Helmholtzstraße 1, Modernisierung“ | „Vergabe von Rohbauarbeiten“, Karlsruhe):
  // the line right below it, with no empty line between, goes on with the subject unless it is a label, a body, a heading or a table.
  const below = unlabelledBetreff && goesOn < 0 ? betreffLine + 1 : -1;
  // A part's heading („A. Problem“, Bremerhaven's lettered parts) opens the body: it goes on with no subject.
  if (below > 0 && below < headerEnd && place[below] === undefined && textAt(below) !== "" && !source[below]?.cells && !(decoding.features[below] as Features).part && secondBetreffLine(textAt(below))) {
    const first = header["betreff"] ?? "";
    // „…, Modernisierung“ | „Vergabe von …“ are two parts of the subject; „… Oberreut“ | „um einen Mensabau“ one sentence.
    header["betreff"] = `${first}${/[,;:–-]$/u.test(first) || /^\p{Ll}/u.test(textAt(below)) ? "" : ","} ${oneLine(textAt(below))}`;
    place[below] = "header";
    const at = fields.findIndex((f) => f.field === "header.betreff");
    if (at >= 0) fields.splice(at, 1);
    betreffLine = below;
  }
  // „hier: Erweiterung um eine Mensa“ on the line below the Betreff is part of it (Köln, and many offices in NRW).
  const hier = betreffLine >= 0 ? nextWithText(betreffLine) : -1;
  if (hier >= 0 && hier < headerEnd && /^hier:\s*\S/iu.test(textAt(hier)) && !source[hier]?.cells) {
    // „Satzung …;“ above „hier: …“ already ends with its mark: no second one.
    header["betreff"] = `${header["betreff"]}${/[;,:]$/u.test(header["betreff"] ?? "") ? "" : ","} ${oneLine(textAt(hier))}`;
    place[hier] = "header";
    // The value now spans two paragraphs: no single range holds it.
    const at = fields.findIndex((f) => f.field === "header.betreff");
    if (at >= 0) fields.splice(at, 1);
  }
  // The forms the decoder reads: label tables and lines, a label's value on the line below, the Beratungsfolge's deciding row.
  const headerRead = readHeader(decoding.features, decoding.roles, lines.map((l) => l.text), compiled);
  // A Beratungsfolge table the decoder read by its columns („Beratungsfolge | Sitzungstermin | Zuständigkeit“): every row, as read.
  if (beratungsfolge.length === 0) {
    for (const f of decoding.features) {
      const row = f.beratung === "row" && f.columns && f.cells ? beratungRow(f.columns, f.cells) : undefined;
      if (row) beratungsfolge.push({ id: ids(), gremium: row.gremium, datum: findDates(row.termin)[0]?.start ?? "", rolle: row.rolle, entscheidend: compiled.beratung.deciding.test(row.rolle) });
    }
  }
  const labelled = (field: string) => headerRead.labelled.get(field);
  const sitzungAm = labelled("sitzungsdatum");
  const sitzungIso = sitzungAm ? findDates(sitzungAm.value).find((d) => d.valid)?.start : undefined;
  /** Where the header's labels and the deciding row name different bodies or dates: both, as the finding quotes them. */
  let contradicted: { readonly field: string; readonly text: string } | undefined;
  if (headerRead.deciding) {
    const d = headerRead.deciding;
    const labelGremium = labelled("gremium");
    const sameBody = (a: string, b: string) => oneLine(a).toLowerCase() === oneLine(b).toLowerCase();
    const gremiumClash = labelGremium !== undefined && !sameBody(labelGremium.value, d.gremium);
    const dateClash = sitzungIso !== undefined && sitzungIso !== d.datum;
    if (!gremiumClash && !dateClash) {
      // The deciding body's row states its Gremium and its Sitzungsdatum; no other session's date is taken.
      header["gremium"] = d.gremium;
      header["sitzungsdatum"] = d.datum;
      gremiumByName = false;
      place[d.line] ??= "beratungsfolge";
    } else if (d.marked) {
      // The header and the row that says it decides contradict each other: neither is taken, and the finding names both.
      const [y, m, t] = d.datum.split("-");
      const labelLine = (gremiumClash ? labelGremium : sitzungAm) as { readonly line: number };
      contradicted = { field: gremiumClash ? "header.gremium" : "header.sitzungsdatum", text: `${firstWords(oneLine(textAt(labelLine.line)), 60)} / ${d.gremium}, ${t}.${m}.${y}` };
      header["gremium"] = "";
      header["sitzungsdatum"] = "";
      place[d.line] ??= "beratungsfolge";
    }
    // A row that does not say it decides gives way to the Gremium and Sitzungsdatum the header states by label (read below).
  } else if (rowDeciding) {
    // A row read above as deciding is compared with the header's labels as well: where they differ, neither is taken.
    const labelGremium = labelled("gremium");
    const gremiumClash = labelGremium !== undefined && oneLine(labelGremium.value).toLowerCase() !== oneLine(rowDeciding.gremium).toLowerCase();
    const dateClash = sitzungIso !== undefined && rowDeciding.datum !== "" && sitzungIso !== rowDeciding.datum;
    if (gremiumClash || dateClash) {
      const [y, m, t] = rowDeciding.datum.split("-");
      const labelLine = (gremiumClash ? labelGremium : sitzungAm) as { readonly line: number };
      contradicted = { field: gremiumClash ? "header.gremium" : "header.sitzungsdatum", text: `${firstWords(oneLine(textAt(labelLine.line)), 60)} / ${rowDeciding.gremium}${rowDeciding.datum !== "" ? `, ${t}.${m}.${y}` : ""}` };
      header["gremium"] = "";
      header["sitzungsdatum"] = "";
    }
  }
  for (const key of ["vorlagenNr", "betreff", "gremium"] as const) {
    const l = labelled(key);
    if (l === undefined || (header[key] !== "" && !(key === "gremium" && gremiumByName)) || (key === "gremium" && contradicted)) continue;
    const value = key === "vorlagenNr" ? (l.value.split(/\s{2,}|\t/u)[0] as string).trim() : l.value;
    if (key === "gremium" && gremiumByName) {
      header["gremium"] = "";
      gremiumByName = false;
    }
    const at = (lines[l.line] as Stripped).text.lastIndexOf(value);
    if (at >= 0) setField(`header.${key}`, value, l.line, (lines[l.line] as Stripped).offset + at);
    else header[key] = oneLine(value);
    place[l.line] ??= "header";
  }
  // A head of label tables only, then the title alone above the first part's heading (Hamburg's Drucksachen): the Betreff.
  if (header["betreff"] === "" && header["vorlagenNr"] !== "") {
    const candidates = lines.map((l, k) => ({ text: l.text, inTable: source[k]?.cells !== undefined, placed: place[k] !== undefined && place[k] !== "empty", features: decoding.features[k] as Features }));
    const title = titleBelowHeadTables(candidates, headerEnd);
    if (title >= 0) {
      setField("header.betreff", textAt(title), title, (lines[title] as Stripped).offset);
      place[title] = "header";
    }
  }
  if (!contradicted) {
    if (header["sitzungsdatum"] === "" && sitzungIso !== undefined) header["sitzungsdatum"] = sitzungIso;
    if (header["gremium"] === "" && sitzungGremium !== "") header["gremium"] = sitzungGremium;
  }

  // Sections and clauses.
  const sections: Section[] = [];
  type ClauseAnchor = { id: string; first: number; last: number; number?: { line: number; start: number; end: number } };
  const sectionAnchors: { id: string; heading: number; number?: { line: number; start: number; end: number }; clauses: ClauseAnchor[] }[] = [];
  let tail = lines.length;
  let firstEnd = -1;
  let lastFromList = false;
  let inUnterpunkt = false;
  const isHeadingAt = (k: number) => phraseAt(k) !== undefined;
  const clausesGoOn = (k: number) => clausesGoOnBelow(k, lines, decoding.roles, decoding.features, isHeadingAt);
  /**
   * The decision part ends at line `k`: the next decision heading, which opens the next part (what lies between is read
   * as the rest), or -1 where none follows and the rest of the document begins at `k`.
   */
  const endPartAt = (k: number): number => {
    if (firstEnd < 0) firstEnd = k;
    const next = nextDecisionHeading(k, lines.length, isHeadingAt);
    if (next < 0) tail = k;
    return next;
  };
  const addClause = (section: Section, anchor: (typeof sectionAnchors)[number], clause: Clause, line: number, number?: { line: number; start: number; end: number }) => {
    (section.clauses as Clause[]).push(clause);
    anchor.clauses.push({ id: clause.id, first: line, last: line, ...(number ? { number } : {}) });
    place[line] = "clause";
    inUnterpunkt = false;
  };
  for (let i = Math.max(firstSection, 0); firstSection >= 0 && i < lines.length; i++) {
    const { text, offset } = lines[i] as Stripped;
    const kind = i === assumedHeading ? { kind: "beschluss", rest: "" } : phraseAt(i);
    if (kind && profilePhraseOf(text) === undefined && kind.rest === "") {
      const j = nextWithText(i);
      const next = (lines[j] as Stripped | undefined)?.text ?? "";
      // „BESCHLUSSENTWURF:“ over a Kenntnisnahme and a Beschluss: it heads the parts that follow, it is none of its own.
      const umbrella = j < lines.length && phraseAt(j) !== undefined && kind.kind === "beschluss" && SECTION_NUMBER.exec(text) === null;
      const asApplied = kind.kind === "beschluss" && sections.length > 0 && NACH_ANTRAG.test(next);
      if (umbrella || asApplied) {
        place[i] = "heading";
        if (asApplied) place[j] = "heading";
        i = asApplied ? j : i;
        continue;
      }
    }
    if (kind) {
      const num = SECTION_NUMBER.exec(text);
      // „I. Beschlussvorschlag:“ over „Der Stadtrat beschließt:“: the body's formula belongs to the numbered heading
      // just above it, which opens the part; the part keeps the number its heading shows.
      const above = sections[sections.length - 1];
      const aboveAnchor = sectionAnchors[sectionAnchors.length - 1];
      if (num === null && kind.rest === "" && above?.kind === kind.kind && above.clauses.length === 0 && above.writtenNumber !== undefined && aboveAnchor !== undefined && nextWithText(aboveAnchor.heading) === i) {
        place[i] = "heading";
        continue;
      }
      const id = ids();
      const number = num?.[1] === undefined ? undefined : asWritten(i, offset, num[1]);
      const section: Section = number === undefined ? { id, kind: kind.kind, clauses: [] } : { id, kind: kind.kind, clauses: [], writtenNumber: number };
      sections.push(section);
      const anchor = { id, heading: i, ...(number ? { number: { line: i, start: offset, end: offset + number.length } } : {}), clauses: [] };
      sectionAnchors.push(anchor);
      place[i] = "heading";
      // Words after the heading on the same line are the first clause, never lost; unless they lead into the numbered
      // clauses below („… möge beschließen, die Vorlage wie folgt zu ändern:“ over „1.“): then they are the heading's.
      const leadsIn = /:$/u.test(kind.rest) && CLAUSE_NUMBER.test((lines[nextWithText(i)] as Stripped | undefined)?.text ?? "");
      if (kind.rest !== "" && !leadsIn) addClause(section, anchor, { id: ids(), text: kind.rest }, i);
      place[i] = "heading";
      lastFromList = false;
      continue;
    }
    if (text === "") continue;
    if (sections.length === 0) {
      // Only an umbrella heading so far: what follows before the first part is not the decision's.
      tail = i;
      break;
    }
    const section = sections[sections.length - 1] as Section;
    const anchor = sectionAnchors[sectionAnchors.length - 1] as (typeof sectionAnchors)[number];
    const decided = decoding.roles[i] as Decoded;
    // A page's running head or number between two clauses (a PDF pasted line by line) is no text of either.
    if (decided.role === "furniture") {
      place[i] = "furniture";
      continue;
    }
    if (decided.role === "lead-in" && section.clauses.length === 0) {
      place[i] = "heading";
      continue;
    }
    // The decision stated in full („Beschluss:“): the body it is put to heads it; a preliminary body's session above it,
    // with the lines that go on below it up to the next numbered one, is the Beratungsfolge's procedure.
    if (section.clauses.length === 0 && FULL_STATEMENT.test(textAt(anchor.heading))) {
      if (MOTION_TO.test(text)) {
        place[i] = "heading";
        continue;
      }
      if (PRELIMINARY_SESSION.test(text)) {
        place[i] = "beratungsfolge";
        for (let k = nextWithText(i); k < lines.length && phraseAt(k) === undefined && !SECTION_NUMBER.test(textAt(k)) && !CLAUSE_NUMBER.test(textAt(k)); k = nextWithText(k)) {
          place[k] = "beratungsfolge";
          i = k;
        }
        continue;
      }
    }
    // „a) Der Verwaltungsausschuss empfiehlt, den Beschluss zu c) zu fassen.“: a preliminary body's recommendation over the
    // council's decision (Niedersachsen's ALLRIS Vorlagen) is the Beratungsfolge's procedure, no clause of the decision.
    if (section.clauses.length === 0 && RECOMMENDS.test(text)) {
      place[i] = "beratungsfolge";
      continue;
    }
    // „c) Der Rat nimmt … zur Kenntnis und beschließt:“ over numbered clauses: the words that lead in to them, no clause.
    if (section.clauses.length === 0 && LETTER_LEAD_IN.test(text) && CLAUSE_NUMBER.test((lines[nextWithText(i)] as Stripped | undefined)?.text ?? "")) {
      place[i] = "heading";
      continue;
    }
    // The decoding put the line in another part (Sachverhalt, Finanzierung, Anlagen, Verteiler …): the decision
    // part ends here. A later decision heading opens the next one; what lies between is read as the rest.
    if (!DECISION_ROLES.has(decided.role)) {
      const next = endPartAt(i);
      if (next < 0) break;
      i = next - 1;
      continue;
    }
    const rowNumber = source[i]?.cells !== undefined && decided.role === "clause" ? (decoding.features[i] as Features).number : undefined;
    if (rowNumber) {
      // A numbered row („01 | Die Erfurter Bahn …“): the first cell is the clause's number, the others its text.
      addClause(section, anchor, { id: ids(), text: (decoding.features[i] as Features).rest, writtenNumber: rowNumber.written }, i);
      continue;
    }
    if (section.clauses.length === 0 && leadsIntoLetters(text, (lines[nextWithText(i)] as Stripped | undefined)?.text ?? "")) {
      place[i] = "heading";
      continue;
    }
    if (section.clauses.length === 0 && (LEAD_IN.test(text) || BODY_ASKED.test(text)) && CLAUSE_NUMBER.test((lines[nextWithText(i)] as Stripped | undefined)?.text ?? "")) {
      place[i] = "heading";
      continue;
    }
    const cn = CLAUSE_NUMBER.exec(text);
    // „Zur Kenntnisnahme:“ below is the heading of the next part where the decoding read one, no Verteiler's Bitte to this line.
    const bitteBelow = BITTE.test(lines[i + 1]?.text ?? "") && phraseAt(i + 1) === undefined;
    const isEnd =
      (STOP.test(text) && !(decided.role === "clause" && /[.;]$/u.test(text) && text.length > 60)) || BEZUG.test(text) || bitteBelow || BITTE.test(text) || ZEICHNUNG.test(text) || source[i]?.cells !== undefined || /^(Dem|Der|Die)\s+(Magistrat|Gemeinderat|Stadtrat)$/u.test(text) || isFinanzierungLabelLine(text);
    const last = section.clauses[section.clauses.length - 1];
    // A table inside a clause: the numbering goes on after it (the list continues), or the clause right above ends in a colon
    // that announces it — so the table belongs to the clause before it.
    if (source[i]?.cells !== undefined && last) {
      let j = i;
      while (j < lines.length && (source[j]?.cells !== undefined || (lines[j] as Stripped).text === "")) j++;
      const after = lines[j];
      const listGoesOn = after !== undefined && phraseAt(j) === undefined && CLAUSE_NUMBER.test(after.text) && (!lastFromList || source[j]?.label !== undefined);
      // „… folgende Zuwendungen … zu beschließen:“ right above the table: the clause announces it, the table is what it decides.
      let above = i - 1;
      while (above >= 0 && (lines[above] as Stripped).text === "") above--;
      const announced = /:$/u.test(last.text) && (anchor.clauses[anchor.clauses.length - 1] as ClauseAnchor).last === above;
      if (listGoesOn || announced) {
        const rows: string[] = [];
        for (let k = i; k < j; k++) {
          for (const para of (source[k] as Line).paras) rows.push(shownText(textOf(paragraphs[para])).trim());
          place[k] = lines[k]?.text === "" ? "empty" : "clause";
        }
        // Cell by cell, empty ones included: the text a structured reading of the same clause gives.
        (section.clauses as Clause[])[section.clauses.length - 1] = { ...last, text: [last.text, ...rows].join("\n") };
        (anchor.clauses[anchor.clauses.length - 1] as ClauseAnchor).last = j - 1;
        i = j - 1;
        continue;
      }
    }
    // A statute enacted by the clause above (its §§, Absätze „(1)“, lettered items): the clause's text, until the
    // Vorlage's next Ziffer (statute-in-clause.ts).
    if (last && !isEnd && (carriesStatute(last) || (isStatuteMark(text) && /:\s*$/u.test(last.text.split("\n")[0] ?? ""))) && !(cn && continuesNumbering(last.writtenNumber, cn[1] as string))) {
      (section.clauses as Clause[])[section.clauses.length - 1] = { ...last, text: `${last.text}\n${text}` };
      (anchor.clauses[anchor.clauses.length - 1] as ClauseAnchor).last = i;
      place[i] = "clause";
      continue;
    }
    // „a.“ or „1.1“ under an item „1.“ with its own text: its sub-points as well (sub-point-number.ts).
    const subNumber = isEnd || profile.numbering.clause === "alpha" ? undefined : subPointNumber(text, last, source[i]?.label !== undefined);
    if ((cn && LETTER.test(cn[1] as string) && last && profile.numbering.clause !== "alpha" && !LETTER.test(last.writtenNumber ?? "")) || (subNumber !== undefined && last)) {
      // a) b) c) under a numbered clause: its sub-points, not clauses of their own.
      const number = subNumber ?? (cn?.[1] as string);
      const u: Unterpunkt = { id: ids(), text: text.slice(number.length).replace(/^[\s\t]+/u, ""), writtenNumber: number };
      (section.clauses as Clause[])[section.clauses.length - 1] = { ...last, unterpunkte: [...(last.unterpunkte ?? []), u] };
      (anchor.clauses[anchor.clauses.length - 1] as ClauseAnchor).last = i;
      place[i] = "unterpunkt";
      inUnterpunkt = true;
      continue;
    }
    const lead = (n: string | undefined) => Number(/^\(?(\d+)/u.exec(n ?? "")?.[1] ?? Number.NaN);
    const restarts = cn !== null && /^\(?\d{1,2}[.)]{1,2}$/u.test(cn[1] as string) && lead(cn[1]) <= lead(last?.writtenNumber);
    if (cn && !isEnd && restarts && inUnterpunkt && last?.unterpunkte && last.unterpunkte.length > 0) {
      // A list under a sub-point (1.–3. under d)) numbers again from the start: deeper than a Vorlage's numbering. It
      // stays text of its sub-point, never flattened into clauses, and the reader is told.
      const us = [...last.unterpunkte];
      const lu = us[us.length - 1] as Unterpunkt;
      us[us.length - 1] = { ...lu, text: `${lu.text}\n${text}` };
      (section.clauses as Clause[])[section.clauses.length - 1] = { ...last, unterpunkte: us };
      (anchor.clauses[anchor.clauses.length - 1] as ClauseAnchor).last = i;
      place[i] = "unterpunkt";
      findings.push(info("recognize-nested-deeper", { type: "document" }, { auszug: short(text) }));
      continue;
    }
    if (cn && !isEnd) {
      const number = cn[1] as string;
      const rest = text.slice(number.length).replace(/^[\s\t]+/u, "");
      addClause(section, anchor, { id: ids(), text: rest, writtenNumber: asWritten(i, offset, number) }, i, { line: i, start: offset, end: offset + number.length });
      lastFromList = source[i]?.label !== undefined;
    } else if (isEnd || (lastFromList && source[i]?.label === undefined && !clausesGoOn(i))) {
      // A paragraph outside the list after list-numbered clauses ends them; a later decision heading still opens its part.
      const next = endPartAt(i);
      if (next < 0) break;
      i = next - 1;
    } else if (last && isContinuation(section, text) && ((!afterListEnd(section, lines, i) && (!lastClauseIsOver(section) || maskedClauseNumber(text))) || clausesGoOn(i))) {
      if (inUnterpunkt && last.unterpunkte && last.unterpunkte.length > 0) {
        const us = [...last.unterpunkte];
        const lu = us[us.length - 1] as Unterpunkt;
        us[us.length - 1] = { ...lu, text: `${lu.text}\n${text}` };
        (section.clauses as Clause[])[section.clauses.length - 1] = { ...last, unterpunkte: us };
        place[i] = "unterpunkt";
      } else {
        (section.clauses as Clause[])[section.clauses.length - 1] = { ...last, text: `${last.text}\n${text}` };
        place[i] = "clause";
      }
      (anchor.clauses[anchor.clauses.length - 1] as ClauseAnchor).last = i;
    } else if (last && section.clauses.every((c) => c.writtenNumber === undefined) && headsUnknownPart(text, last.text, lines[nextWithText(i)]?.text)) {
      // „Bericht“ below a decision written as prose: the heading of a part after it (unknown-part-heading.ts).
      const next = endPartAt(i);
      if (next < 0) break;
      i = next - 1;
    } else if (section.clauses.every((c) => c.writtenNumber === undefined)) {
      // Unnumbered clauses: a decision written as prose (Karlsruhe's Beschlussantrag), a sentence a clause.
      addClause(section, anchor, { id: ids(), text }, i);
    } else {
      const next = endPartAt(i);
      if (next < 0) break;
      i = next - 1;
    }
  }

  // A RIS page's table of contents („Sachverhalt / Beschlussvorschlag / Finanzielle Auswirkungen“) names a part
  // whose text comes later: an empty decision part followed by one of the same kind with clauses is that name.
  for (let k = sections.length - 1; k >= 0; k--) {
    const s = sections[k] as Section;
    if (s.clauses.length === 0 && sections.some((o, m) => m > k && o.kind === s.kind && o.clauses.length > 0)) {
      sections.splice(k, 1);
      sectionAnchors.splice(k, 1);
    }
  }
  // A decision stated twice — short at the top („Beschlussantrag (Kurzfassung)“, „Beschlussantrag“) and in full under „Beschluss:“
  // further down (Karlsruhe's last page): the full statement is the decision, the short one its summary, which is no second
  // decision part and is not checked as one (restated-decision.ts).
  const full = sectionAnchors.findIndex((a, k) => k > 0 && FULL_STATEMENT.test(textAt(a.heading)));
  const fullSection = sections[full];
  if (fullSection !== undefined) {
    for (let k = full - 1; k >= 0; k--) {
      const a = sectionAnchors[k] as (typeof sectionAnchors)[number];
      if (FULL_STATEMENT.test(textAt(a.heading)) || !restates(fullSection, sections[k] as Section)) continue;
      const end = Math.max(a.heading, ...a.clauses.map((c) => c.last));
      for (let m = a.heading; m <= end; m++) if (place[m] === "heading" || place[m] === "clause" || place[m] === "unterpunkt") place[m] = "kurzfassung";
      sections.splice(k, 1);
      sectionAnchors.splice(k, 1);
    }
  }
  // A Mitteilung's „Beschlussvorschlag“ that only takes note decides nothing (mitteilung-takes-note.ts).
  sections.forEach((s, k) => {
    if (mitteilungTakesNote(header["vorlagenart"] ?? "", s)) sections[k] = { ...s, kind: "kenntnisnahme" };
  });
  // What follows the decision (and what the header did not use): references, Verteiler, signatures, money.
  const restStart = firstSection < 0 ? 0 : firstEnd >= 0 ? Math.min(firstEnd, tail) : tail;
  const isRest = (i: number) => i >= restStart || i < headerEnd;
  const bezuege: Bezug[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = BEZUG.exec(textAt(i));
    const date = m ? findDates(m[3] as string)[0] : undefined;
    if (m && date) {
      bezuege.push({ id: ids(), vermerk: m[1] ?? "", gremium: (m[2] as string).trim(), datum: date.start, bp: m[4] as string });
      if (isRest(i) && place[i] === undefined) place[i] = "bezug";
    }
  }
  // Which Zeichnung sends which entry, and who sends on with what number: zuleitung.ts.
  const tailLines = lines.slice(restStart).map((l, k) => ({ text: l.text, cells: source[restStart + k]?.cells }));
  const { verteiler, zeichnungen } = linkZuleitung(tailLines, verteilerOf(lines, source, restStart, ids, place), zeichnungenOf(lines, source, restStart, ids, place));
  // A Verteiler-like line after the decision from which no entry was read, not prose: said, so that the check names it (unread-verteiler.ts).
  const unreadVerteiler = verteiler.length === 0 ? unreadVerteilerLine(tailLines.map((l) => l.text)) : undefined;
  if (unreadVerteiler !== undefined) findings.push(info("recognize-uncertain", { type: "field", field: "verteiler" }, { field: "verteiler", auszug: short(unreadVerteiler) }));
  const money: MoneyText[] = [];
  let moneyTable: number | undefined;
  // Rows of one table are consecutive lines with cells; the first row's index names the table.
  const tableStart: number[] = [];
  source.forEach((l, i) => (tableStart[i] = l.cells ? (source[i - 1]?.cells ? (tableStart[i - 1] as number) : i) : -1));
  // No sink: where the document has a Finanzierung part, only its lines are read as money (it ends where the next
  // part's heading begins); elsewhere, the money words of lines that no other part claims. Sachverhalt, Begründung,
  // Anlagen and quoted text never are.
  const roleAt = (i: number) => (decoding.roles[i] as Decoded).role;
  const hasFinPart = decoding.roles.some((r) => r.role === "finanzierung" && r.head);
  const afterMoney = (i: number): boolean => {
    let j = i - 1;
    while (j >= 0 && textAt(j) === "") j--;
    return j >= 0 && place[j] === "finanzierung";
  };
  for (let i = 0; i < lines.length; i++) {
    if (!isRest(i) || place[i] !== undefined) continue;
    const goesOn = continuesFinanzierung(textAt(i), roleAt(i), afterMoney(i), MONEY);
    if (!goesOn && (hasFinPart ? roleAt(i) !== "finanzierung" : NOT_MONEY_ROLES.has(roleAt(i)))) continue;
    const text = textAt(i);
    const table = source[i]?.cells ? tableStart[i] : undefined;
    const isMoney = MONEY.test(text) || statesNoEffects(text) || (table !== undefined && table === moneyTable) || (hasFinPart && text !== "");
    if (!isMoney) continue;
    const cells = source[i]?.cells;
    money.push({ text, ...(cells ? { cells } : {}), ...(table !== undefined ? { table } : {}) });
    if (table !== undefined) moneyTable = table;
    if (place[i] === undefined) place[i] = "finanzierung";
  }
  // The header row of a Finanzierung table („Gegenstand | Angabe“, marked for accessibility) belongs to the rows below it.
  for (let i = 0; i < lines.length; i++) if (place[i] === undefined && tableStart[i] === i && tableStart[i + 1] === i && place[i + 1] === "finanzierung") place[i] = "finanzierung";
  for (let i = 0; i < lines.length; i++) {
    if (place[i] === undefined && (SENDER.test(textAt(i)) || PAGE_NUMBER.test(source[i]?.text.trim() ?? "")) && i >= restStart) place[i] = "zeichnung";
  }

  // Quoted wording in a clause („Ziffer 2 erhält folgende Fassung: „…““) is another text's: its figures are not this decision's money.
  const decided = sections
    .filter((s) => s.kind === "beschluss")
    .flatMap((s) => s.clauses.flatMap((c) => [c.text, ...(c.unterpunkte ?? []).map((u) => u.text)]))
    .map(withoutQuotedWording);
  const context = hasFinPart ? lines.flatMap((l, i) => (roleAt(i) === "sachverhalt" && MONEY.test(l.text) ? [l.text] : [])) : [];
  const { finanzierung, doubts, folgekosten } = readFinanzierung(decided, money, profile, ids, context);
  if (folgekosten) findings.push(info("recognize-folgekosten", { type: "field", field: "finanzierung.betrag" }, { betrag: folgekosten.cents / 100, auszug: short(folgekosten.text) }));
  // Money only coming in („Mehrerträge von rund 140.000 € jährlich“): no cost, so no Betrag and no Deckungsquelle to ask for; said in words.
  const income = finanzierung === undefined ? incomeOnlyText(money.map((m) => m.text), findAmounts) : undefined;
  if (income !== undefined) findings.push(info("recognize-nur-ertraege", { type: "field", field: "finanzierung" }, { auszug: short(income.replace(/\t/gu, " ")) }));
  for (const d of doubts) findings.push(info("recognize-uncertain", { type: "field", field: d.field.split(".").slice(0, 2).join(".") }, { field: d.field, auszug: short(d.text), ...(d.taken ? { uebernommen: "ja" } : {}), ...(d.ceiling ? { angabe: "obergrenze" } : {}) }));
  if (contradicted) findings.push(info("recognize-uncertain", { type: "field", field: contradicted.field }, { field: contradicted.field, auszug: contradicted.text }));
  // A document that no part of the grammar fits — no decision heading, and a letter's or minutes' own words or no
  // Vorlagen-Nr. — is no Vorlage: said once, with the reason, instead of a Vorlage full of errors.
  if (!decoding.roles.some((r) => r.role === "heading")) {
    const foreign = lines.find((l) => FOREIGN.test(l.text));
    if (foreign !== undefined || header["vorlagenNr"] === "") findings.push(info("recognize-keine-vorlage", { type: "document" }, { grund: foreign !== undefined ? short(foreign.text) : "" }));
  }
  // A Vorlage in another built-in profile's form, checked with this one: said, with the profile that fits (other-profile-form.ts).
  const otherForm = otherProfileForm(lines.slice(0, headerEnd).map((l) => l.text), header["vorlagenNr"] ?? "", profile, Object.values(BUILTIN_PROFILES));
  if (otherForm) findings.push(info("recognize-anderes-profil", { type: "document" }, { profil: otherForm.profile.id, name: otherForm.profile.name, merkmale: otherForm.labels.map((l) => `„${l}“`).join(", "), vorlagenNr: header["vorlagenNr"] ?? "" }));

  const allText = lines.map((l) => l.text);
  if (header["gremium"] === "" && !headerRead.deciding && !contradicted) {
    // No row says which body decides: the decision names it („Der Rat der Stadt beschließt“, „hat der Rat … beschlossen“).
    // The decision's own heading and the line that leads in below it („Die Bürgerschaft … beschließt:“) may name the body as well.
    const decisionHeads = sectionAnchors
      .filter((a) => sections.find((s) => s.id === a.id)?.kind === "beschluss")
      .flatMap((a) => {
        const below = nextWithText(a.heading);
        return [textAt(a.heading), ...(/^(?:heading|lead-in)$/u.test(decoding.roles[below]?.role ?? "") || place[below] === "heading" ? [textAt(below)] : [])];
      });
    const named = namedDecidingBody(headerRead.bodies, sections, decisionHeads);
    if (named) {
      header["gremium"] = named.gremium;
      if (named.datum !== undefined && header["sitzungsdatum"] === "") header["sitzungsdatum"] = named.datum;
      place[named.line] ??= "beratungsfolge";
    }
  }
  // A Vorlage zur Kenntnisnahme decides nothing: its Beratungsfolge lists the bodies that take note one after another, every row
  // „Kenntnisnahme“ (Berlin's Bezirksamt: Ausschuss, then the BVV). The last of them is the body it is laid before, its date the session's.
  if (header["gremium"] === "" && !headerRead.deciding && !contradicted && sections.length > 0 && sections.every((s) => s.kind === "kenntnisnahme")) {
    const last = beratungsfolge[beratungsfolge.length - 1];
    if (last && beratungsfolge.every((b) => /^Kenntnisnahme$/iu.test(b.rolle.trim())) && last.datum !== "") {
      header["gremium"] = last.gremium;
      if (header["sitzungsdatum"] === "") header["sitzungsdatum"] = last.datum;
    }
  }
  const zustaendigkeit = withAgreedOffices(
    withRessort(
      withPageHeaderLead(
        (nr) => withLabelledOffices(zustaendigkeitOf(allText.slice(0, headerEnd), nr, sections, profile), headerRead, profile),
        nrInPageHeader ? "" : (header["vorlagenNr"] ?? ""),
        header["vorlagenNr"] ?? "",
        fromPageHeader,
        profile,
        findings,
      ),
      allText.slice(0, headerEnd).filter((_, i) => decoding.roles[i]?.role === "letterhead"),
    ),
    allText.filter((_, i) => roleAt(i) === "sachverhalt"),
  );
  // A Federführung only derived from the office code of the Vorlagen-Nr. is inferred, as a Gremium by the profile's rules is: said (tryout7 F7).
  const byNumber = leadByOfficeCode(header["vorlagenNr"] ?? "", profile);
  const leadFromPageHeader = findings.some((f) => f.code === "recognize-page-header" && f.params["field"] === "zustaendigkeit.federfuehrend");
  if (byNumber !== undefined && zustaendigkeit.federfuehrend === byNumber.dezernat && labelledLead(allText.slice(0, headerEnd), profile) === undefined && !leadFromPageHeader) {
    findings.push(
      info("recognize-federfuehrung-inferred", { type: "field", field: "zustaendigkeit.federfuehrend" }, { dezernat: byNumber.dezernat, org: byNumber.org, vorlagenNr: header["vorlagenNr"] ?? "" }),
    );
  }
  if (header["gremium"] === "" && !contradicted) {
    const shownLines = withSoftBrokenPieces(allText);
    const rule = profile.recognition?.gremiumInference?.find((g) =>
      g.allOf.every((p) => {
        const re = new RegExp(p, "u");
        return shownLines.some((t) => re.test(t));
      }),
    );
    if (rule) {
      header["gremium"] = rule.gremium;
      findings.push(info("recognize-gremium-inferred", { type: "field", field: "header.gremium" }, { gremium: rule.gremium }));
    }
  }
  // A heading that names the session it asks for („… den folgenden Antrag auf die Tagesordnung der Sitzung der Bezirksvertretung 10
  // am 9. März 2027 zu nehmen …:“): that session's body and date, where the head names none.
  if (header["gremium"] === "" && !contradicted) {
    const session = sectionAnchors.map((s) => SESSION_IN_HEADING.exec(textAt(s.heading))).find((m) => m !== null);
    const date = session ? findDates(session[0]).find((d) => d.valid) : undefined;
    if (session && date) {
      // „des Rates“: the genitive of the body's first word, back to its name.
      const name = (session[2] as string).trim();
      header["gremium"] = session[1] === "des" ? name.replace(/^(\p{L}+?)(?:es|s)\b/u, "$1") : name;
      if (header["sitzungsdatum"] === "") header["sitzungsdatum"] = date.start;
    }
  }
  if (header["gremium"] === "" && !contradicted) {
    // The body the decision heading names; „Ortsbeirat 6“ when the header shows it with its number.
    const decidingFirst = [...sectionAnchors].sort((a, b) => Number(sections.find((s) => s.id === b.id)?.kind === "beschluss") - Number(sections.find((s) => s.id === a.id)?.kind === "beschluss"));
    // „Beschlussvorschlag“ over „Die Verbandsversammlung beschließt:“: the line below a heading that names no body, read as a heading or lead-in itself.
    const bodyLine = (h: number) => {
      const below = nextWithText(h);
      return /^(?:heading|lead-in)$/u.test(decoding.roles[below]?.role ?? "") ? BODY_OF_HEADING.exec(textAt(below))?.[1] : undefined;
    };
    const body = decidingFirst.map((s) => BODY_OF_HEADING.exec(textAt(s.heading))?.[1] ?? bodyLine(s.heading)).find((b) => b !== undefined);
    if (body !== undefined) {
      const numbered = allText.slice(0, headerEnd).findIndex((t, i) => t.startsWith(`${body} `) && /^\S+ [\dIVX]{1,4}$/u.test(t) && place[i] === undefined);
      // Frankfurt's record: „Beratung im Ortsbeirat: 6“ below the Begründung.
      const beratungIm = new RegExp(String.raw`^Beratung\s+(?:im|in\s+der|in\s+dem)\s+${escapeRe(body)}\s*:?\s*(\d{1,2}|[IVX]{1,4})$`, "u");
      const inRecord = numbered >= 0 ? -1 : allText.findIndex((t, i) => beratungIm.test(t) && place[i] === undefined);
      header["gremium"] = numbered >= 0 ? (allText[numbered] as string) : inRecord >= 0 ? `${body} ${beratungIm.exec(allText[inRecord] as string)?.[1] ?? ""}` : body;
      if (numbered >= 0) place[numbered] = "header";
      if (inRecord >= 0) place[inRecord] = "header";
    }
  }
  // The Beratungsergebnisse of a record name the session that decided: „32. Sitzung des OBR 6 am 08.07.2014, TO I, TOP 32“.
  // Its date is the Sitzungsdatum where the body is the deciding one and the record names no other session of it.
  if (header["sitzungsdatum"] === "" && header["gremium"] !== "" && !contradicted) {
    const sessions = allText.flatMap((t, i) => {
      const m = RECORDED_SESSION.exec(t);
      const name = m ? (m[1] as string).replace(/^OBR\b/u, "Ortsbeirat").replace(/^(\p{L}+?)(?:es|s)\b/u, "$1") : "";
      const date = m ? findDates(t).find((d) => d.valid) : undefined;
      return m && date && place[i] === undefined && oneLine(name).toLowerCase() === oneLine(header["gremium"] as string).toLowerCase() ? [{ i, date: date.start }] : [];
    });
    const [only] = sessions;
    if (only && sessions.every((x) => x.date === only.date)) {
      header["sitzungsdatum"] = only.date;
      // „…, TO I, TOP 32“: the agenda and its point, where the header names none.
      const agenda = /,\s*TO\s+([IVX]{1,4}|\d{1,2}),\s*TOP\s+(\d+(?:\.\d+)*)\s*$/u.exec(allText[only.i] as string);
      if (agenda && header["tagesordnung"] === "" && header["tagesordnungspunkt"] === "") {
        header["tagesordnung"] = agenda[1] as string;
        header["tagesordnungspunkt"] = agenda[2] as string;
      }
      for (const x of sessions) place[x.i] = "beratungsfolge";
    }
  }
  const vorlage: Vorlage = {
    header: { ...(header as unknown as Vorlage["header"]), sitzungsart },
    zustaendigkeit,
    sections,
    finanzierung,
    bezuege,
    beratungsfolge,
    verteiler,
    zeichnungen,
    bloecke: readBlocks(allText, profile),
  };
  const beteiligt = new Set([...(finanzierung?.quellen ?? []).map((q) => q.stelle.dezernat).filter((d) => d !== ""), ...zustaendigkeit.beteiligt]);
  beteiligt.delete(zustaendigkeit.federfuehrend);

  // Every paragraph with text has its place; the ones nothing claimed are named.
  lines.forEach((l, i) => {
    if (place[i] !== undefined) return;
    const role = (decoding.roles[i] as Decoded).role;
    // A header's line after the decision („an das Revisionsamt“ read as a Betreff) that no header field took fits nowhere: it is named.
    const byRole = i >= headerEnd && HEADER_ROLES.has(role) ? undefined : PLACE_OF_ROLE[role];
    if (byRole !== undefined) {
      place[i] = byRole;
      return;
    }
    place[i] = "unassigned";
    // What the decoder read the line as („Sachverhalt/Begründung“), so that `check` and `recognize --explain` tell one decision.
    // Not for a clause or sub-point outside every decision part: „als Ziffer gelesen“ would tell the reader it was taken for a clause.
    const told = role !== "other" && role !== "clause" && role !== "sub-point";
    findings.push(info("recognize-unassigned", { type: "document" }, { auszug: short(l.text), ...(told ? { gelesen: role } : {}) }));
  });
  const places: Place[] = [];
  source.forEach((line, i) => line.paras.forEach((p) => (places[p] = place[i] as Place)));
  for (const d of deleted) places[d] = "deleted";

  const range = (r: { line: number; start: number; end: number }): TextRange | undefined => {
    const line = source[r.line] as Line;
    return toParagraphRange(line, r.start, r.end);
  };
  const firstPara = (i: number) => (source[i] as Line).paras[0] as number;
  const lastPara = (i: number) => {
    const ps = (source[i] as Line).paras;
    return ps[ps.length - 1] as number;
  };
  const anchors: Anchors = {
    sections: sectionAnchors.map((s) => {
      const n = s.number ? range(s.number) : undefined;
      return {
        id: s.id,
        heading: firstPara(s.heading),
        ...(n ? { number: n } : {}),
        clauses: s.clauses.map((c) => {
          const cn = c.number ? range(c.number) : undefined;
          return { id: c.id, first: firstPara(c.first), last: lastPara(c.last), ...(cn ? { number: cn } : {}) };
        }),
      };
    }),
    fields: fields.flatMap((f) => {
      const r = range(f);
      return r ? [{ field: f.field, range: r }] : [];
    }),
  };
  return {
    vorlage: { ...vorlage, zustaendigkeit: { ...zustaendigkeit, beteiligt: [...beteiligt] } },
    anchors,
    findings,
    places,
    lines: source.map((l, i) => ({ paras: l.paras, text: l.text, decoded: decoding.roles[i] as Decoded, features: decoding.features[i] as Features })),
  };
}

/**
 * The municipality a body's name adds in the genitive, as a pattern: „Stadt Bedburg“, „Hansestadt Rostock“, and the
 * compound titles „Universitäts- und Hansestadt Greifswald“, „Kreis- und Hochschulstadt Meschede“ (up to four words).
 */
const PLACE_NAME = String.raw`\p{Lu}[\p{L}-]*(?:\s+(?:(?<=-\s*)und\s+)?\p{Lu}[\p{L}-]*){0,3}`;

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/**
 * Of the bodies a Beratungsfolge lists, the one the decision names as deciding: a sentence of a Beschluss opens with it
 * and its „beschließt“ („Der Rat der Stadt Bedburg beschließt, …“), or says it „hat … beschlossen“. Only where exactly
 * one body is so named: a body that only recommends („empfiehlt dem Rat …“) is none, and two are none. `headings`: the
 * decision's heading and lead-in lines („Die Bürgerschaft der Universitäts- und Hansestadt Greifswald beschließt:“); a lead-in
 * that asks a body („Die Bezirksversammlung wird gebeten,“, Hamburg's Petitum) names it as well.
 */
function namedDecidingBody(bodies: HeaderRead["bodies"], sections: readonly Section[], headings: readonly string[] = []): HeaderRead["bodies"][number] | undefined {
  if (bodies.length === 0) return undefined;
  const paragraphs = [
    ...headings,
    ...sections
      .filter((s) => s.kind === "beschluss")
      .flatMap((s) => s.clauses.flatMap((c) => [c.text, ...(c.unterpunkte ?? []).map((u) => u.text)]))
      .flatMap((t) => t.split("\n")),
  ];
  const sentences = paragraphs.flatMap((t) => t.split(/(?<=[.;!?])\s+(?=\p{Lu})/u));
  const named = bodies.filter((b) => {
    const name = escapeRe(b.gremium);
    const opens = new RegExp(String.raw`^(?:Der|Die|Das)\s+${name}(?:\s+(?:der|des)\s+${PLACE_NAME})?\s+(?:beschließt|(?:möge|wolle|soll)\s+beschließen)\b`, "u");
    // „Die Bezirksversammlung wird gebeten,“ leading in to the clauses: the body the Petitum asks to decide.
    const asked = new RegExp(String.raw`^(?:Der|Die|Das)\s+${name}\s+wird\s+gebeten\s*[,:]$`, "u");
    const has = new RegExp(String.raw`\bhat\s+(?:der|die|das)\s+${name}\b[^;]{0,200}?\bbeschlossen\b`, "u");
    return sentences.some((s) => opens.test(s)) || paragraphs.some((p) => has.test(p)) || headings.some((h) => asked.test(h));
  });
  return new Set(named.map((b) => b.gremium)).size === 1 ? named[0] : undefined;
}

/**
 * A numbered list that ended its last sentence with a full stop, then an empty line, then prose: the prose
 * follows the decision („Kosten des laufenden Betriebs entstehen jährlich …“), it does not continue its clause.
 */
function afterListEnd(section: Section, lines: readonly { readonly text: string }[], i: number): boolean {
  const last = section.clauses[section.clauses.length - 1] as Clause;
  const lastText = last.unterpunkte?.length ? (last.unterpunkte[last.unterpunkte.length - 1] as Unterpunkt).text : last.text;
  return section.clauses.every((c) => c.writtenNumber !== undefined) && /\.$/u.test(lastText) && (lines[i - 1]?.text ?? "") === "";
}

/** A clause's first line that announces the text below it as what is decided: „… folgende Änderungssatzung beschlossen:“. */
const ANNOUNCES_TEXT = /\bfolgende[nmrs]?\b[^;]{0,160}\b(?:beschlossen|beschließt|erlassen|erlässt)\s*:$/u;

/**
 * An unnumbered line continues the clause above: in a numbered list, unless it is a heading
 * (ends in ":"); in prose, unless the clause above ended its sentence.
 */
function isContinuation(section: Section, text: string): boolean {
  const last = section.clauses[section.clauses.length - 1] as Clause;
  if (section.clauses.every((c) => c.writtenNumber !== undefined)) return !/:$/u.test(text);
  // „… hat der Rat … folgende Satzung beschlossen:“ announces the text it enacts: its Artikel and sentences are that clause's.
  if (last.writtenNumber === undefined && ANNOUNCES_TEXT.test(last.text.split("\n")[0] ?? "")) return true;
  return !/[.;!?]$/u.test(last.text);
}

/** „II, IV“, „Dezernat II und Dezernat IV“, „Dezernate II, IV sowie VI“: a list of Dezernate and nothing else. */
const DEZERNAT_LIST = /^(?:(?:Dezernat(?:e|s)?|Dez\.)\s*)?(?:[IVX]{1,5}|\d{1,2})(?:\s*(?:,|;|und|sowie)\s*(?:(?:Dezernat(?:e|s)?|Dez\.)\s*)?(?:[IVX]{1,5}|\d{1,2}))*\.?$/u;

/** The profile's Dezernat a header line labels as the lead („Federführendes Dezernat: Dezernat II“). */
function labelledLead(headerLines: readonly string[], profile: Profile): string | undefined {
  return (
    headerLines
      // „Dezernat II/A“ names a unit of Dezernat II, not Dezernat II itself.
      .map((l) => /(?:Verantwortlich|Federführung|federführend(?:es Dezernat)?)\s*:?\s*(?:Dezernat|Dez\.)?\s*([IVX]{1,5}|\d{1,2})(?![\p{L}\p{N}/-])/iu.exec(l)?.[1])
      .find((d) => d !== undefined && profile.dezernate.list.some((x) => x.id === d))
  );
}

/** The Dezernat whose office code the Vorlagen-Nr. carries („25-V-05-0012“ → V), by the profile's pattern; an inference, not a statement. */
function leadByOfficeCode(vorlagenNr: string, profile: Profile): { readonly dezernat: string; readonly org: string } | undefined {
  const org = new RegExp(profile.vorlagenNr.pattern, "u").exec(vorlagenNr)?.groups?.["org"];
  const dezernat = org === undefined ? undefined : profile.dezernate.list.find((d) => d.orgCode === org)?.id;
  return dezernat === undefined || org === undefined ? undefined : { dezernat, org };
}

function zustaendigkeitOf(headerLines: readonly string[], vorlagenNr: string, sections: readonly Section[], profile: Profile): Vorlage["zustaendigkeit"] {
  const labelled = labelledLead(headerLines, profile);
  const byOrg = leadByOfficeCode(vorlagenNr, profile)?.dezernat;
  const federfuehrend = labelled ?? byOrg ?? "";
  const beteiligtLine = headerLines.map((l) => /beteiligt\w*\s*(?:Dezernate)?\s*:?\s*(.*)$/iu.exec(l)?.[1]).find((x) => x !== undefined);
  // Only a list of Dezernate names Dezernate: „Fachbereich II – Ordnung, …“ is an office of its own, kept as written.
  const listed = beteiligtLine?.replace(/^\p{L}+\s*(?::\s*|\t\s*)/u, "").trim();
  const beteiligt = listed !== undefined && DEZERNAT_LIST.test(listed) ? dezernatIds(listed, profile) : [];
  // "Der Beitritt durch die Dezernate VII und II initiiert": named Dezernate besides the lead take part.
  for (const c of sections.flatMap((s) => s.clauses)) {
    const m = /Dezernate\s+((?:[IVX]{1,5}|\d{1,2})(?:\s*(?:,|und)\s*(?:[IVX]{1,5}|\d{1,2}))+)/u.exec(c.text);
    if (m && /initiiert|federführend|gemeinsam/u.test(c.text)) beteiligt.push(...dezernatIds(m[1] as string, profile));
  }
  return { federfuehrend, beteiligt: [...new Set(beteiligt)].filter((d) => d !== federfuehrend) };
}

/**
 * The lead office and the ones taking part as the header's labels name them („Federführendes Amt: | Amt für
 * Finanzen“, an Einreicher that is an office), where the profile's Dezernate did not: the words as written.
 */
/**
 * A clause's text without what it quotes („…“, »…«, "…", nested quotes included): the new wording of another
 * Vorlage's Ziffer, a name. Only a quote that is closed counts; a lone mark („27" Bildschirme“) removes nothing.
 */
export function withoutQuotedWording(text: string): string {
  const chars = [...text];
  const drop = new Array<boolean>(chars.length).fill(false);
  const open: number[] = [];
  let straight = -1;
  chars.forEach((ch, k) => {
    if (ch === "„" || ch === "»") open.push(k);
    else if ((ch === "“" || ch === "«") && open.length > 0) {
      const from = open.pop() as number;
      if (open.length === 0) drop.fill(true, from, k + 1);
    } else if (ch === '"' && open.length === 0) {
      if (straight < 0) straight = k;
      else {
        drop.fill(true, straight, k + 1);
        straight = -1;
      }
    }
  });
  return chars.filter((_, k) => !drop[k]).join("");
}

/**
 * A Federführung the body does not state, as the Kopfzeile labels it (a Dezernat by its number, as the profile's are).
 * The body's label wins; the label in the Kopfzeile wins over a Dezernat only derived from the number's office code.
 * `bodyNr` is the number the body states itself ("" where the number stands only in the Kopfzeile).
 */
function withPageHeaderLead(
  read: (nr: string) => Vorlage["zustaendigkeit"],
  bodyNr: string,
  nr: string,
  page: PageHeaderFields,
  profile: Profile,
  findings: Finding[],
): Vorlage["zustaendigkeit"] {
  const z = read(bodyNr);
  const lead = page.federfuehrung;
  if (z.federfuehrend !== "" || (lead === undefined && bodyNr === nr)) return z;
  if (lead === undefined) return read(nr);
  const id = dezernatIds(/^(?:Dezernat|Dez\.)?\s*(?:[IVX]{1,5}|\d{1,2})$/u.test(lead.value) ? lead.value : "", profile)[0] ?? profile.dezernate.list.find((d) => d.name === lead.value)?.id;
  const value = id ?? lead.value;
  findings.push(info("recognize-page-header", { type: "field", field: "zustaendigkeit.federfuehrend" }, { field: "zustaendigkeit.federfuehrend", auszug: short(lead.text) }));
  return { federfuehrend: value, beteiligt: z.beteiligt.filter((b) => b !== value) };
}

function withLabelledOffices(z: Vorlage["zustaendigkeit"], read: HeaderRead, profile: Profile): Vorlage["zustaendigkeit"] {
  const office = /^(?:Amt|Fachbereich|Fachdienst|Dezernat|Referat|Dienststelle|Geschäftsbereich|Stabsstelle|Bereich)\b/u;
  const einreicher = read.labelled.get("einreicher");
  const lead = read.labelled.get("federfuehrung") ?? read.labelled.get("amt") ?? (einreicher && office.test(einreicher.value) ? einreicher : undefined);
  // „Dezernat II/A“, „Dezernat 4“: a numbered Dezernat (with its unit) is written as its number, as the profile's are.
  const asId = (value: string) => dezernatIds(/^(?:Dezernat|Dez\.)\s*\S+$/u.test(value) ? value : "", profile)[0] ?? /^(?:Dezernat|Dez\.)\s*((?:[IVX]{1,5}|\d{1,2})(?:\/[\p{Lu}\p{N}]{1,3})?)$/u.exec(value)?.[1];
  const federfuehrend = z.federfuehrend !== "" || lead === undefined ? z.federfuehrend : (asId(lead.value) ?? lead.value);
  const others = read.labelled.get("beteiligte");
  const beteiligt = z.beteiligt.length > 0 || others === undefined ? z.beteiligt : officesOf(others.value).map((o) => asId(o) ?? o);
  return { federfuehrend, beteiligt };
}

/** A Ressort that submits the Vorlage at its head: „Die Senatorin für Umwelt, Klima und Wissenschaft“, „Der Minister für Finanzen“. */
const RESSORT = /^(?:Der|Die)\s+((?:Senator|Minister|Staatsminister)(?:in)?\s+für\s+\p{L}[^.;:]{2,80})$/u;
/** An office alone on a line of the head, under the city's name: „Fachbereich II – Ordnung, Bildung, Jugend und Soziales“. */
const HEAD_OFFICE = /^(?:Fachbereich|Fachdienst|Geschäftsbereich|Amt für)\s[^.;:]{1,90}$/u;

/**
 * Where no label names the lead office, the Ressort at the head that submits the Vorlage is it (a Senats- or
 * Kabinettsvorlage, Bremen's), written without its article, or the office named alone under the city's name
 * („STADT BEDBURG“ / „Fachbereich II – Ordnung, …“). `head`: the lines the decoder read as the letterhead.
 */
function withRessort(z: Vorlage["zustaendigkeit"], head: readonly string[]): Vorlage["zustaendigkeit"] {
  if (z.federfuehrend !== "") return z;
  const ressort = head.map((t) => RESSORT.exec(t.trim())?.[1] ?? HEAD_OFFICE.exec(t.trim())?.[0]).find((x) => x !== undefined);
  return ressort === undefined ? z : { federfuehrend: ressort.trim(), beteiligt: z.beteiligt.filter((b) => b !== ressort.trim()) };
}

/** „Die Vorlage ist mit der Senatskanzlei und der Senatorin für Finanzen abgestimmt.“: the offices it was agreed with. */
const AGREED_WITH = /^Die Vorlage (?:ist|wurde) mit ((?:der|dem|den) .{3,200}?) abgestimmt\.?$/u;

/**
 * Where no label names the offices taking part, the Vorlage's own sentence that it was agreed with them („Die Vorlage ist
 * mit der Senatskanzlei und der Senatorin für Finanzen abgestimmt.“, under Bremen's „E. Beteiligung und Abstimmung“)
 * names them, each without its article. A name is cut only before an article, so that „Senatorin für Umwelt, Klima und
 * Wissenschaft“ stays whole. `prose`: the Sachverhalt's lines.
 */
function withAgreedOffices(z: Vorlage["zustaendigkeit"], prose: readonly string[]): Vorlage["zustaendigkeit"] {
  if (z.beteiligt.length > 0) return z;
  const list = prose.map((t) => AGREED_WITH.exec(t.trim())?.[1]).find((x) => x !== undefined);
  if (list === undefined) return z;
  const offices = list
    .split(/\s*(?:,\s*|\s+und\s+|\s+sowie\s+)(?=(?:der|dem|den)\s)/u)
    .map((o) => o.replace(/^(?:der|dem|den)\s+/u, "").trim())
    .filter((o) => o !== "" && o !== z.federfuehrend);
  return { federfuehrend: z.federfuehrend, beteiligt: offices };
}

/** A name that says it is an office: „Amt für Gebäudemanagement“, „Fachbereich 3“, „Stadtjugendamt“, a place's „Ortsverwaltung Opfingen“. */
const OFFICE_NAME = /^(?:Amt|Fachbereich|Fachdienst|Dezernat|Referat|Dienststelle|Geschäftsbereich|Stabsstelle|Bereich|Abteilung|Sachgebiet|Ortsverwaltung|Ortsamt|Bezirksamt|Bezirksverwaltungsstelle)\b|^\p{Lu}\p{Ll}+(?:amt|referat|dezernat|büro)$/u;

/**
 * Several offices in one value, apart by commas or semicolons, only where every part names an office by its own words; or,
 * without them, where the value's first word of office comes back („Fachdienst Feuerwehr und Rettungsdienst Fachdienst
 * Recht“: two paragraphs of one cell, joined in the row's text), each time opening the next office.
 */
function officesOf(value: string): string[] {
  const parts = value.split(/\s*[;,]\s*/u).filter((p) => p !== "");
  if (parts.length > 1 && parts.every((p) => OFFICE_NAME.test(p))) return parts;
  const word = OFFICE_WORD.exec(value)?.[1];
  const again = word === undefined ? [] : value.split(new RegExp(String.raw`\s+(?=${word}\s)`, "u"));
  return again.length > 1 && again.every((p) => p.trim().split(/\s+/u).length >= 2) ? again.map((p) => p.trim()) : [value];
}
/** The word of office a value starts with, followed by the office's name: „Fachdienst …“, „Fachbereich …“, „Amt …“. */
const OFFICE_WORD = /^(Amt|Fachbereich|Fachdienst|Referat|Dienststelle|Geschäftsbereich|Stabsstelle|Bereich|Abteilung|Sachgebiet)\s/u;

/** „Dezernat VII“ followed by „mit der Bitte um …“, as two paragraphs or two cells of a row. */
function verteilerOf(lines: readonly Stripped[], source: readonly Line[], from: number, ids: IdSource, place: (Place | undefined)[]): VerteilerEintrag[] {
  const out: VerteilerEintrag[] = [];
  const bitteOf = (text: string): Bitte => bitteOfWords(text);
  for (let i = from; i < lines.length; i++) {
    const cells = source[i]?.cells;
    if (cells && cells.length >= 2 && BITTE.test(cells[1] as string) && (cells[0] as string) !== "") {
      out.push({ id: ids(), empfaenger: cells[0] as string, bitte: bitteOf(cells[1] as string) });
      place[i] = "verteiler";
      continue;
    }
    // „Fachdienst 20 – Finanzservice z. K.“: the recipient and the abbreviated request on one line.
    const short = /^(\S.*?)\s+z\.\s?(w\.\s?V|K)\.$/u.exec((lines[i] as Stripped).text);
    if (short && !source[i]?.cells) {
      out.push({ id: ids(), empfaenger: short[1] as string, bitte: /^w/u.test(short[2] as string) ? "veranlassung" : "kenntnisnahme" });
      place[i] = "verteiler";
      continue;
    }
    // „Dezernat II – zur Kenntnis“: the recipient and its Bitte on one line, set apart by a dash (core/german/bitte-words.ts).
    const dashed = source[i]?.cells ? null : RECIPIENT_DASH_BITTE.exec((lines[i] as Stripped).text);
    if (dashed) {
      out.push({ id: ids(), empfaenger: dashed[1] as string, bitte: bitteOf(dashed[2] as string) });
      place[i] = "verteiler";
      continue;
    }
    // „Dem Dezernat III mit der Bitte um Kenntnisnahme“: the same without a dash (recipient-and-bitte.ts).
    const oneLine = source[i]?.cells ? undefined : recipientWithBitte((lines[i] as Stripped).text);
    if (oneLine) {
      out.push({ id: ids(), empfaenger: oneLine.empfaenger, bitte: bitteOf(oneLine.bitte) });
      place[i] = "verteiler";
      continue;
    }
    const inOne = entriesInOneParagraph((lines[i] as Stripped).text, BITTE);
    for (const e of inOne) out.push({ id: ids(), empfaenger: e.empfaenger, bitte: bitteOf(e.bitte) });
    if (inOne.length > 0) place[i] = "verteiler";
    const m = inOne.length > 0 ? null : BITTE.exec((lines[i] as Stripped).text);
    if (!m) continue;
    let j = i - 1;
    while (j >= from && (lines[j] as Stripped).text === "") j--;
    const empfaenger = j >= from ? (lines[j] as Stripped).text : "";
    place[i] = "verteiler";
    if (empfaenger !== "" && !ZUSATZ.test(empfaenger) && !source[j]?.cells) {
      out.push({ id: ids(), empfaenger, bitte: bitteOf(m[1] ?? m[0]) });
      place[j] = "verteiler";
    }
  }
  // The part's own heading („Verteiler“, „Verteiler:“) over entries read belongs to them.
  if (out.length > 0) for (let i = from; i < lines.length; i++) if (place[i] === undefined && /^Verteiler\s*:?$/iu.test((lines[i] as Stripped).text)) place[i] = "verteiler";
  return out;
}

function zeichnungenOf(lines: readonly Stripped[], source: readonly Line[], from: number, ids: IdSource, place: (Place | undefined)[]): Zeichnung[] {
  const out: Zeichnung[] = [];
  const text = (j: number) => (lines[j] as Stripped | undefined)?.text ?? "";
  const isVerteiler = (j: number) => BITTE.test(text(j)) || BITTE.test(text(j + 1)) || recipientWithBitte(text(j)) !== undefined || (source[j]?.cells?.some((c) => BITTE.test(c)) ?? false) || entriesInOneParagraph(text(j), BITTE).length > 0;
  for (let i = from; i < lines.length; i++) {
    const m = ZEICHNUNG.exec(text(i));
    const date = m ? findDates(m[2] as string)[0] : undefined;
    if (!m || !date) continue;
    place[i] = "zeichnung";
    let j = i + 1;
    while (j < lines.length && text(j) === "") j++;
    let zusatz = "";
    if (ZUSATZ.test(text(j))) {
      zusatz = text(j);
      place[j++] = "zeichnung";
    }
    let name = "";
    /** „Der Magistrat“ above the name: the body that signs, whose Bürgermeister's name follows. */
    let body = false;
    for (; j < lines.length; j++) {
      const t = text(j);
      if (t === "" || isVerteiler(j) || /^-\s*\d+\s*-$/u.test(t) || PAGE_NUMBER.test(source[j]?.text.trim() ?? "")) continue;
      if (!body && SENDER.test(t) && !/^-/u.test(t) && !source[j]?.cells) {
        body = true;
        continue;
      }
      // „Für die Fraktion …“, „Für den Magistrat“: on whose behalf the name below signs, not the name.
      if (!body && ON_BEHALF_OF.test(t) && !source[j]?.cells) {
        body = true;
        place[j] = "zeichnung";
        continue;
      }
      if (ZEICHNUNG.test(t) || /^(Der|Die|Das|Dem)\s/u.test(t)) break;
      // Below the body only a name's short line is the name.
      if (body && (t.split(/\s+/u).length > 5 || /[.:;]$/u.test(t))) break;
      name = t.replace(/^gez\.\s*/u, "");
      place[j] = "zeichnung";
      // The signer's office below the name („Stadtrat“, „Oberbürgermeister“): signer-title.ts.
      let k = j + 1;
      while (k < lines.length && text(k) === "") k++;
      if (k < lines.length && place[k] === undefined && !source[k]?.cells && isSignerTitle(text(k))) place[k] = "zeichnung";
      break;
    }
    out.push({ id: ids(), ort: (m[1] as string).trim(), datum: date.start, zusatz, name });
  }
  return out;
}
