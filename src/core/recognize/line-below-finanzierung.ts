import type { Role } from "./decode/roles";

/**
 * A line no part claims (the decoder's „other“) right below the Finanzierung's last line, which speaks of money or
 * of its Umsetzung: it goes on with the Finanzierung. „Die haushaltstechnische Umsetzung erfolgt durch Dezernat
 * III/20.“ under a Finanzierung *table* was left to no part, so the check said nobody was named, and named the
 * sentence as unassigned (fifth tryout); under a Finanzierung line it was read. `previous`: whether the nearest line
 * above with text was taken as the Finanzierung's; `money`: the caller's test of money words.
 */
export function continuesFinanzierung(text: string, role: Role, previous: boolean, money: RegExp): boolean {
  return role === "other" && previous && text !== "" && money.test(text);
}
