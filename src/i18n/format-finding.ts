import type { Profile } from "../core/profile/profile";
import type { Finding } from "../core/validation/finding";
import type { Catalogue, MessageFormat } from "./catalogue";
import { DE } from "./messages-de";
import { EN } from "./messages-en";
import { nestGermanQuotes } from "./german-quotes";
import { amountForReader, dateForReader } from "./reader-formats";

export type Lang = "de" | "en";

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { de: DE, en: EN };

function formatterFor(catalogue: Catalogue, profile: Profile): MessageFormat {
  const label = (l: { de: string; en?: string } | undefined, fallback: string): string =>
    l === undefined ? fallback : catalogue.lang === "en" ? (l.en ?? l.de) : l.de;
  return {
    euro: (euros) => amountForReader(Math.round(euros * 100), catalogue.lang, profile.houseStyle.money),
    date: (iso) => dateForReader(iso, catalogue.lang, profile.houseStyle.date),
    field: (name) => catalogue.fields[name] ?? name,
    block: (id) => label(profile.blocks.find((b) => b.id === id)?.label, id),
    blockField: (block, field) => label(profile.blocks.find((b) => b.id === block)?.fields.find((f) => f.id === field)?.label, field),
  };
}

/** The sentence a user reads for a finding, in the house style of the profile. */
export function formatFinding(finding: Finding, lang: Lang, profile: Profile): string {
  const catalogue = CATALOGUES[lang];
  const message = catalogue.findings[finding.code];
  if (message === undefined) return `${finding.code}`;
  const text = message(finding.params, formatterFor(catalogue, profile));
  return lang === "de" ? nestGermanQuotes(text) : text;
}
