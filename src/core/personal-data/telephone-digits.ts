/**
 * A German telephone number as international digits without the plus: „0611 31-2345“,
 * „(0611) 312345“, „+49 (0) 611 312345“ and „0049 611 312345“ all become „49611312345“. Comparing digits lets the profile name a prefix once, however it is written.
 */
export function telephoneDigits(written: string): string {
  const digits = written.replace(/\(0\)/gu, "").replace(/\D/gu, "");
  if (written.trimStart().startsWith("+")) return digits;
  if (digits.startsWith("00")) return digits.slice(2);
  if (digits.startsWith("0")) return `49${digits.slice(1)}`;
  return digits;
}
