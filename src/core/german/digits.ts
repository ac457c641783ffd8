/**
 * German digits without Intl: a command that formats one amount would otherwise load ICU's
 * locale data first (`new Intl.NumberFormat("de-DE")` costs 45–60 ms in a fresh Node
 * process, more than the rest of `beschluss diff`). The output equals Intl's for de-DE
 * (test/core/german/digits.test.ts compares them).
 */

/** A whole number with "." between groups of three digits: 1234567 → "1.234.567". */
export function groupThousands(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`groupThousands takes a safe integer, not ${n}`);
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** A number with a decimal comma, at most `digits` places after it, no grouping: 33.33333 → "33,33" (digits 2). */
export function decimalComma(x: number, digits: number): string {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) throw new RangeError(`decimalComma takes a finite number below 1e21, not ${x}`);
  const fixed = x.toFixed(digits);
  const trimmed = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
  return trimmed.replace(".", ",");
}

/**
 * The share a percentage names, as the nearest number to the decimal written: „54,27“ → 0.5427.
 * Dividing by 100 instead rounds twice (54.27 / 100 is 0.5427000000000001), so a share printed as
 * „54,27 %“ and read back, or typed into the pane, would differ from the one written and make the
 * body disagree with the metadata part. Takes a decimal comma or point; anything else gives NaN.
 */
export function shareOfPercent(percent: string): number {
  const decimal = percent.trim().replace(",", ".");
  return /^[+-]?(?:\d+\.?\d*|\.\d+)$/u.test(decimal) ? Number(`${decimal}e-2`) : Number.NaN;
}
