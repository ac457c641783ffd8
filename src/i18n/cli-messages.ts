import { decimalComma } from "../core/german/digits";
import type { DocxErrorParams, DocxErrorReason } from "../document/ooxml/docx-error";
import type { Unchangeable, WordKind } from "../document/docx/docx-document";
import type { Lang } from "./format-finding";
import type { MovedTypedReference } from "../core/references/typed-targets";
import type { MovedReferenceInText, TextPlace } from "../core/references/references-in-text";
import type { ProfileUse } from "../core/profile/profile-choice";
import type { MarkedNumber } from "../document/marked-numbers";

/** A source of the money as the check line names it: the Dezernat with the profile's prefix, its share or its amount. */
export interface FinanzierungQuelle {
  readonly dezernat: string;
  /** The source's Produkt, said where it names no Dezernat („aus dem Produkt 1.11.01“). */
  readonly produkt?: string;
  readonly anteil?: number;
  readonly betrag?: string;
}

const NBSP = "\u00a0";
/** „Dezernat VII 60 %“: prefix and id, number and sign kept together on a line. */
const quelleText = (q: FinanzierungQuelle, decimal: (x: number) => string, produktWord: string): string =>
  [(q.dezernat === "" && q.produkt ? `${produktWord} ${q.produkt}` : q.dezernat).replace(/ /gu, NBSP), q.anteil !== undefined ? `${decimal(q.anteil * 100)}${NBSP}%` : (q.betrag ?? "")].filter((x) => x !== "").join(" ");
const finanzierungLine = (label: string, turnus: string, betrag: string, quellen: readonly FinanzierungQuelle[], decimal: (x: number) => string, produktWord: string): string =>
  `${label}: ${[betrag, turnus].filter((x) => x !== "").join(" ")}${quellen.length ? ` – ${quellen.map((q) => quelleText(q, decimal, produktWord)).join(", ")}` : ""}`;

// eslint-disable-next-line no-control-regex -- escaping exactly these characters is the point
const CONTROL_OR_BIDI = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

/**
 * A file name (or a one-line text from a document) as the terminal shows it: control
 * characters, line breaks and bidi controls as \u{…}, so that a newline in a name cannot
 * forge a line of the report (such as one saying „vollständig“).
 */
export const showPath = (path: string): string => path.replace(CONTROL_OR_BIDI, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`);

/** What a path is when it is not a regular file (an output or input we refuse). */
export type FileKind = "directory" | "device" | "fifo" | "socket";

/** The words of the `beschluss` command, German first. */
export interface CliMessages {
  readonly usage: string;
  readonly complete: string;
  readonly incomplete: string;
  /** The status of a document that is no Vorlage at all (a letter, a Niederschrift). */
  readonly keineVorlage: string;
  /** After recognize met a document that is no Vorlage. */
  readonly leftUnchanged: string;
  /** After export met a document that is no Vorlage: nothing is exported, as check calls it no Vorlage. */
  readonly notExported: string;
  /** Appended to the summary when some files were no Vorlage: counted apart. */
  readonly keineVorlageCount: (n: number) => string;
  readonly unreadable: string;
  readonly structured: string;
  readonly recognized: string;
  readonly recovered: string;
  /** Which profile a file was read with and why: the one it names, --profile (naming the stored one where it differs), or the default. */
  readonly profileUsed: (use: ProfileUse) => string;
  readonly counts: (errors: number, warnings: number, infos: number) => string;
  readonly summary: (files: number, complete: number, incomplete: number, unreadable: number) => string;
  readonly directory: string;
  readonly noDocx: string;
  readonly missing: string;
  readonly tooLarge: (mb: number, limit: number) => string;
  readonly sameFile: string;
  readonly written: (path: string) => string;
  readonly noFinanzierung: string;
  /** The Vorlage says it has no financial effects („Finanzielle Auswirkungen: Nein“): a statement, not a gap. */
  readonly noFinancialEffects: string;
  /**
   * The Finanzierung in one line: the amount as the house style writes it, the Turnus, and the
   * sources with their shares — „Dezernat VII“ and „60 %“ with no-break spaces, as „12.400 €“.
   */
  readonly finanzierung: (betrag: string, turnus: "einmalig" | "jaehrlich" | undefined, quellen: readonly FinanzierungQuelle[]) => string;
  /** In place of the amount: read with doubt (its finding names the figures), or not stated — words, never a bare „?“. */
  readonly betragUnsicher: string;
  readonly keinBetrag: string;
  /** The Finanzierung names only money coming in (recognize-nur-ertraege): said so, not „keine Angaben“. */
  readonly nurErtraege: string;
  /** A part whose clauses carry no number (a decision written as prose): how many paragraphs, in words. */
  readonly unnumberedParagraphs: (n: number) => string;
  /** Hints of one kind beyond the first few in the text report (one per paragraph on a long Vorlage): how many more, and where all are. */
  readonly moreHints: (n: number) => string;
  readonly unknownCommand: (c: string) => string;
  readonly needsFile: string;
  readonly needsOut: string;
  readonly badFormat: string;
  readonly badProfile: (detail: string) => string;
  readonly badJson: (detail: string) => string;
  readonly severity: Readonly<Record<"error" | "warning" | "info", string>>;
  /** Why a file is not readable as a .docx, from the engine's reason and parameters. */
  readonly docxError: (reason: DocxErrorReason, p: DocxErrorParams) => string;
  readonly unknownOption: (option: string, valid: string) => string;
  /** An option of another command: refused rather than silently ignored. */
  readonly optionNotFor: (option: string, command: string, valid: string) => string;
  readonly badLang: (lang: string) => string;
  readonly outputIsInput: string;
  readonly exists: (path: string) => string;
  readonly cannotWrite: (path: string, why: string) => string;
  readonly cannotRead: (path: string, why: string) => string;
  readonly notWrapped: (reason: "number-in-construct" | "clause-across-table") => string;
  readonly alreadyStructured: string;
  /** --in-place on a document that is already as recognize would write it: not written, so its date stays. */
  readonly nothingToChange: (file: string) => string;
  /** Numbers (or header values) recognize left as the user's text, because they stand in a hyperlink, field, tracked change or smartTag. */
  readonly numbersLeft: (texts: readonly string[]) => string;
  /** Header values (Betreff, Vorlagen-Nr. …) recognize could not wrap exactly: they stay text, and are no numbers. */
  readonly valuesLeft: (texts: readonly string[]) => string;
  /** After recognize --renumber: the numbers it corrected, and the references (REF fields) that followed them. */
  readonly renumbered: (numbers: number, references: number) => string;
  /** recognize --renumber: section headings numbered in the document's own outline (I., II. …), kept with their clauses. */
  readonly renumberKeptOutline: (numbers: readonly string[]) => string;
  /** recognize --renumber: clauses that show no number; none is typed in front of them. */
  readonly renumberKeptUnnumbered: (n: number) => string;
  /** recognize --renumber on clauses counted well in a scheme of the document's own: check reports no fault, so nothing is corrected. */
  readonly renumberKeptOwnScheme: (first: readonly string[]) => string;
  /** recognize --references: how many typed references became links. */
  readonly referencesLinked: (n: number) => string;
  /** REF fields to our bookmarks (LibreOffice kept them, not our controls) that are references of ours again. */
  readonly referencesAdopted: (n: number) => string;
  /** recognize --renumber without --references: typed references whose target's number would change; nothing written. */
  /** `inText`: references outside the clauses, or to a lettered clause („zu c)“), named by their place: --references never links them. */
  readonly renumberBreaksReferences: (moved: readonly MovedTypedReference[], linked: boolean, inText?: readonly MovedReferenceInText[]) => string;
  /** recognize would have left REF fields without their bookmark: refused, nothing written. */
  readonly referenceFieldsBroken: (fields: readonly { readonly textmarke: string; readonly anzeige: string; readonly davor: string }[]) => string;
  /** recognize --references: references left as text because Word's list numbering numbers their target. */
  readonly referencesOnList: (n: number) => string;
  /** recognize --renumber on an outline (2.1 under 2.): renumbering would flatten it; nothing written. */
  readonly renumberFlattensOutline: (unterziffer: string, oberziffer: string) => string;
  /** recognize --renumber would write over numbers holding the user's tracked changes, comments or notes: refused, nothing written. */
  readonly renumberDropsUserMarkup: (numbers: readonly MarkedNumber[]) => string;
  readonly trackRevisions: string;
  /** recognize: the document shows another built-in profile's form (the hint `check` gives, as text) and how to recognise it with that profile. */
  readonly otherProfileForm: (hint: string, profil: string) => string;
  /** Custom properties of our names that were somebody else's: kept, ours not written. */
  readonly propertiesKept: (names: readonly string[]) => string;
  readonly bug: string;
  readonly interrupted: string;
  readonly errno: (code: string) => string;
  readonly unwritable: (where: string) => string;
  // What the command will not write over (issue 20, item 1).
  readonly notRegularOutput: (path: string, kind: FileKind) => string;
  /** `-o -` for a command that writes a .docx: a Word document is not written to the terminal's stream. */
  readonly docxNotToStdout: string;
  /** A Word document named otherwise than .docx: Word and Explorer would not open it as one. */
  readonly docxEnding: (out: string) => string;
  /** recognize -o on a document with macros or a template: under .docx Word would not open what keeps its kind. */
  readonly notADocxKind: (input: string, kind: Exclude<WordKind, "document">) => string;
  readonly badReportName: (option: "report" | "csv", ending: string, path: string) => string;
  readonly oneStdout: string;
  readonly hardLinked: (path: string) => string;
  readonly hardLinkKept: (path: string, others: number) => string;
  readonly tooManyFiles: (command: string, max: number, ignored: readonly string[]) => string;
  readonly unknownProfile: (name: string, builtin: readonly string[]) => string;
  readonly notJson: (path: string) => string;
  // What the command will not read (issue 20, item 3).
  readonly notRegularInput: (kind: Exclude<FileKind, "directory">) => string;
  // Documents recognize must not change, and recognize with several files (issue 20).
  /** Why a document stays as it is: signed, protected (--ignore-protection overrides), newer metadata. */
  readonly unchangeable: (why: Unchangeable, ignoringProtection: boolean) => string;
  /** One file of several that could not be done; the others are. */
  readonly fileFailed: (file: string, why: string) => string;
  readonly oneOutput: string;
  /** An option that names one thing (a file, a profile, a format) given twice: which one would win is not for us to guess. */
  readonly optionTwice: (option: string) => string;
  readonly inPlaceAndOut: string;
}

/** A number inside a sentence, without the closing dot of its printed form: „Ziffer 2“, not „Ziffer 2.“. */
const bare = (n: string): string => n.trim().replace(/\.$/u, "");

/** What a renumbering makes of a reference's target: one number, or those of the clauses that shared it. */
const afterDe = (m: { readonly before: string; readonly after: string; readonly shared?: true }): string =>
  m.shared === true
    ? `die Nummer ${bare(m.before)} tragen mehrere Ziffern; sie hießen danach ${m.after.split(" / ").map(bare).join(" und ")}`
    : `die Ziffer ${bare(m.before)} hieße danach ${m.after === "" ? "anders" : bare(m.after)}`;
const afterEn = (m: { readonly before: string; readonly after: string; readonly shared?: true }): string =>
  m.shared === true
    ? `number ${bare(m.before)} stands on several clauses; they would then be ${m.after.split(" / ").map(bare).join(" and ")}`
    : `clause ${bare(m.before)} would then be ${m.after === "" ? "numbered otherwise" : bare(m.after)}`;

/** Where a reference typed outside the clauses stands, as the personal-data findings name it. */
const placeDe = (p: TextPlace): string =>
  p.stelle === "teil" ? (p.absatz > 0 ? `im Teil „${p.teil}“, Absatz ${p.absatz}` : `im Teil „${p.teil}“`) : p.stelle === "absatz" ? `in Absatz ${p.absatz} des Dokuments` : p.stelle === "ziffer" ? `in Ziffer ${bare(p.ziffer)}` : p.stelle === "kopf" ? "im Kopf" : "in der Beratungsfolge";
const placeEn = (p: TextPlace): string =>
  p.stelle === "teil" ? (p.absatz > 0 ? `in the part "${p.teil}", paragraph ${p.absatz}` : `in the part "${p.teil}"`) : p.stelle === "absatz" ? `in paragraph ${p.absatz} of the document` : p.stelle === "ziffer" ? `in clause ${bare(p.ziffer)}` : p.stelle === "kopf" ? "in the header" : "in the Beratungsfolge";

const PROTECTION_DE: Readonly<Record<string, string>> = { readOnly: "nur Lesen", comments: "nur Kommentare", trackedChanges: "nur Überarbeitungen", forms: "nur Formulare ausfüllen", writePassword: "Kennwort zum Ändern" };
const PROTECTION_EN: Readonly<Record<string, string>> = { readOnly: "read only", comments: "comments only", trackedChanges: "tracked changes only", forms: "filling in forms only", writePassword: "password to modify" };

const USAGE_DE = `beschluss – Beschlussvorlagen prüfen, exportieren und erzeugen

Aufruf:
  beschluss check DATEI.docx|VERZEICHNIS …  [--json] [--lang de|en] [--profile NAME|PFAD]
      Prüft jede Datei auf Vollständigkeit. Ende mit 0, wenn alle vollständig sind,
      1 bei einem Fehler in einer Vorlage, 2, wenn eine Datei nicht lesbar ist.
      Verzeichnisse werden samt Unterverzeichnissen gelesen (alle .docx-Dateien).
      --report bericht.html   Prüfbericht als eigenständige HTML-Datei (zum Drucken, A4 quer);
                              nur ein Name auf .html, oder - für die Standardausgabe
      --csv bericht.csv       Tabelle für Excel (Semikolon, UTF-8); nur .csv, oder -
  beschluss diff ALT.docx NEU.docx [--json]
      Vergleicht zwei Fassungen einer Vorlage: Ziffern, Angaben, Finanzierung, Prüfergebnisse.
      Ende mit 0 bei gleichen Fassungen, 1 bei Unterschieden, 2, wenn eine Datei nicht lesbar ist.
  beschluss export DATEI.docx --format json|xml|oparl [-o AUSGABE]
      Gibt die Metadaten als JSON, als XML (Metadatenteil) oder als OParl-Paper aus.
  beschluss new [--from vorlage.json] -o NEU.docx
      Erzeugt eine vollständig gegliederte Beschlussvorlage.
  beschluss recognize EIN.docx -o AUS.docx [--renumber] [--references] [--in-place]
      Gliedert ein einfaches Word-Dokument: gleicher Text, nun mit Inhaltssteuerelementen
      und Metadaten. Nummern werden nur mit --renumber berichtigt; Verweise wie „unter
      Ziffer 2.1“ folgen der Nummer ihrer Ziffer nur mit --references. Mit --in-place auch
      mehrere Dateien. Signierte und geschützte Dokumente bleiben unverändert (Ende mit 2).
  beschluss recognize EIN.docx --explain
      Zeigt jede Zeile mit ihrer Rolle (Kopf, Ziffer, Sachverhalt, Finanzierung …) und den
      Merkmalen, die sie entschieden haben; schreibt nichts.

Optionen:
  --profile NAME|PFAD   Kommunalprofil (wiesbaden, karlsruhe oder eine JSON-Datei); Standard: das im Dokument gespeicherte, sonst wiesbaden
  --lang de|en          Sprache der Ausgabe; Standard: de
  --in-place            die Eingabedatei überschreiben (sonst nie)
  --ignore-protection   bei recognize: ein geschütztes Dokument dennoch gliedern (nie ein signiertes)
  --force               eine vorhandene Ausgabedatei überschreiben (-o, --report, --csv);
                        nie eine Eingabe, ein Verzeichnis oder ein Gerät
  -h, --help            diese Hilfe

Ende mit 0 (fertig), 1 (Fehler in einer Vorlage, Fassungen verschieden), 2 (Datei nicht
lesbar oder falscher Aufruf), 3 (Programmfehler), 130/143 (mit Strg+C bzw. SIGTERM abgebrochen).`;

const USAGE_EN = `beschluss – check, export and create resolution proposals (Beschlussvorlagen)

Usage:
  beschluss check FILE.docx|DIRECTORY …  [--json] [--lang de|en] [--profile NAME|PATH]
      Checks each file for completeness. Exits 0 when all are complete, 1 when a
      proposal has an error, 2 when a file cannot be read.
      Directories are read with their subdirectories (every .docx file).
      --report report.html   the review as one self-contained HTML file (prints A4 landscape);
                             only a name ending in .html, or - for standard output
      --csv report.csv       the table for Excel (semicolons, UTF-8); only .csv, or -
  beschluss diff OLD.docx NEW.docx [--json]
      Compares two versions of a proposal: clauses, fields, financing, findings.
      Exits 0 when they are the same, 1 when they differ, 2 when a file cannot be read.
  beschluss export FILE.docx --format json|xml|oparl [-o OUT]
      Prints the metadata as JSON, as XML (the metadata part) or as an OParl Paper.
  beschluss new [--from vorlage.json] -o NEW.docx
      Creates a fully structured proposal.
  beschluss recognize IN.docx -o OUT.docx [--renumber] [--references] [--in-place]
      Structures a plain Word document: the same text, now with content controls and
      metadata. Numbers are corrected only with --renumber; references such as "unter
      Ziffer 2.1" follow their clause's number only with --references. With --in-place also several
      files. Signed and protected documents stay unchanged (exit 2).
  beschluss recognize IN.docx --explain
      Shows every line with its role (header, clause, facts, financing …) and the features
      that decided it; writes nothing.

Options:
  --profile NAME|PATH   municipality profile (wiesbaden, karlsruhe or a JSON file); default: the one stored in the document, else wiesbaden
  --lang de|en          output language; default: de
  --in-place            overwrite the input file (never otherwise)
  --ignore-protection   with recognize: structure a protected document all the same (never a signed one)
  --force               overwrite an existing output file (-o, --report, --csv);
                        never an input, a directory or a device
  -h, --help            this help

Exits 0 (done), 1 (an error in a proposal, versions differ), 2 (a file cannot be read or
wrong usage), 3 (a bug), 130/143 (stopped by Ctrl-C or SIGTERM).`;

export const CLI_MESSAGES: Readonly<Record<Lang, CliMessages>> = {
  de: {
    usage: USAGE_DE,
    complete: "vollständig – bereit zur Vorlage",
    incomplete: "unvollständig",
    keineVorlage: "keine Vorlage erkannt",
    leftUnchanged: "Die Datei bleibt unverändert; nichts wurde geschrieben.",
    notExported: "Es wurden keine Metadaten ausgegeben.",
    keineVorlageCount: (n) => `, ${n} keine Vorlage`,
    unreadable: "nicht lesbar",
    structured: "gegliedertes Dokument (Inhaltssteuerelemente)",
    recognized: "einfaches Dokument – Gliederung aus dem Text erkannt",
    recovered: "ohne Steuerelemente, mit gespeicherten Metadaten – Gliederung aus dem Text gelesen, Kennungen aus den Metadaten",
    profileUsed: (u) =>
      `Profil: ${showPath(u.name)} (${
        u.source === "document"
          ? "im Dokument gespeichert"
          : u.source === "option"
            ? `--profile${u.stored !== undefined && u.stored !== u.id ? `; das Dokument wurde mit dem Profil „${showPath(u.stored)}“ erstellt` : ""}`
            : u.stored !== undefined
              ? `Standard; das im Dokument genannte Profil „${showPath(u.stored)}“ ist nicht eingebaut, --profile wählt es als Datei`
              : "Standard; das Dokument nennt kein Profil, --profile wählt ein anderes"
      })`,
    counts: (e, w, i) => `${e} ${e === 1 ? "Fehler" : "Fehler"}, ${w} ${w === 1 ? "Warnung" : "Warnungen"}, ${i} ${i === 1 ? "Hinweis" : "Hinweise"}`,
    summary: (n, c, inc, u) => `${n} ${n === 1 ? "Datei" : "Dateien"} geprüft: ${c} vollständig, ${inc} unvollständig, ${u} nicht lesbar`,
    directory: "ist ein Verzeichnis, keine Datei – bitte die .docx-Datei selbst angeben",
    missing: "nicht gefunden",
    noDocx: "Verzeichnis ohne .docx-Datei",
    tooLarge: (mb, limit) => `zu groß (${decimalComma(mb, 1)} MB; Grenze ${limit} MB)`,
    sameFile: "Ausgabe und Eingabe sind dieselbe Datei; zum Überschreiben --in-place angeben",
    written: (p) => `geschrieben: ${showPath(p)}`,
    noFinanzierung: "keine Angaben zur Finanzierung",
    noFinancialEffects: "keine finanziellen Auswirkungen",
    betragUnsicher: "Betrag unsicher",
    keinBetrag: "kein Betrag",
    nurErtraege: "Finanzierung: nur Erträge, keine Kosten",
    unnumberedParagraphs: (n) => (n === 1 ? "1 Absatz ohne Nummer" : `${n} Absätze ohne Nummer`),
    moreHints: (n) => `… und ${n === 1 ? "ein weiterer Hinweis" : `${n} weitere Hinweise`} dieser Art (alle mit --json, --report oder --csv).`,
    finanzierung: (betrag, turnus, quellen) => finanzierungLine("Finanzierung", turnus === "jaehrlich" ? "jährlich" : turnus === "einmalig" ? "einmalig" : "", betrag, quellen, (x) => decimalComma(x, 10), "Produkt"),
    unknownCommand: (c) => `unbekannter Befehl „${c}“ (beschluss --help zeigt die Befehle)`,
    needsFile: "bitte eine Datei angeben",
    needsOut: "bitte mit -o die Ausgabedatei angeben",
    badFormat: "--format muss json, xml oder oparl sein",
    badProfile: (d) => `Kommunalprofil nicht verwendbar: ${d}`,
    badJson: (d) => `Vorlage nicht lesbar: ${d}`,
    severity: { error: "Fehler", warning: "Warnung", info: "Hinweis" },
    docxError: (r, p) =>
      ({
        "not-a-zip": p.detail === "empty" ? "die Datei ist leer" : p.detail === "encrypted" ? "verschlüsselt – bitte ohne Kennwort speichern" : p.detail === "word97" ? "Word-97-Format – bitte als .docx speichern" : "keine Word-Datei (kein ZIP-Archiv)",
        "damaged-zip": p.detail === "case" ? `beschädigtes Archiv: der Teil „${p.part}“ ist ein zweites Mal enthalten, nur in anderer Groß- und Kleinschreibung – welcher gilt, wäre geraten` : p.detail === "duplicate" ? `beschädigtes Archiv: der Teil „${p.part}“ ist doppelt enthalten` : p.detail === "crc" ? `beschädigtes Archiv: der Teil „${p.part}“ stimmt nicht mit seiner Prüfsumme oder Größe überein` : "beschädigtes ZIP-Archiv",
        "no-main-part": "kein Hauptdokument im Paket (keine gültige officeDocument-Beziehung, oder der Hauptteil ist nicht als Word-Dokument ausgewiesen)",
        "too-large": `zu groß (Grenze ${Math.round((p.limit ?? 0) / 1048576)} MB)`,
        "zip-bomb": p.ratio !== undefined ? `der Teil „${p.part}“ ist ${p.ratio}:1 komprimiert – so stark ist kein echtes Dokument (ZIP-Bombe)` : `entpackt über ${Math.round((p.limit ?? 0) / 1048576)} MB (ZIP-Bombe)`,
        "unsafe-entry": `unzulässiger Name im Archiv („${p.part}“)`,
        "malformed-xml": `${p.part} ist kein wohlgeformtes XML${p.detail ? ` (${p.detail})` : ""}`,
        doctype: `${p.part} enthält eine DOCTYPE-Deklaration – abgelehnt (Schutz vor Entitäten)`,
        "too-deep": `${p.part} ist tiefer als ${p.limit} Ebenen verschachtelt – abgelehnt`,
        "too-many-elements": `${p.part} enthält mehr als ${(p.limit ?? 0).toLocaleString("de-DE")} Elemente – abgelehnt`,
        encoding: p.detail === "UTF-8" || p.detail === "UTF-16LE" || p.detail === "UTF-16BE" ? `${p.part} ist kein gültiger ${p.detail}-Text` : `${p.part} ist als „${p.detail}“ kodiert; gelesen werden nur UTF-8 und UTF-16 (bitte in Word neu speichern)`,
        "strict-ooxml": "im Format „Strict Open XML“ gespeichert, das nicht gelesen wird; bitte in Word als „Word-Dokument (.docx)“ speichern",
      })[r],
    unknownOption: (o, valid) => `unbekannte Option „${o}“; möglich sind ${valid} (beschluss --help zeigt alle)`,
    optionNotFor: (o, c, valid) => `der Befehl „${c}“ kennt die Option „${o}“ nicht; möglich sind ${valid} (beschluss --help zeigt alle)`,
    badLang: (l) => `unbekannte Sprache „${l}“; möglich sind de und en (beschluss --help)`,
    outputIsInput: "Ausgabe und Eingabe sind dieselbe Datei; die Eingabe wird nicht überschrieben",
    exists: (p) => `${showPath(p)} gibt es schon; zum Überschreiben --force angeben`,
    cannotWrite: (p, why) => `${showPath(p)} kann nicht geschrieben werden: ${why}`,
    cannotRead: (p, why) => `${showPath(p)} kann nicht gelesen werden: ${why}`,
    notWrapped: (r) =>
      r === "number-in-construct"
        ? "Gliederung nicht eingefügt: eine Nummer steht in einem Hyperlink, einem Feld, einer nachverfolgten Änderung, einem SmartTag oder einem Inhaltssteuerelement mit weiterem Inhalt und kann nicht genau umschlossen werden. Der Text bleibt unverändert, Nummern werden nicht berichtigt; nur die Metadaten wurden geschrieben."
        : "Gliederung nicht eingefügt: eine Ziffer teilt sich eine Tabelle mit einer anderen. Der Text bleibt unverändert, Nummern werden nicht berichtigt; nur die Metadaten wurden geschrieben.",
    alreadyStructured: "das Dokument ist bereits gegliedert; die Gliederung bleibt, wie sie ist",
    nothingToChange: (p) => `nichts zu ändern: ${showPath(p)} bleibt, wie es war (nicht neu geschrieben)`,
    numbersLeft: (texts) =>
      `${texts.length === 1 ? "1 Nummer bleibt" : `${texts.length} Nummern bleiben`} als Text des Dokuments stehen, weil sie in einem Hyperlink, einem Feld, einer nachverfolgten Änderung, einem SmartTag oder einem Inhaltssteuerelement mit weiterem Inhalt ${texts.length === 1 ? "steht" : "stehen"}: ${texts.map((x) => `„${x}“`).join(", ")}. Sie ${texts.length === 1 ? "wird" : "werden"} nicht berichtigt; beschluss check nennt die Stellen.`,
    valuesLeft: (texts) =>
      `${texts.length === 1 ? "1 Angabe des Kopfes bleibt" : `${texts.length} Angaben des Kopfes bleiben`} ohne Inhaltssteuerelement als Text des Dokuments stehen, weil sie in einem Hyperlink, einem Feld, einer nachverfolgten Änderung, einem SmartTag oder einem Inhaltssteuerelement mit weiterem Inhalt ${texts.length === 1 ? "steht" : "stehen"}: ${texts.map((x) => `„${x}“`).join(", ")}. ${texts.length === 1 ? "Sie wird" : "Sie werden"} weiter aus dem Text gelesen.`,
    renumbered: (n, r) => `${n === 0 ? "keine Nummer" : n === 1 ? "1 Nummer" : `${n} Nummern`}${r === 0 ? "" : r === 1 ? " und 1 Verweis" : ` und ${r} Verweise`} berichtigt`,
    renumberKeptOutline: (numbers) =>
      `${numbers.length === 1 ? "Der Abschnitt" : "Die Abschnitte"} ${numbers.map((x) => `„${x}“`).join(", ")} ${numbers.length === 1 ? "trägt" : "tragen"} die Gliederung des Dokuments selbst (I., II., III.) und ${numbers.length === 1 ? "bleibt" : "bleiben"} mit ${numbers.length === 1 ? "seinen" : "ihren"} Ziffern unverändert.`,
    renumberKeptOwnScheme: (first) =>
      `Die Ziffern zählen stimmig mit Buchstaben in einem eigenen Schema (${first.map((n) => `„${n}“`).join(", ")} …); check meldet darin keinen Fehler, und --renumber lässt sie, wie sie sind.`,
    renumberKeptUnnumbered: (n) =>
      `${n === 1 ? "Eine Ziffer zeigt" : `${n} Ziffern zeigen`} keine Nummer und ${n === 1 ? "erhält" : "erhalten"} keine: --renumber berichtigt nur Nummern, die das Dokument zeigt.`,
    referencesLinked: (n) => (n === 1 ? "1 Verweis mit seiner Ziffer verknüpft" : `${n} Verweise mit ihren Ziffern verknüpft`),
    referencesAdopted: (n) =>
      `${n === 1 ? "1 Verweis (Feld auf die Textmarke einer Nummer) bleibt" : `${n} Verweise (Felder auf die Textmarken von Nummern) bleiben`} mit ${n === 1 ? "seiner Ziffer" : "ihren Ziffern"} verknüpft und ${n === 1 ? "folgt" : "folgen"} ihr beim Neunummerieren.`,
    referencesOnList: (n) =>
      `${n === 1 ? "1 Verweis bleibt" : `${n} Verweise bleiben`} Text: die genannte Ziffer zählt Word selbst (automatische Nummerierung), dort kann keine Verknüpfung ansetzen. Neunummerieren ändert solche Nummern nicht; ${n === 1 ? "der Verweis stimmt" : "die Verweise stimmen"}, solange die Liste bleibt, wie sie ist.`,
    renumberFlattensOutline: (sub, top) =>
      `nicht neu nummeriert: „${sub}“ steht als Unterziffer unter „${top}“, eine Vorlage kennt aber nur eine Ebene von Ziffern; beim Neunummerieren würde „${sub}“ eine eigene Ziffer. Bitte die Gliederung zuerst von Hand anpassen oder ohne --renumber erkennen. Die Datei bleibt unverändert; nichts wurde geschrieben.`,
    renumberDropsUserMarkup: (numbers) => {
      const what = { section: "Abschnitt", clause: "Ziffer", unterpunkt: "Unterpunkt" } as const;
      const mark = { revision: "eine nachverfolgte Änderung", comment: "einen Kommentar", note: "einen Fußnoten- oder Endnotenverweis" } as const;
      const named = numbers.map((n) => `die Nummer von ${what[n.kind]} ${n.number} enthält ${n.marks.map((m) => mark[m]).join(" und ")}`).join("; ");
      const all = new Set(numbers.flatMap((n) => n.marks));
      const todo = [...(all.has("revision") ? ["die Änderung annehmen oder ablehnen"] : []), ...(all.has("comment") || all.has("note") ? [`${all.has("comment") && all.has("note") ? "Kommentar und Fußnote" : all.has("comment") ? "den Kommentar" : "die Fußnote"} hinter die Nummer setzen`] : [])].join(" und ");
      return `nicht neu nummeriert: ${named}. ${numbers.length === 1 ? "Die Nummer müsste" : "Die Nummern müssten"} geändert werden, und das Neunummerieren schriebe sie neu, ohne dies zu erhalten. Bitte in Word zuerst ${todo}, dann erneut mit --renumber erkennen. Die Datei bleibt unverändert; nichts wurde geschrieben.`;
    },
    renumberBreaksReferences: (moved, linked, inText = []) => {
      const n = moved.length + inText.length;
      const named = [
        ...moved.map((m) => `„${m.text}“ in Ziffer ${bare(m.owner)} (${afterDe(m)})`),
        ...inText.map((m) => `„${m.text}“ ${placeDe(m.place)} (${afterDe(m)})`),
      ].join(", ");
      const linkable = moved.filter((m) => m.shared !== true);
      const clauses =
        linkable.length === 0
          ? ""
          : linked
            ? ` ${inText.length === 0 && linkable.length === moved.length ? (moved.length === 1 ? "Er ließ" : "Sie ließen") : moved.length === 1 ? "Der Verweis in der Ziffer ließ" : "Die Verweise in den Ziffern ließen"} sich nicht verknüpfen (etwa weil ${moved.length === 1 ? "er" : "sie"} in einem Hyperlink, einem Feld oder einer nachverfolgten Änderung ${moved.length === 1 ? "steht" : "stehen"}); bitte von Hand anpassen.`
            : " Mit --references werden Verweise in den Ziffern zu Verknüpfungen, die beim Neunummerieren mitgehen.";
      const text = inText.length === 0 ? "" : ` ${inText.length === 1 ? "Einen Verweis" : "Verweise"} außerhalb der Ziffern oder auf eine mit Buchstaben gezählte Ziffer verknüpft auch --references nicht; bitte dort von Hand anpassen.`;
      const shared = [...moved, ...inText].some((m) => m.shared === true)
        ? " Welche Ziffer ein Verweis auf eine doppelt vergebene Nummer meint, lässt sich nicht sicher erkennen: bitte zuerst die doppelte Nummer und den Verweis von Hand berichtigen."
        : "";
      return `nicht neu nummeriert: ${n === 1 ? "der im Text geschriebene Verweis" : "die im Text geschriebenen Verweise"} ${named} ${n === 1 ? "zeigte" : "zeigten"} danach auf eine andere Ziffer oder auf keine.${clauses}${text}${shared} Ohne --renumber bleiben die Nummern, wie sie sind. Die Datei bleibt unverändert; nichts wurde geschrieben.`;
    },
    referenceFieldsBroken: (fields) =>
      `nicht erkannt: danach fände ${fields.length === 1 ? "der Verweis" : "die Verweise"} ${fields.map((f) => `„${f.anzeige}“${f.davor ? ` nach „${f.davor}“` : ""} (Textmarke „${f.textmarke}“)`).join(", ")} ${fields.length === 1 ? "sein Ziel" : "ihr Ziel"} nicht mehr, und Word druckte dort „Fehler! Verweisquelle konnte nicht gefunden werden.“ ${fields.length === 1 ? "Diese Textmarke kann" : "Diese Textmarken können"} beim Erkennen nicht erhalten werden (etwa weil sie in einem Verweis ${fields.length === 1 ? "steht" : "stehen"}, den das Neunummerieren neu schreibt); bitte in Word an eine andere Stelle setzen oder den Verweis neu einfügen. Die Datei bleibt unverändert; nichts wurde geschrieben.`,
    propertiesKept: (names) =>
      `Hinweis: das Dokument hat bereits eigene Dokumenteigenschaften namens ${names.map((n) => `„${n}“`).join(", ")}; sie wurden beibehalten, die Werte der Vorlage dafür nicht geschrieben`,
    otherProfileForm: (hint, profil) =>
      `Hinweis: ${hint} Mit „beschluss recognize --profile ${profil}“ wird das Dokument nach den Regeln dieses Profils erkannt und dieses Profil im Dokument gespeichert.`,
    trackRevisions: "Hinweis: im Dokument ist „Änderungen nachverfolgen“ eingeschaltet; die Änderungen dieses Befehls (Steuerelemente, Nummern) werden nicht als Überarbeitungen aufgezeichnet",
    bug: "Das ist ein Programmfehler. Bitte melden Sie ihn mit dieser Ausgabe an das Team der Beschlussvorlage.",
    interrupted: "abgebrochen; keine Datei verändert",
    unwritable: (w) => `Vorlage nicht schreibbar: ${w} enthält Zeichen, die ein Word-Dokument nicht aufnehmen kann (Steuerzeichen oder defekte Ersatzzeichen)`,
    docxNotToStdout: "„-o -“ (Standardausgabe) ist nur bei export möglich; ein Word-Dokument wird in eine Datei geschrieben: bitte einen Dateinamen auf .docx angeben",
    docxEnding: (p) => `${showPath(p)}: ein Word-Dokument wird unter einem Namen auf .docx geschrieben, sonst öffnet Word es nicht als solches; nichts geschrieben`,
    notADocxKind: (p, k) =>
      `${showPath(p)} ist ${{ "macro-document": "ein Dokument mit Makros (.docm)", template: "eine Dokumentvorlage (.dotx)", "macro-template": "eine Dokumentvorlage mit Makros (.dotm)" }[k]} und bleibt es; unter einem Namen auf .docx öffnet Word es nicht. Mit --in-place wird es unter seinem Namen gegliedert; nichts geschrieben`,
    notRegularOutput: (p, k) => `${showPath(p)} ist ${{ directory: "ein Verzeichnis", device: "ein Gerät", fifo: "eine benannte Pipe (FIFO)", socket: "ein Socket" }[k]}, keine gewöhnliche Datei; dorthin wird nichts geschrieben`,
    badReportName: (o, e, p) => `--${o} braucht einen Dateinamen auf ${e} (oder - für die Standardausgabe), nicht „${showPath(p)}“`,
    oneStdout: "nur eine Ausgabe kann auf die Standardausgabe (-) gehen: --report - und --csv - nicht zusammen",
    hardLinked: (p) => `${showPath(p)} hat weitere Namen (harte Verknüpfungen) und kann nicht unter allen zugleich ersetzt werden; nichts geändert. Mit --force wird nur ${showPath(p)} neu geschrieben, die anderen Namen behalten den alten Inhalt.`,
    hardLinkKept: (p, n) => `Hinweis: ${showPath(p)} wurde neu geschrieben; ${n === 1 ? "1 weiterer Name (harte Verknüpfung) behält" : `${n} weitere Namen (harte Verknüpfungen) behalten`} den alten Inhalt`,
    tooManyFiles: (c, max, ig) => `beschluss ${c} nimmt ${max === 0 ? "keine Datei" : "nur eine Datei"} entgegen; ${ig.map((x) => `„${showPath(x)}“`).join(", ")} ${ig.length === 1 ? "bliebe" : "blieben"} unbeachtet – nichts geändert`,
    unknownProfile: (n, b) => `Kommunalprofil „${showPath(n)}“ gibt es nicht: weder eingebaut (${b.join(", ")}) noch als Datei vorhanden`,
    notJson: (p) => `${showPath(p)} ist keine gültige JSON-Datei`,
    notRegularInput: (k) => `ist ${{ device: "ein Gerät", fifo: "eine benannte Pipe (FIFO)", socket: "ein Socket" }[k]}, keine gewöhnliche Datei – nicht gelesen`,
    unchangeable: (why, ignoring) =>
      why.reason === "signed"
        ? `das Dokument ist digital signiert und bleibt unverändert${ignoring ? ", auch mit --ignore-protection" : ""}: jede Änderung machte die Signatur ungültig, sie ginge verloren. Zum Gliedern bitte zuerst die Signatur in Word entfernen und das Dokument danach neu signieren.`
        : why.reason === "protected"
          ? `das Dokument ist geschützt (Bearbeitung eingeschränkt: ${PROTECTION_DE[why.edit] ?? why.edit}) und bleibt unverändert. Wer es dennoch gliedern darf, gibt --ignore-protection an.`
          : `die Metadaten des Dokuments stammen aus einer neueren Programmversion (Format ${why.version}) und bleiben unverändert; bitte die neuere Version verwenden. check, export und diff lesen das Dokument weiterhin.`,
    fileFailed: (f, why) => `${f}: ${why}`,
    oneOutput: "mit -o wird genau eine Datei gegliedert; für mehrere Dateien bitte --in-place angeben",
    optionTwice: (o) => `--${o} ist zweimal angegeben; bitte nur einmal – nichts geändert`,
    inPlaceAndOut: "--in-place und -o schließen einander aus: entweder die Eingabedatei überschreiben oder eine neue Datei schreiben – nichts geändert",
    errno: (c) =>
      ({ ENOENT: "nicht gefunden (Datei oder Ordner fehlt)", EACCES: "keine Berechtigung", EPERM: "keine Berechtigung", EISDIR: "ist ein Verzeichnis", ENOSPC: "kein Platz auf dem Datenträger", EROFS: "schreibgeschütztes Dateisystem", ENOTDIR: "ein Teil des Pfads ist kein Ordner", ELOOP: "zu viele symbolische Verknüpfungen (eine Schleife)", ENAMETOOLONG: "Name zu lang", EILSEQ: "der Dateiname ist nicht in UTF-8 geschrieben und kann so nicht geöffnet werden; bitte die Datei umbenennen" })[c] ?? `Systemfehler ${c}`,
  },
  en: {
    usage: USAGE_EN,
    complete: "complete – ready for submission",
    incomplete: "incomplete",
    keineVorlage: "not a Vorlage",
    leftUnchanged: "The file stays as it was; nothing was written.",
    notExported: "No metadata was exported.",
    keineVorlageCount: (n) => `, ${n} not a Vorlage`,
    unreadable: "not readable",
    structured: "structured document (content controls)",
    recognized: "plain document – structure recognised from the text",
    recovered: "no content controls, stored metadata – structure read from the text, ids from the metadata",
    profileUsed: (u) =>
      `Profile: ${showPath(u.name)} (${
        u.source === "document"
          ? "stored in the document"
          : u.source === "option"
            ? `--profile${u.stored !== undefined && u.stored !== u.id ? `; the document was drafted with the profile "${showPath(u.stored)}"` : ""}`
            : u.stored !== undefined
              ? `default; the profile "${showPath(u.stored)}" the document names is not built in, --profile chooses it as a file`
              : "default; the document names no profile, --profile chooses another"
      })`,
    counts: (e, w, i) => `${e} ${e === 1 ? "error" : "errors"}, ${w} ${w === 1 ? "warning" : "warnings"}, ${i} ${i === 1 ? "note" : "notes"}`,
    summary: (n, c, inc, u) => `${n} ${n === 1 ? "file" : "files"} checked: ${c} complete, ${inc} incomplete, ${u} not readable`,
    directory: "is a directory, not a file – please name the .docx file itself",
    missing: "not found",
    noDocx: "directory without a .docx file",
    tooLarge: (mb, limit) => `too large (${mb.toFixed(1)} MB; limit ${limit} MB)`,
    sameFile: "output and input are the same file; add --in-place to overwrite it",
    written: (p) => `written: ${showPath(p)}`,
    noFinanzierung: "no financing stated",
    noFinancialEffects: "no financial effects",
    betragUnsicher: "amount uncertain",
    keinBetrag: "no amount",
    nurErtraege: "Financing: income only, no costs",
    unnumberedParagraphs: (n) => (n === 1 ? "1 paragraph without number" : `${n} paragraphs without numbers`),
    moreHints: (n) => `… and ${n === 1 ? "one more note" : `${n} more notes`} of this kind (all of them with --json, --report or --csv).`,
    finanzierung: (betrag, turnus, quellen) => finanzierungLine("Financing", turnus === "jaehrlich" ? "yearly" : turnus === "einmalig" ? "one-off" : "", betrag, quellen, (x) => String(Math.round(x * 10) / 10), "product"),
    unknownCommand: (c) => `unknown command "${c}" (beschluss --help lists the commands)`,
    needsFile: "please name a file",
    needsOut: "please name the output file with -o",
    badFormat: "--format must be json, xml or oparl",
    badProfile: (d) => `municipality profile not usable: ${d}`,
    badJson: (d) => `proposal not readable: ${d}`,
    severity: { error: "error", warning: "warning", info: "note" },
    docxError: (r, p) =>
      ({
        "not-a-zip": p.detail === "empty" ? "the file is empty" : p.detail === "encrypted" ? "encrypted – please save it without a password" : p.detail === "word97" ? "Word 97 format – please save it as .docx" : "not a Word file (no zip archive)",
        "damaged-zip": p.detail === "case" ? `damaged archive: the part "${p.part}" is in it a second time, in other letter case – which one counts would be a guess` : p.detail === "duplicate" ? `damaged archive: the part "${p.part}" is in it twice` : p.detail === "crc" ? `damaged archive: the part "${p.part}" does not match its checksum or size` : "damaged zip archive",
        "no-main-part": "no main document in the package (no valid officeDocument relationship, or the main part is not declared as a Word document)",
        "too-large": `too large (limit ${Math.round((p.limit ?? 0) / 1048576)} MB)`,
        "zip-bomb": p.ratio !== undefined ? `the part "${p.part}" is compressed ${p.ratio}:1, which no real document is (zip bomb)` : `over ${Math.round((p.limit ?? 0) / 1048576)} MB unpacked (zip bomb)`,
        "unsafe-entry": `unsafe name in the archive ("${p.part}")`,
        "malformed-xml": `${p.part} is not well-formed XML${p.detail ? ` (${p.detail})` : ""}`,
        doctype: `${p.part} declares a DOCTYPE – refused (entity protection)`,
        "too-deep": `${p.part} nests elements more than ${p.limit} deep – refused`,
        "too-many-elements": `${p.part} holds more than ${(p.limit ?? 0).toLocaleString("en")} elements – refused`,
        encoding: p.detail === "UTF-8" || p.detail === "UTF-16LE" || p.detail === "UTF-16BE" ? `${p.part} is not valid ${p.detail} text` : `${p.part} is encoded as "${p.detail}"; only UTF-8 and UTF-16 are read (please save it again in Word)`,
        "strict-ooxml": "saved as Strict Open XML, which is not read; please save it in Word as \"Word Document (.docx)\"",
      })[r],
    unknownOption: (o, valid) => `unknown option "${o}"; valid are ${valid} (beschluss --help lists them all)`,
    optionNotFor: (o, c, valid) => `${c} takes no option "${o}"; valid are ${valid} (beschluss --help lists them all)`,
    badLang: (l) => `unknown language "${l}"; valid are de and en (beschluss --help)`,
    outputIsInput: "output and input are the same file; the input is not overwritten",
    exists: (p) => `${showPath(p)} exists already; add --force to overwrite it`,
    cannotWrite: (p, why) => `cannot write ${showPath(p)}: ${why}`,
    cannotRead: (p, why) => `cannot read ${showPath(p)}: ${why}`,
    notWrapped: (r) =>
      r === "number-in-construct"
        ? "structure not added: a number stands inside a hyperlink, a field, a tracked change, a smartTag or a content control with other content and cannot be wrapped exactly. The text is unchanged and numbers are not corrected; only the metadata was written."
        : "structure not added: a clause shares a table with another. The text is unchanged and numbers are not corrected; only the metadata was written.",
    alreadyStructured: "the document is structured already; its structure stays as it is",
    nothingToChange: (p) => `nothing to change: ${showPath(p)} stays as it was (not written)`,
    numbersLeft: (texts) =>
      `${texts.length === 1 ? "1 number stays" : `${texts.length} numbers stay`} as the document's text, because ${texts.length === 1 ? "it stands" : "they stand"} inside a hyperlink, a field, a tracked change, a smartTag or a content control with other content: ${texts.map((x) => `"${x}"`).join(", ")}. ${texts.length === 1 ? "It is" : "They are"} not corrected; beschluss check names the places.`,
    valuesLeft: (texts) =>
      `${texts.length === 1 ? "1 header value stays" : `${texts.length} header values stay`} as the document's text without a content control, because ${texts.length === 1 ? "it stands" : "they stand"} inside a hyperlink, a field, a tracked change, a smartTag or a content control with other content: ${texts.map((x) => `"${x}"`).join(", ")}. ${texts.length === 1 ? "It is" : "They are"} still read from the text.`,
    renumbered: (n, r) => `${n === 0 ? "no number" : n === 1 ? "1 number" : `${n} numbers`}${r === 0 ? "" : r === 1 ? " and 1 reference" : ` and ${r} references`} corrected`,
    renumberKeptOutline: (numbers) =>
      `${numbers.length === 1 ? "Section" : "Sections"} ${numbers.map((x) => `"${x}"`).join(", ")} ${numbers.length === 1 ? "carries" : "carry"} the document's own outline (I., II., III.) and ${numbers.length === 1 ? "stays" : "stay"} as ${numbers.length === 1 ? "it is" : "they are"}, with ${numbers.length === 1 ? "its" : "their"} clauses.`,
    renumberKeptOwnScheme: (first) => `The clauses count consistently in letters, a scheme of the document's own (${first.map((n) => `"${n}"`).join(", ")} …); check reports no fault in it, and --renumber leaves them as they are.`,
    renumberKeptUnnumbered: (n) =>
      `${n === 1 ? "One clause shows" : `${n} clauses show`} no number and ${n === 1 ? "gets" : "get"} none: --renumber corrects only numbers the document shows.`,
    referencesLinked: (n) => (n === 1 ? "1 reference linked to its clause" : `${n} references linked to their clauses`),
    referencesAdopted: (n) =>
      `${n === 1 ? "1 reference (a field to a number's bookmark) stays" : `${n} references (fields to numbers' bookmarks) stay`} linked to ${n === 1 ? "its clause and follows it" : "their clauses and follow them"} when renumbering.`,
    referencesOnList: (n) =>
      `${n === 1 ? "1 reference stays" : `${n} references stay`} text: Word numbers the clause ${n === 1 ? "it names" : "they name"} itself (automatic numbering), where no link can attach. Renumbering does not change such numbers; ${n === 1 ? "the reference stays" : "the references stay"} right as long as the list does.`,
    renumberFlattensOutline: (sub, top) =>
      `not renumbered: "${sub}" stands as a sub-clause under "${top}", but a proposal has one level of clauses only; renumbering would make "${sub}" a clause of its own. Please adjust the structure by hand first, or recognize without --renumber. The file stays as it was; nothing was written.`,
    renumberDropsUserMarkup: (numbers) => {
      const what = { section: "section", clause: "clause", unterpunkt: "sub-point" } as const;
      const mark = { revision: "a tracked change", comment: "a comment", note: "a footnote or endnote reference" } as const;
      const named = numbers.map((n) => `the number of ${what[n.kind]} ${n.number} holds ${n.marks.map((m) => mark[m]).join(" and ")}`).join("; ");
      const all = new Set(numbers.flatMap((n) => n.marks));
      const todo = [...(all.has("revision") ? ["accept or reject the change"] : []), ...(all.has("comment") || all.has("note") ? ["move the comment or note behind the number"] : [])].join(" and ");
      return `not renumbered: ${named}. The number${numbers.length === 1 ? " would have" : "s would have"} to change, and renumbering would write ${numbers.length === 1 ? "it" : "them"} anew without keeping that. Please ${todo} in Word first, then recognize with --renumber again. The file stays as it was; nothing was written.`;
    },
    renumberBreaksReferences: (moved, linked, inText = []) => {
      const n = moved.length + inText.length;
      const named = [
        ...moved.map((m) => `"${m.text}" in clause ${bare(m.owner)} (${afterEn(m)})`),
        ...inText.map((m) => `"${m.text}" ${placeEn(m.place)} (${afterEn(m)})`),
      ].join(", ");
      const linkable = moved.filter((m) => m.shared !== true);
      const clauses =
        linkable.length === 0
          ? ""
          : linked
            ? ` The ${moved.length === 1 ? "reference in the clause" : "references in the clauses"} could not be linked (for instance inside a hyperlink, a field or a tracked change); please adjust by hand.`
            : " With --references references in the clauses become links that follow renumbering.";
      const text = inText.length === 0 ? "" : ` References outside the clauses, or to a clause counted by a letter, are not linked even with --references; please adjust them by hand.`;
      const shared = [...moved, ...inText].some((m) => m.shared === true) ? " Which clause a reference to a duplicated number means cannot be told for certain: please correct the duplicate number and the reference by hand first." : "";
      return `not renumbered: the ${n === 1 ? "reference" : "references"} typed in the text ${named} would then point at another clause or at none.${clauses}${text}${shared} Without --renumber the numbers stay as they are. The file stays as it was; nothing was written.`;
    },
    referenceFieldsBroken: (fields) =>
      `not recognized: afterwards the ${fields.length === 1 ? "reference" : "references"} ${fields.map((f) => `"${f.anzeige}"${f.davor ? ` after "${f.davor}"` : ""} (bookmark "${f.textmarke}")`).join(", ")} would no longer find ${fields.length === 1 ? "its" : "their"} target, and Word would print "Error! Reference source not found." there. ${fields.length === 1 ? "This bookmark" : "These bookmarks"} cannot be kept while recognizing (for instance because ${fields.length === 1 ? "it stands" : "they stand"} inside a reference that renumbering writes anew); please move ${fields.length === 1 ? "it" : "them"} in Word or insert the reference again. The file stays as it was; nothing was written.`,
    propertiesKept: (names) => `Note: the document already has its own document properties named ${names.map((n) => `"${n}"`).join(", ")}; they were kept, and the Vorlage's values for them were not written`,
    otherProfileForm: (hint, profil) =>
      `Note: ${hint} With "beschluss recognize --profile ${profil}" the document is recognised by that profile's rules, and that profile is stored in it.`,
    trackRevisions: "Note: Track Changes is on in this document; this command's changes (controls, numbers) are not recorded as revisions",
    bug: "This is a bug. Please report it, with this output, to the Beschlussvorlage team.",
    interrupted: "interrupted; no file changed",
    unwritable: (w) => `proposal not writable: ${w} contains characters a Word document cannot hold (control characters or broken surrogates)`,
    docxNotToStdout: "“-o -” (standard output) works only with export; a Word document is written to a file: please give a file name ending in .docx",
    docxEnding: (p) => `${showPath(p)}: a Word document is written under a name ending in .docx, or Word does not open it as one; nothing written`,
    notADocxKind: (p, k) =>
      `${showPath(p)} is ${{ "macro-document": "a document with macros (.docm)", template: "a template (.dotx)", "macro-template": "a template with macros (.dotm)" }[k]} and stays one; under a name ending in .docx Word does not open it. With --in-place it is structured under its own name; nothing written`,
    notRegularOutput: (p, k) => `${showPath(p)} is ${{ directory: "a directory", device: "a device", fifo: "a named pipe (FIFO)", socket: "a socket" }[k]}, not a regular file; nothing is written there`,
    badReportName: (o, e, p) => `--${o} needs a file name ending in ${e} (or - for standard output), not "${showPath(p)}"`,
    oneStdout: "only one output can go to standard output (-): not --report - and --csv - together",
    hardLinked: (p) => `${showPath(p)} has other names (hard links) and cannot be replaced under all of them at once; nothing changed. With --force only ${showPath(p)} is written anew, the other names keep the old content.`,
    hardLinkKept: (p, n) => `Note: ${showPath(p)} was written anew; ${n === 1 ? "1 other name (hard link) keeps" : `${n} other names (hard links) keep`} the old content`,
    tooManyFiles: (c, max, ig) => `beschluss ${c} takes ${max === 0 ? "no file" : "one file only"}; ${ig.map((x) => `"${showPath(x)}"`).join(", ")} would be left alone – nothing changed`,
    unknownProfile: (n, b) => `there is no municipality profile "${showPath(n)}": neither built in (${b.join(", ")}) nor a file`,
    notJson: (p) => `${showPath(p)} is not a valid JSON file`,
    notRegularInput: (k) => `is ${{ device: "a device", fifo: "a named pipe (FIFO)", socket: "a socket" }[k]}, not a regular file – not read`,
    unchangeable: (why, ignoring) =>
      why.reason === "signed"
        ? `the document is digitally signed and stays unchanged${ignoring ? ", also with --ignore-protection" : ""}: any change would invalidate the signature, which would be lost. To structure it, remove the signature in Word first and sign the document again afterwards.`
        : why.reason === "protected"
          ? `the document is protected (editing restricted: ${PROTECTION_EN[why.edit] ?? why.edit}) and stays unchanged. If you may structure it all the same, add --ignore-protection.`
          : `the document's metadata was written by a newer version of the program (format ${why.version}) and stays unchanged; please use the newer version. check, export and diff still read the document.`,
    fileFailed: (f, why) => `${f}: ${why}`,
    oneOutput: "-o structures exactly one file; for several files please use --in-place",
    optionTwice: (o) => `--${o} is given twice; please give it once – nothing changed`,
    inPlaceAndOut: "--in-place and -o exclude each other: either overwrite the input file or write a new one – nothing changed",
    errno: (c) =>
      ({ ENOENT: "not found (file or folder missing)", EACCES: "permission denied", EPERM: "permission denied", EISDIR: "is a directory", ENOSPC: "no space left on the device", EROFS: "read-only file system", ENOTDIR: "part of the path is not a folder", ELOOP: "too many symbolic links (a loop)", ENAMETOOLONG: "name too long", EILSEQ: "the file name is not written in UTF-8 and cannot be opened as given; please rename the file" })[c] ?? `system error ${c}`,
  },
};
