import type { PersonalDataHit } from "./kinds";
import type { OwnContacts } from "./own-contacts";

// Bounded as RFC 5321 bounds an address (local part 64, a label 63 characters): unbounded repeats
// backtracked over a 5 MB word without spaces until the regular expression's stack ran out.
const ADDRESS = /(?<![\w.%+-])([A-Za-z0-9._%+-]{1,64})@((?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24})(?![\w-])/gu;

/**
 * E-mail addresses of persons in a text. Not personal data: every address at one of the
 * administration's domains (a functional mailbox, or a member of staff's official address) and
 * functional mailboxes elsewhere (info@, kontakt@ and the profile's own, such as amt20@).
 */
export function findPersonalEmails(text: string, own: OwnContacts): readonly PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  if (!text.includes("@")) return hits;
  for (const m of text.matchAll(ADDRESS)) {
    const local = m[1] as string;
    const domain = (m[2] as string).toLowerCase();
    if (own.domains.some((d) => domain === d || domain.endsWith(`.${d}`))) continue;
    if (own.functionalMailbox.test(local)) continue;
    hits.push({ kind: "email", start: m.index, end: m.index + m[0].length });
  }
  return hits;
}
