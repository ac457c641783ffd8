import type { Lang } from "./format-finding";

/** The words of the `beschluss` command, German first. */
export interface CliMessages {
  readonly usage: string;
  readonly complete: string;
  readonly incomplete: string;
  readonly unreadable: string;
  readonly structured: string;
  readonly recognized: string;
  readonly recovered: string;
  readonly counts: (errors: number, warnings: number, infos: number) => string;
  readonly summary: (files: number, complete: number, incomplete: number, unreadable: number) => string;
  readonly directory: string;
  readonly noDocx: string;
  readonly missing: string;
  readonly tooLarge: (mb: number, limit: number) => string;
  readonly sameFile: string;
  readonly written: (path: string) => string;
  readonly noFinanzierung: string;
  readonly unknownCommand: (c: string) => string;
  readonly needsFile: string;
  readonly needsOut: string;
  readonly badFormat: string;
  readonly badProfile: (detail: string) => string;
  readonly badJson: (detail: string) => string;
  readonly severity: Readonly<Record<"error" | "warning" | "info", string>>;
}

const USAGE_DE = `beschluss – Beschlussvorlagen prüfen, exportieren und erzeugen

Aufruf:
  beschluss check DATEI.docx|VERZEICHNIS …  [--json] [--lang de|en] [--profile NAME|PFAD]
      Prüft jede Datei auf Vollständigkeit. Ende mit 0, wenn alle vollständig sind,
      1 bei einem Fehler in einer Vorlage, 2, wenn eine Datei nicht lesbar ist.
      Verzeichnisse werden samt Unterverzeichnissen gelesen (alle .docx-Dateien).
      --report bericht.html   Prüfbericht als eigenständige HTML-Datei (zum Drucken, A4 quer)
      --csv bericht.csv       Tabelle für Excel (Semikolon, UTF-8)
  beschluss diff ALT.docx NEU.docx [--json]
      Vergleicht zwei Fassungen einer Vorlage: Ziffern, Angaben, Finanzierung, Prüfergebnisse.
      Ende mit 0 bei gleichen Fassungen, 1 bei Unterschieden, 2, wenn eine Datei nicht lesbar ist.
  beschluss export DATEI.docx --format json|xml|oparl [-o AUSGABE]
      Gibt die Metadaten als JSON, als XML (Metadatenteil) oder als OParl-Paper aus.
  beschluss new [--from vorlage.json] -o NEU.docx
      Erzeugt eine vollständig gegliederte Beschlussvorlage.
  beschluss recognize EIN.docx -o AUS.docx [--renumber] [--in-place]
      Gliedert ein einfaches Word-Dokument: gleicher Text, nun mit Inhaltssteuerelementen
      und Metadaten. Nummern werden nur mit --renumber berichtigt.

Optionen:
  --profile NAME|PFAD   Kommunalprofil (wiesbaden, karlsruhe oder eine JSON-Datei); Standard: wiesbaden
  --lang de|en          Sprache der Ausgabe; Standard: de
  --in-place            die Eingabedatei überschreiben (sonst nie)
  -h, --help            diese Hilfe`;

const USAGE_EN = `beschluss – check, export and create resolution proposals (Beschlussvorlagen)

Usage:
  beschluss check FILE.docx|DIRECTORY …  [--json] [--lang de|en] [--profile NAME|PATH]
      Checks each file for completeness. Exits 0 when all are complete, 1 when a
      proposal has an error, 2 when a file cannot be read.
      Directories are read with their subdirectories (every .docx file).
      --report report.html   the review as one self-contained HTML file (prints A4 landscape)
      --csv report.csv       the table for Excel (semicolons, UTF-8)
  beschluss diff OLD.docx NEW.docx [--json]
      Compares two versions of a proposal: clauses, fields, financing, findings.
      Exits 0 when they are the same, 1 when they differ, 2 when a file cannot be read.
  beschluss export FILE.docx --format json|xml|oparl [-o OUT]
      Prints the metadata as JSON, as XML (the metadata part) or as an OParl Paper.
  beschluss new [--from vorlage.json] -o NEW.docx
      Creates a fully structured proposal.
  beschluss recognize IN.docx -o OUT.docx [--renumber] [--in-place]
      Structures a plain Word document: the same text, now with content controls and
      metadata. Numbers are corrected only with --renumber.

Options:
  --profile NAME|PATH   municipality profile (wiesbaden, karlsruhe or a JSON file); default: wiesbaden
  --lang de|en          output language; default: de
  --in-place            overwrite the input file (never otherwise)
  -h, --help            this help`;

export const CLI_MESSAGES: Readonly<Record<Lang, CliMessages>> = {
  de: {
    usage: USAGE_DE,
    complete: "vollständig – bereit zur Vorlage",
    incomplete: "unvollständig",
    unreadable: "nicht lesbar",
    structured: "gegliedertes Dokument (Inhaltssteuerelemente)",
    recognized: "einfaches Dokument – Gliederung aus dem Text erkannt",
    recovered: "Steuerelemente fehlen (von einem anderen Programm gespeichert) – Gliederung aus Text und Metadaten wiederhergestellt",
    counts: (e, w, i) => `${e} ${e === 1 ? "Fehler" : "Fehler"}, ${w} ${w === 1 ? "Warnung" : "Warnungen"}, ${i} ${i === 1 ? "Hinweis" : "Hinweise"}`,
    summary: (n, c, inc, u) => `${n} ${n === 1 ? "Datei" : "Dateien"} geprüft: ${c} vollständig, ${inc} unvollständig, ${u} nicht lesbar`,
    directory: "ist ein Verzeichnis – bitte die Dateien angeben (z. B. verzeichnis/*.docx)",
    missing: "nicht gefunden",
    noDocx: "Verzeichnis ohne .docx-Datei",
    tooLarge: (mb, limit) => `zu groß (${mb.toFixed(1)} MB; Grenze ${limit} MB)`,
    sameFile: "Ausgabe und Eingabe sind dieselbe Datei; zum Überschreiben --in-place angeben",
    written: (p) => `geschrieben: ${p}`,
    noFinanzierung: "keine Angaben zur Finanzierung",
    unknownCommand: (c) => `unbekannter Befehl „${c}“ (beschluss --help zeigt die Befehle)`,
    needsFile: "bitte eine Datei angeben",
    needsOut: "bitte mit -o die Ausgabedatei angeben",
    badFormat: "--format muss json, xml oder oparl sein",
    badProfile: (d) => `Kommunalprofil nicht verwendbar: ${d}`,
    badJson: (d) => `Vorlage nicht lesbar: ${d}`,
    severity: { error: "Fehler", warning: "Warnung", info: "Hinweis" },
  },
  en: {
    usage: USAGE_EN,
    complete: "complete – ready for submission",
    incomplete: "incomplete",
    unreadable: "not readable",
    structured: "structured document (content controls)",
    recognized: "plain document – structure recognised from the text",
    recovered: "content controls missing (saved by another program) – structure recovered from text and metadata",
    counts: (e, w, i) => `${e} ${e === 1 ? "error" : "errors"}, ${w} ${w === 1 ? "warning" : "warnings"}, ${i} ${i === 1 ? "note" : "notes"}`,
    summary: (n, c, inc, u) => `${n} ${n === 1 ? "file" : "files"} checked: ${c} complete, ${inc} incomplete, ${u} not readable`,
    directory: "is a directory – please name the files (e.g. directory/*.docx)",
    missing: "not found",
    noDocx: "directory without a .docx file",
    tooLarge: (mb, limit) => `too large (${mb.toFixed(1)} MB; limit ${limit} MB)`,
    sameFile: "output and input are the same file; add --in-place to overwrite it",
    written: (p) => `written: ${p}`,
    noFinanzierung: "no financing stated",
    unknownCommand: (c) => `unknown command "${c}" (beschluss --help lists the commands)`,
    needsFile: "please name a file",
    needsOut: "please name the output file with -o",
    badFormat: "--format must be json, xml or oparl",
    badProfile: (d) => `municipality profile not usable: ${d}`,
    badJson: (d) => `proposal not readable: ${d}`,
    severity: { error: "error", warning: "warning", info: "note" },
  },
};
