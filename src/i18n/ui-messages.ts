import type { Lang } from "./format-finding";

/** The pane's own words, German first. Components take every visible text from here. */
export interface UiMessages {
  readonly title: string;
  readonly subtitle: string;
  readonly hostWord: string;
  readonly hostWordOld: string;
  readonly hostBrowser: string;
  readonly profile: (name: string) => string;
}

export const UI_MESSAGES: Readonly<Record<Lang, UiMessages>> = {
  de: {
    title: "Beschlussvorlage",
    subtitle: "Ziffern einfügen, automatisch nummerieren, Vollständigkeit prüfen.",
    hostWord: "Verbunden mit Word.",
    hostWordOld:
      "Diese Word-Version unterstützt WordApi 1.4 nicht (Office 2019/2021): Die Metadaten werden nur als Dokumenteigenschaften gespeichert.",
    hostBrowser: "Vorschau ohne Word: Das Add-in läuft im Browser.",
    profile: (name) => `Kommunalprofil: ${name}`,
  },
  en: {
    title: "Resolution proposal",
    subtitle: "Insert clauses, number them automatically, check completeness.",
    hostWord: "Connected to Word.",
    hostWordOld: "This version of Word lacks WordApi 1.4 (Office 2019/2021): metadata is stored as document properties only.",
    hostBrowser: "Preview without Word: the add-in runs in the browser.",
    profile: (name) => `Municipality profile: ${name}`,
  },
};
