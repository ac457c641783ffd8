import type { Profile } from "./profile";

/** A bare Dezernat id as cities write them: „VII“, „6“, „III/20“ is no id (an Amt), „Dez. 6“ already names itself. */
const BARE_ID = /^(?:[IVXLC]{1,6}|\d{1,3})$/u;

/**
 * How a Dezernat is named to a reader: „Dezernat VII“ for an id of the profile or a bare number,
 * and the value as the document stated it otherwise. A document of another city may name its
 * Federführung „Fachbereich 3 Sicherheit und Ordnung“ or „Dez. 4“; prefixing that gave
 * „Dezernat Fachbereich 3 …“ and „Dezernat Dez. 4“, which no document says.
 */
export function dezernatLabel(id: string, profile: Profile, space = " "): string {
  if (id === "") return "";
  const known = profile.dezernate.list.some((d) => d.id === id);
  return known || BARE_ID.test(id) ? `${profile.dezernate.prefix}${space}${id}` : id;
}
