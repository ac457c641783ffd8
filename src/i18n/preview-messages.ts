import type { DocxErrorReason } from "../document/ooxml/docx-error";
import type { Lang } from "./format-finding";

/**
 * Why the preview could not open a chosen file: the .docx engine's reasons (`DocxErrorReason`)
 * plus an empty file and the old binary .doc format, which a user brings often. Codes, so that
 * the bar can say it in either language.
 */
export type PreviewOpenProblem = DocxErrorReason | "legacy-doc" | "empty-file";

/** The words of the preview's own bar (not the pane's: the pane runs in Word, which opens documents itself). */
export interface PreviewMessages {
  /** The bar's name for screen readers. */
  readonly bar: string;
  readonly open: string;
  readonly opening: string;
  /** The file is open; `profile` names the city's profile it is edited and checked with when the document named another than the preview's. */
  readonly opened: (file: string, profile?: string) => string;
  /** A whole sentence: the file and why it cannot be opened, with what to do where there is something. */
  readonly cannotOpen: (file: string, problem: PreviewOpenProblem, limitMb: number) => string;
}

const DE_PROBLEMS: Readonly<Record<PreviewOpenProblem, (limitMb: number) => string>> = {
  "not-a-zip": () => "Sie ist kein Word-Dokument (.docx).",
  "damaged-zip": () => "Die Datei ist beschädigt.",
  "no-main-part": () => "Die Datei enthält keinen Dokumenttext; sie ist kein Word-Dokument.",
  "too-large": (mb) => `Die Datei ist zu groß; höchstens ${mb} MB werden geöffnet.`,
  "zip-bomb": () => "Die Datei würde beim Entpacken unverhältnismäßig groß (ZIP-Bombe) und wurde abgelehnt.",
  "unsafe-entry": () => "Die Datei enthält einen unzulässigen Pfad und wurde abgelehnt.",
  "malformed-xml": () => "Ein Teil des Dokuments ist fehlerhaft; bitte in Word öffnen und neu speichern.",
  doctype: () => "Das Dokument enthält eine DOCTYPE-Deklaration, die Word nie schreibt, und wurde abgelehnt.",
  "too-deep": () => "Das Dokument ist unzulässig tief verschachtelt und wurde abgelehnt.",
  "too-many-elements": () => "Das Dokument hat unzulässig viele Elemente und wurde abgelehnt.",
  encoding: () => "Ein Teil des Dokuments ist nicht in UTF-8 oder UTF-16 kodiert; bitte in Word neu speichern.",
  "strict-ooxml": () => "Sie ist im Format „Strict Open XML“ gespeichert; bitte in Word als „Word-Dokument (.docx)“ speichern.",
  "legacy-doc": () => "Sie ist im alten Word-Format (.doc) gespeichert; bitte in Word als .docx speichern.",
  "empty-file": () => "Die Datei ist leer.",
};

const EN_PROBLEMS: Readonly<Record<PreviewOpenProblem, (limitMb: number) => string>> = {
  "not-a-zip": () => "It is not a Word document (.docx).",
  "damaged-zip": () => "The file is damaged.",
  "no-main-part": () => "The file holds no document text; it is not a Word document.",
  "too-large": (mb) => `The file is too large; at most ${mb} MB are opened.`,
  "zip-bomb": () => "The file would unpack to a disproportionate size (zip bomb) and was refused.",
  "unsafe-entry": () => "The file contains an unsafe path and was refused.",
  "malformed-xml": () => "A part of the document is malformed; please open it in Word and save it again.",
  doctype: () => "The document declares a DOCTYPE, which Word never writes, and was refused.",
  "too-deep": () => "The document is nested too deeply and was refused.",
  "too-many-elements": () => "The document has too many elements and was refused.",
  encoding: () => "A part of the document is not encoded in UTF-8 or UTF-16; please save it again in Word.",
  "strict-ooxml": () => "It is saved as Strict Open XML; please save it in Word as “Word Document (.docx)”.",
  "legacy-doc": () => "It is saved in the old Word format (.doc); please save it as .docx in Word.",
  "empty-file": () => "The file is empty.",
};

export const PREVIEW_MESSAGES: Readonly<Record<Lang, PreviewMessages>> = {
  de: {
    bar: "Vorschau",
    open: "Öffnen …",
    opening: "Wird geöffnet …",
    opened: (f, p) => `„${f}“ ist geöffnet.${p !== undefined ? ` Bearbeitet und geprüft nach dem Kommunalprofil „${p}“, das im Dokument gespeichert ist.` : ""}`,
    cannotOpen: (f, p, mb) => `„${f}“ lässt sich nicht öffnen. ${DE_PROBLEMS[p](mb)}`,
  },
  en: {
    bar: "Preview",
    open: "Open …",
    opening: "Opening …",
    opened: (f, p) => `“${f}” is open.${p !== undefined ? ` Edited and checked against the municipal profile “${p}” stored in the document.` : ""}`,
    cannotOpen: (f, p, mb) => `“${f}” cannot be opened. ${EN_PROBLEMS[p](mb)}`,
  },
};
