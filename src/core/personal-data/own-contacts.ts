import { InvalidProfileError } from "../errors";
import type { OwnContactsDecl } from "../profile/profile";
import { addressKey, parseAddress } from "./street-address";
import { telephoneDigits } from "./telephone-digits";

/**
 * The administration's own contact data, prepared once for the detectors: domains in lower
 * case, number prefixes as international digits („0611 31“ → „4961131“), buildings as
 * street-and-number keys, functional mailboxes as one expression.
 */
export interface OwnContacts {
  readonly domains: readonly string[];
  readonly telephonePrefixes: readonly string[];
  readonly addresses: ReadonlySet<string>;
  readonly functionalMailbox: RegExp;
}

/**
 * Local parts that name a function, not a person, at any domain: a club's info@, a
 * foundation's kontakt@. A profile adds its own (amt20@).
 */
const GENERIC_MAILBOXES = [
  "info",
  "kontakt",
  "post",
  "poststelle",
  "mail",
  "office",
  "service",
  "buero",
  "geschaeftsstelle",
  "sekretariat",
  "verwaltung",
  "vorstand",
  "presse",
  "redaktion",
  "anfrage",
  "anfragen",
  "anmeldung",
  "buergerservice",
  "webmaster",
  "datenschutz",
  "noreply",
  "no-reply",
  "team",
  "zentrale",
];

/**
 * Reads the profile's declaration; what it cannot use is a mistake in the profile and is
 * refused with its JSON pointer.
 */
export function ownContactsOf(decl: OwnContactsDecl | undefined): OwnContacts {
  const addresses = new Set<string>();
  (decl?.addresses ?? []).forEach((text, i) => {
    const address = parseAddress(text);
    if (address === undefined) throw new InvalidProfileError(`/ownContacts/addresses/${i}`, `"${text}" is not read as street and house number`, { kind: "not-an-address", text });
    addresses.add(addressKey(address));
  });
  const own = decl?.functionalMailboxes ?? [];
  own.forEach((source, i) => {
    try {
      new RegExp(source, "u");
    } catch (e) {
      throw new InvalidProfileError(`/ownContacts/functionalMailboxes/${i}`, `not a regular expression (${(e as Error).message})`, { kind: "not-a-pattern" });
    }
  });
  return {
    domains: (decl?.domains ?? []).map((d) => d.toLowerCase()),
    telephonePrefixes: (decl?.telephonePrefixes ?? []).map(telephoneDigits),
    addresses,
    functionalMailbox: new RegExp(`^(?:${[...GENERIC_MAILBOXES, ...own].join("|")})$`, "iu"),
  };
}
