import { formatDate, isValidIsoDate } from "../core/german/dates";
import { formatAmount } from "../core/german/money";
import type { MoneyStyle } from "../core/profile/profile";
import type { Lang } from "./format-finding";

const groupEnglish = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/**
 * An amount as the reader of a message reads it. German output keeps the profile's house style,
 * the way the Vorlage prints it ("12.400 €"); English output writes "€12,400" or "€12,400.50",
 * because "12.400 €" reads as twelve euros forty to an English reader.
 */
export function amountForReader(cents: number, lang: Lang, style: MoneyStyle): string {
  if (lang === "de") return formatAmount(cents, style);
  formatAmount(cents, style); // the same refusal of a value that is no whole number of cents
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const rest = abs % 100;
  const euros = groupEnglish(Math.floor(abs / 100));
  return `${sign}€${style.decimals === "always" || rest !== 0 ? `${euros}.${String(rest).padStart(2, "0")}` : euros}`;
}

/**
 * A date as the reader of a message reads it: the house style in German output, ISO 8601 in
 * English output (12.03.2027 and 03/12/2027 are read differently on either side of the Atlantic).
 * A value that is no valid date is shown as it was found.
 */
export function dateForReader(iso: string, lang: Lang, style: "numeric" | "long"): string {
  if (!isValidIsoDate(iso)) return iso;
  return lang === "de" ? formatDate(iso, style) : iso;
}
