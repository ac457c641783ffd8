/**
 * Street addresses as written, apart from the detector that decides whether one is a
 * person's home (address.ts): the profile's own buildings (own-contacts.ts) are read with
 * the same grammar, and neither of those two needs to import the other for it.
 */

/** A street address as written: „Adolfsallee 27, 65185 Wiesbaden“, „Am Weinberg 3“. */
export interface StreetAddress {
  readonly street: string;
  readonly number: string;
  readonly postcode?: string;
  readonly place?: string;
}

/** A capitalised name, hyphenated parts allowed: of a street or a person. */
export const NAME = "[A-ZÄÖÜ][\\p{L}]*(?:-[A-ZÄÖÜ\\p{Ll}][\\p{L}]*)*";
export const SUFFIX = "straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|pfad|steig|chaussee|promenade|tal|graben|wall";
export const SEPARATE = "Straße|Strasse|Str\\.|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer|Pfad|Chaussee|Promenade|Landstraße";
export const LEADING = "Am|An der|An den|Auf der|Auf dem|Im|In der|Zum|Zur|Hinter der|Unter den|Alte|Alter|Neue|Neuer";
const STREET =
  `(?:(?:${LEADING})[ ]${NAME}` +
  `|[A-ZÄÖÜ][\\p{L}-]*(?:${SUFFIX})` +
  `|[A-ZÄÖÜ][\\p{L}-]*-(?:${SEPARATE})` +
  `|${NAME}(?:er|sche|scher|schen)?[ ](?:${SEPARATE}))`;
const NUMBER = "\\d{1,4}[ ]?[a-z]?(?:[ ]?[-–][ ]?\\d{1,4}[a-z]?)?";
const PLACE = "(?:,?[ ](?:in[ ])?(\\d{5})[ ](" + NAME + "))?";
/** A street and house number, then optionally postcode and place: groups street, number, postcode, place. */
export const ADDRESS_SOURCE = `(?<![\\p{L}-])(${STREET})[ ](${NUMBER})(?![\\d\\p{L}])${PLACE}`;

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
