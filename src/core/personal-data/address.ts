import type { PersonalDataHit } from "./kinds";
import type { OwnContacts } from "./own-contacts";
import { ADDRESS_SOURCE, addressKey, LEADING, NAME, SEPARATE, SUFFIX, type StreetAddress } from "./street-address";

const ADDRESS = new RegExp(ADDRESS_SOURCE, "gu");
/**
 * What every address contains: a street word („…straße“, „Weg“, „Str.“ …) or a leading „Am“,
 * „In der“ … with its name, then a space and the house number's first digit. A text without it
 * holds no address, and the full pattern (tried at every position, with a look-behind and four
 * forms of street) need not run over it. Before, any word before a digit let it run: nearly every
 * clause („von 1.000 €“, „Ziffer 2“), 11 % of `diff`'s time. In the cases the full pattern
 * has (it ignores no case): a street word as a suffix („…straße“) or a word of its own
 * („Straße“), and a capital „Am“, „Im“ …: ignoring case let „im Jahr 2025“ through, and with it
 * nearly every clause that names a year.
 */
const STREET_THEN_NUMBER = new RegExp(`(?:${SUFFIX}|${SEPARATE})[ ]\\d|(?:${LEADING})[ ][A-ZÄÖÜ][\\p{L}-]*[ ]\\d`, "u");

/** Words that say it is where a person lives, anywhere near the address. */
const RESIDENCE = /\b(?:wohnhaft|wohnt|wohnen|wohnte|Wohnanschrift|Wohnadresse|Privatanschrift|Privatadresse|Wohnsitz|Hauptwohnsitz|Nebenwohnsitz|Meldeanschrift|Meldeadresse|gemeldet)\b/iu;
/** „Anschrift“ counts only with a person in the sentence: „die Anschrift der neuen Kita“ is none. */
const ANSCHRIFT = /\b(?:Anschrift|Adresse)\b/iu;
const PERSON =
  /\b(?:Herr|Herrn|Frau|Eheleute|Familie|Antragsteller(?:in)?|Eigentümer(?:in)?|Petent(?:in)?|Bürger(?:in)?|Mieter(?:in)?|Einwender(?:in)?|Bewerber(?:in)?|Beschwerdeführer(?:in)?|Erbin|Erbe|Pächter(?:in)?)\b/u;
/** Roles in which a private person writes to the council. */
const ROLE = "Antragsteller(?:in)?|Einwender(?:in)?|Petent(?:in)?|Eigentümer(?:in)?|Beschwerdeführer(?:in)?|Bewerber(?:in)?|Mieter(?:in)?|Pächter(?:in)?";
/**
 * A person named right before the address: „Herr Jürgen Weiß, Bahnhofstraße 12“, „Eheleute
 * Schneider, Kirchgasse 5“, „Antragsteller: Heinz Gruber, Lahnstraße 9“.
 */
const NAMED_PERSON = new RegExp(
  `(?:(?:Herr|Herrn|Frau|Eheleute|Familie)[ ]|(?:${ROLE})[ ]?[:,]?[ ])(?:(?:Dr|Prof|Dipl\\.-\\p{L}+)\\.?[ ])*(?:${NAME}[ ]){0,3}${NAME}[ ]?[,:][ ]?$`,
  "u",
);
/**
 * Or named a little earlier, with only the person's contact data between („Frau Öztürk, Tel.: …,
 * E-Mail: …, Rheingaustraße 20, 65203 Wiesbaden“): then the address must be written in full, with
 * postcode and place.
 */
const PERSON_THEN_CONTACTS = new RegExp(
  `(?:Herr|Herrn|Frau|Eheleute|Familie)[ ](?:${NAME}[ ]?){1,3},[ ](?:(?:Tel\\.|Telefon|Fax|Mobil|E-Mail|Mail)[^,;]{0,60},[ ]?){1,4}$`,
  "u",
);

/**
 * Private home addresses in a text: a street and house number where the text says someone lives
 * there („wohnhaft“, „Wohnanschrift“), gives a person's „Anschrift“, or names a person right
 * before it. The administration's own buildings (the profile's addresses) and places of
 * projects („die Kita in der Blücherstraße 17“) are no personal data.
 */
export function findHomeAddresses(text: string, own: OwnContacts): readonly PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  if (!STREET_THEN_NUMBER.test(text)) return hits;
  for (const m of text.matchAll(ADDRESS)) {
    const address: StreetAddress = { street: m[1] as string, number: m[2] as string };
    if (own.addresses.has(addressKey(address))) continue;
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const around = before + text.slice(end, end + 40);
    const personal =
      RESIDENCE.test(around) ||
      (ANSCHRIFT.test(before) && PERSON.test(text.slice(Math.max(0, m.index - 120), end + 40))) ||
      NAMED_PERSON.test(before) ||
      (m[3] !== undefined && PERSON_THEN_CONTACTS.test(text.slice(Math.max(0, m.index - 160), m.index)));
    if (personal) hits.push({ kind: "anschrift", start: m.index, end });
  }
  return hits;
}
