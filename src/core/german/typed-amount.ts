/**
 * An amount as a person types it into a form field: „1000“, „1.000“, „1.000,50“, „1000,00“,
 * „1000 €“, „1.000 EUR“, „1 000 €“, „€ 1.000“. Apart from money.ts on purpose: reading a
 * document must never take a bare number („2024“, „1.000“ Einwohner) for an amount, while a
 * field labelled „Betrag“ may. Input that a German and an English reader would understand
 * differently („1.00“, „1,000“, „1,000.50“) is refused as ambiguous rather than guessed.
 */
export type TypedAmount =
  | { readonly ok: true; readonly cents: number }
  | { readonly ok: false; readonly problem: TypedAmountProblem };

/**
 * Why a typed amount was refused: `ambiguous` (separators a reader could take either way),
 * `invalid` (not an amount at all), `tooLarge` (beyond exact whole cents).
 */
export type TypedAmountProblem = "ambiguous" | "invalid" | "tooLarge";

const CURRENCY = String.raw`(?:€|EUR|Euro)`;
// Spaces as people and Word type them between groups: space, no-break space, narrow no-break space, thin space.
const GROUP_SPACE = "[ \u00a0\u202f\u2009]";
const BODY = new RegExp(String.raw`^(?:${CURRENCY}${GROUP_SPACE}*)?([\d., \u00a0\u202f\u2009\-–]+?)(?:${GROUP_SPACE}*${CURRENCY})?$`, "u");
const GROUPED_DOTS = /^\d{1,3}(?:\.\d{3})+$/;
const GROUPED_SPACES = new RegExp(String.raw`^\d{1,3}(?:${GROUP_SPACE}\d{3})+$`, "u");

/**
 * The amount a form field holds, in whole cents; undefined for an empty field (empty is not
 * an input problem, the checks of the Vorlage say whether a Betrag is needed).
 */
export function parseTypedAmount(text: string): TypedAmount | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const m = BODY.exec(trimmed);
  if (!m) return { ok: false, problem: "invalid" };
  const number = m[1] as string;
  // A dot after a comma („1,000.50“) is the English way round.
  const comma = number.indexOf(",");
  if (comma !== number.lastIndexOf(",")) return { ok: false, problem: number.includes(".") ? "ambiguous" : "invalid" };
  const whole = comma < 0 ? number : number.slice(0, comma);
  const fraction = comma < 0 ? undefined : number.slice(comma + 1);
  if (fraction !== undefined && fraction.includes(".")) return { ok: false, problem: "ambiguous" };
  let digits: string;
  if (/^\d+$/.test(whole)) digits = whole;
  else if (GROUPED_DOTS.test(whole)) digits = whole.replace(/\./g, "");
  else if (GROUPED_SPACES.test(whole)) digits = whole.replace(/\D/g, "");
  // A dot that does not group thousands („1.00“, „1.5“) reads as an English decimal point.
  else if (/^\d+(?:\.\d+)+$/.test(whole)) return { ok: false, problem: "ambiguous" };
  else return { ok: false, problem: "invalid" };
  let cents = 0;
  if (fraction !== undefined) {
    if (fraction === "-" || fraction === "--" || fraction === "–") cents = 0;
    else if (/^\d{1,2}$/.test(fraction)) cents = Number(fraction.padEnd(2, "0"));
    // „1,000“: three digits after a comma are English thousands as often as German decimals.
    else if (/^\d{3,}$/.test(fraction)) return { ok: false, problem: "ambiguous" };
    else return { ok: false, problem: "invalid" };
  }
  const total = Number(digits) * 100 + cents;
  if (!Number.isSafeInteger(total) || digits.length > 16) return { ok: false, problem: "tooLarge" };
  return { ok: true, cents: total };
}
