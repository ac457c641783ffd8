import type { PersonalDataHit } from "./kinds";
import type { OwnContacts } from "./own-contacts";

/** A street address as written: „Adolfsallee 27, 65185 Wiesbaden“, „Am Weinberg 3“. */
export interface StreetAddress {
  readonly street: string;
  readonly number: string;
  readonly postcode?: string;
  readonly place?: string;
}

const NAME = "[A-ZÄÖÜ][\\p{L}]*(?:-[A-ZÄÖÜ\\p{Ll}][\\p{L}]*)*";
const SUFFIX = "straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|pfad|steig|chaussee|promenade|tal|graben|wall";
const SEPARATE = "Straße|Strasse|Str\\.|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer|Pfad|Chaussee|Promenade|Landstraße";
const LEADING = "Am|An der|An den|Auf der|Auf dem|Im|In der|Zum|Zur|Hinter der|Unter den|Alte|Alter|Neue|Neuer";
const STREET =
  `(?:(?:${LEADING})[ ]${NAME}` +
  `|[A-ZÄÖÜ][\\p{L}-]*(?:${SUFFIX})` +
  `|[A-ZÄÖÜ][\\p{L}-]*-(?:${SEPARATE})` +
  `|${NAME}(?:er|sche|scher|schen)?[ ](?:${SEPARATE}))`;
const NUMBER = "\\d{1,4}[ ]?[a-z]?(?:[ ]?[-–][ ]?\\d{1,4}[a-z]?)?";
const PLACE = "(?:,?[ ](?:in[ ])?(\\d{5})[ ](" + NAME + "))?";
const ADDRESS_SOURCE = `(?<![\\p{L}-])(${STREET})[ ](${NUMBER})(?![\\d\\p{L}])${PLACE}`;
const ADDRESS = new RegExp(ADDRESS_SOURCE, "gu");

/** Reads one address, the whole text; undefined when it is none. */
export function parseAddress(text: string): StreetAddress | undefined {
  const m = new RegExp(`^${ADDRESS_SOURCE}$`, "u").exec(text.trim());
  if (m === null) return undefined;
  return { street: m[1] as string, number: m[2] as string, postcode: m[3], place: m[4] };
}

/** Street and number, the same however written: „Schloßplatz 6“ = „Schlossplatz 6“, „Waldstr. 17a“ = „Waldstraße 17 a“. */
export function addressKey(a: StreetAddress): string {
  const street = a.street
    .toLowerCase()
    .replace(/ß/gu, "ss")
    .replace(/str\.$/u, "strasse")
    .replace(/[\s-]/gu, "");
  return `${street}|${a.number.replace(/\s/gu, "")}`;
}

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
