import type { FoundAmount } from "../german/money";

/**
 * „in den Jahren 2027 und 2028 … jeweils 145.000 Euro jährlich“: „jeweils“ before an amount usually makes it a per-unit
 * figure („jeweils 5.000 € je Schule“), no Betrag. Followed by a yearly word it says the same sum in each year: the
 * yearly amount the decision commits.
 */
export function eachYear(text: string, a: FoundAmount): boolean {
  const before = text.slice(Math.max(0, a.index - 16), a.index);
  const after = text.slice(a.index + a.text.length, a.index + a.text.length + 20);
  return /(?<!\p{L})jeweils\s*$/u.test(before) && /^\s*(?:jährlich|pro Jahr|je Jahr|im Jahr)\b/u.test(after);
}
