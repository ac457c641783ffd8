import type { ProfileUse } from "../core/profile/profile-choice";
import type { Duplicate } from "../core/report/duplicates";
import type { AmountDoubt, ReportStatus } from "../core/report/report-model";
import type { Lang } from "./format-finding";
import { duplicateText, REVIEW_WORDS, type SharedColumns } from "./review-words";

/**
 * Why the page could not read a file: the .docx engine's reasons (`DocxErrorReason`) plus
 * what a folder of real files brings, an empty file and the old binary .doc format. Codes,
 * so that the page can say it in either language without reading the file again.
 */
export type UnreadableReason =
  | "not-a-zip"
  | "no-main-part"
  | "too-large"
  | "zip-bomb"
  | "unsafe-entry"
  | "malformed-xml"
  | "doctype"
  | "damaged-zip"
  | "too-deep"
  | "too-many-elements"
  | "encoding"
  | "strict-ooxml"
  | "legacy-doc"
  | "empty-file";

/** The words of the reviewers' page (pruefen.html), German first. Components take every visible text from here. */
export interface DeskMessages {
  readonly title: string;
  readonly intro: string;
  readonly drop: string;
  readonly chooseFiles: string;
  readonly chooseFolder: string;
  readonly privacy: string;
  readonly progress: (done: number, total: number) => string;
  readonly progressLabel: string;
  readonly cancel: string;
  readonly cancelled: string;
  readonly internalError: (message: string) => string;
  readonly empty: string;
  readonly status: Readonly<Record<ReportStatus, string>>;
  readonly reasons: Readonly<Record<UnreadableReason, string>>;
  readonly columns: SharedColumns & { readonly turnus: string; readonly reason: string; readonly infos: string };
  readonly turnus: { readonly einmalig: string; readonly jaehrlich: string };
  readonly sortBy: (column: string) => string;
  /** Counts rows, i.e. files: „Dateien“, as the summary's „Vorlagen“ count each Vorlagen-Nr. once and would differ. */
  readonly tableCaption: (shown: number, total: number) => string;
  /** After the first reasons of a row: how many more errors it has („+ 3 weitere“). */
  readonly moreReasons: (count: number) => string;
  /** Said instead of a count of errors or warnings for a file that could not be read (and so was not checked). */
  readonly notCounted: string;
  /** What a row without a Vorlagen-Nr. shows in its place. */
  readonly withoutNumber: string;
  readonly filters: {
    readonly status: string;
    readonly dezernat: string;
    readonly gremium: string;
    readonly all: string;
    readonly none: string;
  };
  readonly summary: {
    readonly heading: string;
    readonly counts: (total: number, complete: number, incomplete: number, unreadable: number) => string;
    /** Beside the counts when some files are older versions of a Vorlage that is there more than once. */
    readonly superseded: (count: number) => string;
    readonly errorsHeading: string;
    readonly noErrors: string;
    readonly kindCount: (count: number, documents: number) => string;
    readonly moneyHeading: string;
    readonly noMoney: string;
    readonly money: (einmalig: string, jaehrlich: string, ohne: string) => string;
    readonly withoutDezernat: string;
  };
  readonly example: (sentence: string) => string;
  /** Under the Vorlagen-Nr. of a row whose number other files carry too: „mehrfach vorhanden“ and which file is counted. */
  readonly duplicate: (duplicate: Duplicate) => string;
  /** In the amount cell when the amount was read with doubt („unsicher gelesen“) or the decision contradicts it („widersprüchlich“). */
  readonly amountDoubt: Readonly<Record<AmountDoubt, string>>;
  readonly exportCsv: string;
  readonly print: string;
  readonly csvFile: string;
  readonly printHeading: (date: string, count: number) => string;
  readonly detail: {
    readonly heading: (name: string) => string;
    readonly open: (name: string) => string;
    /** The same for a row without a Vorlagen-Nr.: contains `withoutNumber`, which the button shows. */
    readonly openWithoutNumber: (name: string) => string;
    readonly close: string;
    readonly findings: string;
    readonly noFindings: string;
    /** The button under the first hints of one kind that opens the rest (src/core/validation/fold-hints.ts): shown while they are folded. */
    readonly moreHints: (count: number) => string;
    /** The same button once they are open. */
    readonly fewerHints: (count: number) => string;
    readonly structure: string;
    readonly structured: string;
    readonly recovered: string;
    readonly recognized: string;
    readonly noSections: string;
    readonly unreadable: (reason: string) => string;
    /** The profile the file was read and checked with, and why (as `check` says it). */
    readonly profile: (use: ProfileUse) => string;
  };
  readonly compare: {
    readonly open: string;
    readonly heading: string;
    readonly older: string;
    readonly newer: string;
    readonly run: string;
    readonly close: string;
    readonly pickTwo: string;
    readonly equal: string;
  };
  readonly theme: { readonly dark: string; readonly light: string };
  readonly otherLanguage: string;
}

export const DESK_MESSAGES: Readonly<Record<Lang, DeskMessages>> = {
  de: {
    title: "Vorlagen prüfen",
    intro: "Alle Beschlussvorlagen einer Sitzung auf einen Blick: Ordner oder .docx-Dateien hierher ziehen oder auswählen.",
    drop: "Ordner oder .docx-Dateien hier ablegen",
    chooseFiles: "Dateien auswählen",
    chooseFolder: "Ordner auswählen",
    privacy: "Die Dateien werden ausschließlich in diesem Browser gelesen und nicht hochgeladen.",
    progress: (d, t) => `${d} von ${t} ${t === 1 ? "Datei" : "Dateien"} gelesen`,
    progressLabel: "Fortschritt beim Lesen",
    cancel: "Lesen abbrechen",
    cancelled: "Das Lesen wurde abgebrochen; die bereits gelesenen Vorlagen werden angezeigt.",
    internalError: (m) => `Beim Lesen ist ein interner Fehler aufgetreten: ${m}`,
    empty: "Noch keine Vorlagen geladen.",
    status: REVIEW_WORDS.de.status,
    reasons: {
      "not-a-zip": "keine .docx-Datei (kein gültiges ZIP-Archiv)",
      "no-main-part": "die Datei enthält kein Word-Dokument (Hauptteil fehlt)",
      "too-large": "die Datei ist größer als 100 MB",
      "zip-bomb": "die Datei würde entpackt unverhältnismäßig groß (ZIP-Bombe) und wurde nicht geöffnet",
      "unsafe-entry": "das Archiv enthält einen unzulässigen Dateinamen",
      "malformed-xml": "die Datei ist beschädigt (fehlerhaftes XML)",
      doctype: "das Dokument enthält eine DOCTYPE-Deklaration, die ein Word-Dokument nie enthält (aus Sicherheitsgründen abgelehnt)",
      "damaged-zip": "die Datei ist beschädigt (ZIP-Archiv fehlerhaft oder Prüfsumme falsch)",
      "too-deep": "das Dokument ist unzulässig tief verschachtelt und wurde abgelehnt",
      "too-many-elements": "das Dokument hat unzulässig viele Elemente und wurde abgelehnt",
      encoding: "ein Teil des Dokuments ist nicht in UTF-8 oder UTF-16 kodiert – bitte in Word neu speichern",
      "strict-ooxml": "im Format „Strict Open XML“ gespeichert – bitte in Word als „Word-Dokument (.docx)“ speichern",
      "legacy-doc": "altes Word-Format (.doc) – bitte in Word als .docx speichern",
      "empty-file": "die Datei ist leer",
    },
    columns: {
      ...REVIEW_WORDS.de.columns,
      // Soft hyphens: the page's table is narrow.
      ...REVIEW_WORDS.de.hyphenatedColumns,
      turnus: "Turnus",
      reason: "Grund",
      infos: "Hinweise",
    },
    turnus: REVIEW_WORDS.de.turnus,
    sortBy: (c) => `Nach ${c} sortieren`,
    tableCaption: (s, t) => (s === t ? `${t} ${t === 1 ? "Datei" : "Dateien"}` : `${s} von ${t} Dateien (gefiltert)`),
    // The column heads „Gründe“: one more is „weiterer“ (der Grund), more are „weitere“.
    moreReasons: (n) => (n === 1 ? "+ 1 weiterer" : `+ ${n} weitere`),
    notCounted: "nicht geprüft, da nicht lesbar",
    withoutNumber: "ohne Nr.",
    filters: { status: "Status", dezernat: "Dezernat", gremium: "Gremium", all: "alle", none: "ohne Angabe" },
    summary: {
      heading: "Übersicht",
      counts: (t, c, i, u) => `${t} ${t === 1 ? "Vorlage" : "Vorlagen"}: ${c} vollständig, ${i} unvollständig, ${u} nicht lesbar`,
      errorsHeading: "Offene Fehler nach Art",
      noErrors: "Keine offenen Fehler.",
      kindCount: (c, d) => `${c}-mal in ${d} ${d === 1 ? "Vorlage" : "Vorlagen"}`,
      moneyHeading: "Beträge nach federführendem Dezernat",
      noMoney: "Keine Vorlage nennt einen Betrag.",
      money: (e, j, o) => [e && `${e} einmalig`, j && `${j} jährlich`, o && `${o} ohne Turnus`].filter(Boolean).join(" · "),
      withoutDezernat: "ohne Dezernat",
      superseded: REVIEW_WORDS.de.duplicate.superseded,
    },
    duplicate: (d) => duplicateText(d, "de"),
    amountDoubt: REVIEW_WORDS.de.amountDoubt,
    example: (s) => `z. B. „${s}“`,
    exportCsv: "Als CSV exportieren",
    print: "Druckansicht",
    csvFile: "pruefbericht.csv",
    printHeading: (d, n) => `Prüfbericht vom ${d} – ${n} ${n === 1 ? "Vorlage" : "Vorlagen"}`,
    detail: {
      heading: (n) => `Prüfergebnis: ${n}`,
      open: (n) => `Prüfergebnis von ${n} anzeigen`,
      openWithoutNumber: (n) => `ohne Nr.: Prüfergebnis von ${n} anzeigen`,
      close: "Prüfergebnis schließen",
      findings: "Prüfhinweise",
      noFindings: "Keine Prüfhinweise.",
      moreHints: (n) => (n === 1 ? "einen weiteren Hinweis dieser Art anzeigen" : `weitere ${n} Hinweise dieser Art anzeigen`),
      fewerHints: (n) => (n === 1 ? "den weiteren Hinweis dieser Art ausblenden" : `die ${n} weiteren Hinweise dieser Art ausblenden`),
      structure: "Gliederung",
      structured: "Gegliedertes Dokument (Inhaltssteuerelemente).",
      recovered: "Ohne Steuerelemente, mit gespeicherten Metadaten: Gliederung aus dem Text gelesen, Kennungen aus den Metadaten.",
      recognized: "Einfaches Dokument: Gliederung aus dem Text erkannt.",
      noSections: "Keine Abschnitte erkannt.",
      unreadable: (r) => `Die Datei ist nicht lesbar: ${r}.`,
      profile: (u) =>
        u.source === "document"
          ? `Geprüft nach dem Kommunalprofil „${u.name}“, das im Dokument gespeichert ist.`
          : u.source === "option"
            ? `Geprüft nach dem gewählten Kommunalprofil „${u.name}“${u.stored !== undefined && u.stored !== u.id ? `; das Dokument wurde mit dem Profil „${u.stored}“ erstellt` : ""}.`
            : u.stored !== undefined
              ? `Geprüft nach dem Standardprofil „${u.name}“: Das im Dokument genannte Profil „${u.stored}“ ist nicht eingebaut.`
              : `Geprüft nach dem Standardprofil „${u.name}“: Das Dokument nennt kein Kommunalprofil.`,
    },
    compare: {
      open: "Zwei Fassungen vergleichen",
      heading: "Fassungen vergleichen",
      older: "Ältere Fassung",
      newer: "Neuere Fassung",
      run: "Vergleichen",
      close: "Vergleich schließen",
      pickTwo: "Bitte zwei verschiedene lesbare Vorlagen wählen.",
      equal: "Die Fassungen stimmen überein.",
    },
    theme: { dark: "Dunkle Darstellung", light: "Helle Darstellung" },
    otherLanguage: "English",
  },
  en: {
    title: "Review proposals",
    intro: "Every resolution proposal of a sitting at a glance: drag a folder or .docx files here, or choose them.",
    drop: "Drop a folder or .docx files here",
    chooseFiles: "Choose files",
    chooseFolder: "Choose folder",
    privacy: "The files are read in this browser only and never uploaded.",
    progress: (d, t) => `${d} of ${t} ${t === 1 ? "file" : "files"} read`,
    progressLabel: "Reading progress",
    cancel: "Stop reading",
    cancelled: "Reading was stopped; the proposals read so far are shown.",
    internalError: (m) => `An internal error occurred while reading: ${m}`,
    empty: "No proposals loaded yet.",
    status: REVIEW_WORDS.en.status,
    reasons: {
      "not-a-zip": "not a .docx file (no valid zip archive)",
      "no-main-part": "the file holds no Word document (main part missing)",
      "too-large": "the file is larger than 100 MB",
      "zip-bomb": "unpacked, the file would be disproportionately large (zip bomb); not opened",
      "unsafe-entry": "the archive holds an entry with an unsafe name",
      "malformed-xml": "the file is damaged (malformed XML)",
      doctype: "the document declares a DOCTYPE, which a Word document never does (refused for security)",
      "damaged-zip": "the file is damaged (broken zip archive or wrong checksum)",
      "too-deep": "the document nests elements too deeply and was refused",
      "too-many-elements": "the document has too many elements and was refused",
      encoding: "a part of the document is not encoded as UTF-8 or UTF-16 – please save it again in Word",
      "strict-ooxml": "saved as Strict Open XML – please save it in Word as \"Word Document (.docx)\"",
      "legacy-doc": "old Word format (.doc) – please save it as .docx in Word",
      "empty-file": "the file is empty",
    },
    columns: { ...REVIEW_WORDS.en.columns, turnus: "Frequency", reason: "Reason", infos: "Notes" },
    turnus: REVIEW_WORDS.en.turnus,
    sortBy: (c) => `Sort by ${c}`,
    tableCaption: (s, t) => (s === t ? `${t} ${t === 1 ? "file" : "files"}` : `${s} of ${t} files (filtered)`),
    moreReasons: (n) => `+ ${n} more`,
    notCounted: "not checked, as it cannot be read",
    withoutNumber: "no number",
    filters: { status: "Status", dezernat: "Department", gremium: "Body", all: "all", none: "not stated" },
    summary: {
      heading: "Overview",
      counts: (t, c, i, u) => `${t} ${t === 1 ? "proposal" : "proposals"}: ${c} complete, ${i} incomplete, ${u} not readable`,
      errorsHeading: "Open errors by kind",
      noErrors: "No open errors.",
      kindCount: (c, d) => `${c}× in ${d} ${d === 1 ? "proposal" : "proposals"}`,
      moneyHeading: "Amounts by lead department",
      noMoney: "No proposal states an amount.",
      money: (e, j, o) => [e && `${e} one-off`, j && `${j} yearly`, o && `${o} frequency not stated`].filter(Boolean).join(" · "),
      withoutDezernat: "no department",
      superseded: REVIEW_WORDS.en.duplicate.superseded,
    },
    duplicate: (d) => duplicateText(d, "en"),
    amountDoubt: REVIEW_WORDS.en.amountDoubt,
    example: (s) => `e.g. “${s}”`,
    exportCsv: "Export as CSV",
    print: "Print view",
    csvFile: "review-report.csv",
    printHeading: (d, n) => `Review report of ${d} – ${n} ${n === 1 ? "proposal" : "proposals"}`,
    detail: {
      heading: (n) => `Review result: ${n}`,
      open: (n) => `Show the review result of ${n}`,
      openWithoutNumber: (n) => `no number: show the review result of ${n}`,
      close: "Close the review result",
      findings: "Findings",
      noFindings: "No findings.",
      moreHints: (n) => (n === 1 ? "show 1 more note of this kind" : `show ${n} more notes of this kind`),
      fewerHints: (n) => (n === 1 ? "hide the other note of this kind" : `hide the ${n} other notes of this kind`),
      structure: "Outline",
      structured: "Structured document (content controls).",
      recovered: "No content controls, stored metadata: structure read from the text, ids from the metadata.",
      recognized: "Plain document: outline recognised from the text.",
      noSections: "No sections recognised.",
      unreadable: (r) => `The file cannot be read: ${r}.`,
      profile: (u) =>
        u.source === "document"
          ? `Checked against the municipal profile "${u.name}" stored in the document.`
          : u.source === "option"
            ? `Checked against the chosen municipal profile "${u.name}"${u.stored !== undefined && u.stored !== u.id ? `; the document was drafted with the profile "${u.stored}"` : ""}.`
            : u.stored !== undefined
              ? `Checked against the default profile "${u.name}": the profile "${u.stored}" the document names is not built in.`
              : `Checked against the default profile "${u.name}": the document names no municipal profile.`,
    },
    compare: {
      open: "Compare two versions",
      heading: "Compare versions",
      older: "Older version",
      newer: "Newer version",
      run: "Compare",
      close: "Close the comparison",
      pickTwo: "Please choose two different readable proposals.",
      equal: "The versions are the same.",
    },
    theme: { dark: "Dark theme", light: "Light theme" },
    otherLanguage: "Deutsch",
  },
};
