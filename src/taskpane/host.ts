import type { Lang } from "../i18n/format-finding";

/**
 * What the pane runs in, as state: Word with the requirement sets it offers, or a plain
 * browser (the preview without Word). Capabilities are derived from it, so that leaf
 * components never ask Office themselves.
 */
export type HostInfo =
  | { readonly kind: "word"; readonly lang: Lang; readonly wordApi13: boolean; readonly wordApi14: boolean; readonly dark: boolean; readonly customXmlParts?: true }
  | { readonly kind: "browser"; readonly lang: Lang; readonly dark: boolean };

/** The slice of the Office global the pane reads; lets tests pass a fake. */
export interface OfficeLike {
  readonly context?: {
    readonly host?: unknown;
    readonly displayLanguage?: string;
    readonly officeTheme?: { readonly bodyBackgroundColor?: string };
    readonly requirements?: { isSetSupported(name: string, version?: string): boolean };
  };
}

/** German unless Office is set to English: the add-in is German-first. */
export function languageOf(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "de";
}

function isDark(background: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background ?? "");
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h as string, 16)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

/** `previewLanguage` decides the language outside Office (the browser preview), where there is no display language. */
export function detectHost(office: OfficeLike | undefined, previewLanguage?: string): HostInfo {
  const ctx = office?.context;
  const dark = isDark(ctx?.officeTheme?.bodyBackgroundColor);
  if (!ctx?.host || !ctx.requirements) return { kind: "browser", lang: languageOf(previewLanguage), dark };
  return {
    kind: "word",
    lang: languageOf(ctx.displayLanguage),
    wordApi13: ctx.requirements.isSetSupported("WordApi", "1.3"),
    wordApi14: ctx.requirements.isSetSupported("WordApi", "1.4"),
    // The Common API's custom XML parts (Office 2013 and later) carry the metadata part where WordApi 1.4 is missing.
    ...(ctx.requirements.isSetSupported("CustomXmlParts", "1.1") ? { customXmlParts: true as const } : {}),
    dark,
  };
}
