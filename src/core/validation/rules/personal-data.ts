import { findPersonalData } from "../../personal-data/find-personal-data";
import { PERSONAL_DATA_KINDS, type PersonalDataKind } from "../../personal-data/kinds";
import { ownContactsOf, type OwnContacts } from "../../personal-data/own-contacts";
import { findMobileNumbers } from "../../personal-data/telephone";
import type { Vorlage } from "../../model/vorlage";
import type { Profile } from "../../profile/profile";
import type { Decoded } from "../../recognize/decode/roles";
import type { Finding, FindingLocation, FindingParams } from "../finding";
import { field, type Rule } from "../rule";

/** The finding code for each kind: one code each, so that a city can turn one kind off. */
export const PERSONAL_DATA_CODES: Readonly<Record<PersonalDataKind, string>> = {
  iban: "personal-data-iban",
  telefon: "personal-data-telefon",
  email: "personal-data-email",
  geburtsdatum: "personal-data-geburtsdatum",
  "steuer-id": "personal-data-steuer-id",
  anschrift: "personal-data-anschrift",
};

/** A text of the Vorlage and where a reader finds it. */
interface Place {
  readonly location: FindingLocation;
  readonly texts: readonly string[];
}

/**
 * The texts a Vorlage publishes, with their places: the Betreff, every clause with its
 * Unterpunkte, the profile's blocks, the Verteiler and the notes of earlier decisions. The
 * Zeichnung is left out on purpose: it names staff, whose names and official contact data are
 * no personal data here.
 */
function placesOf(v: Vorlage): readonly Place[] {
  return [
    { location: field("header.betreff"), texts: [v.header.betreff] },
    ...v.sections.flatMap((s) =>
      s.clauses.map((c): Place => ({ location: { type: "clause", id: c.id }, texts: [c.text, ...(c.unterpunkte ?? []).map((u) => u.text)] })),
    ),
    ...Object.entries(v.bloecke).flatMap(([block, values]) =>
      Object.entries(values).map(([f, value]): Place => ({ location: { type: "block", block, field: f }, texts: [value] })),
    ),
    ...v.verteiler.map((e): Place => ({ location: { type: "entry", list: "verteiler", id: e.id }, texts: [e.empfaenger] })),
    ...v.bezuege.map((b): Place => ({ location: { type: "entry", list: "bezuege", id: b.id }, texts: [b.vermerk] })),
  ];
}

/** Prepared once per profile: the profile is a value that does not change. */
const OWN_CONTACTS = new WeakMap<Profile, OwnContacts>();
function ownContacts(profile: Profile): OwnContacts {
  let own = OWN_CONTACTS.get(profile);
  if (own === undefined) {
    own = ownContactsOf(profile.ownContacts);
    OWN_CONTACTS.set(profile, own);
  }
  return own;
}

/**
 * A Vorlage for the public part of a sitting is published: it must not carry a private
 * person's IBAN, telephone number, mailbox, date of birth, tax id or home address (issue 24).
 * A Vorlage whose Sitzungsart is not stated counts as public, and the finding says so. The
 * finding names the kind and the place — never the value, which would only copy the data into
 * reports and logs. These are warnings: they do not decide whether a Vorlage is complete.
 */
export const personalData: Rule = {
  id: "personal-data",
  codes: Object.fromEntries(PERSONAL_DATA_KINDS.map((k) => [PERSONAL_DATA_CODES[k], "warning"])),
  check: ({ vorlage, profile }) => {
    const sitzungsart = vorlage.header.sitzungsart;
    if (sitzungsart === "nichtoeffentlich") return [];
    const own = ownContacts(profile);
    return placesOf(vorlage).flatMap((place) => hitsIn(place.texts, own).map((h) => ({ code: h.code, location: place.location, params: { ...sitzungsartParam(vorlage), anzahl: h.anzahl } })));
  },
};

const sitzungsartParam = (v: Vorlage): FindingParams => ({ sitzungsart: v.header.sitzungsart === "oeffentlich" ? "oeffentlich" : "nicht-angegeben" });

/**
 * Every kind looked for holds an ASCII digit (IBAN, tax id, telephone number, date of birth, the
 * house number of a home address) or an „@“ (a mailbox): a text with neither holds none, and is
 * not searched with the six kinds' patterns. Most clauses have no digit; checking a folder
 * searched every one of them six times over (test/core/validation/rules/personal-data.test.ts
 * holds the finders to this). findPersonalData asks it first (possible-kinds.ts), with what
 * else each kind needs.
 */
export { MAY_HOLD_PERSONAL_DATA } from "../../personal-data/possible-kinds";

/** The kinds found in the texts of one place, with how often: one finding per kind and place. */
function hitsIn(texts: readonly string[], own: OwnContacts): readonly { readonly code: string; readonly anzahl: number }[] {
  let counts: Map<PersonalDataKind, number> | undefined;
  for (const text of texts) {
    for (const found of findPersonalData(text, own)) {
      counts ??= new Map<PersonalDataKind, number>();
      counts.set(found.kind, (counts.get(found.kind) ?? 0) + 1);
    }
  }
  if (counts === undefined) return [];
  const found = counts;
  return PERSONAL_DATA_KINDS.flatMap((kind) => {
    const anzahl = found.get(kind);
    return anzahl === undefined ? [] : [{ code: PERSONAL_DATA_CODES[kind], anzahl }];
  });
}

/** A line of a read document with the role the recogniser gave it (a RecognizedLine fits). */
export interface ReadLine {
  readonly text: string;
  readonly decoded: Pick<Decoded, "role" | "head">;
}


/**
 * Where the model holds a line's text, the rule above checks it there (Betreff, clauses,
 * Verteiler, Bezüge); the letterhead, the Zeichnung and page furniture are the
 * administration's own (staff and their official contact data). Every other line is
 * published text the model does not hold: the header, the Beratungsfolge, Sachverhalt or
 * Begründung, the Finanzierung as written, the Anlagen, paragraphs nothing claimed.
 */
const CHECKED_ELSEWHERE: ReadonlySet<string> = new Set(["betreff", "clause", "sub-point", "verteiler", "bezug", "letterhead", "zeichnung", "furniture", "empty"]);

/** A part's heading as the reader sees it: „Begründung:“ → „Begründung“; of „Finanzielle Auswirkungen: Ja, …“ the words before the colon. */
function headingWords(text: string): string {
  const t = text.trim();
  const colon = t.indexOf(":");
  const words = (colon > 0 ? t.slice(0, colon) : t).trim();
  return words.length > 60 ? `${words.slice(0, 59)}…` : words;
}

/**
 * Personal data in the published text of a read document that the Vorlage does not hold —
 * a Sachverhalt or Begründung, the header, the Anlagen list, paragraphs recognition could not
 * place (issue 24, item 4: the whole Vorlage is published, not only its decision). The place
 * is named in words the reader finds it by: the part's heading as printed and the paragraph
 * under it („Begründung“, Absatz 1), the header, the Beratungsfolge, or the paragraph's
 * number in the document. Never the value. Severities as the validator gives them: the
 * profile may override or turn off each kind.
 */
export function personalDataInLines(lines: readonly ReadLine[], vorlage: Vorlage, profile: Profile): readonly Finding[] {
  if (vorlage.header.sitzungsart === "nichtoeffentlich") return [];
  const own = ownContacts(profile);
  const findings: Finding[] = [];
  let teil: string | undefined;
  let absatzImTeil = 0;
  let absatz = 0;
  // Above the Betreff, header lines are the letterhead however they are laid out (a two-column
  // table „Referat … | Telefon: 089 233-…“): the office's own contact data, not a person's.
  let belowLetterhead = false;
  const flat = (t: string) => t.replace(/\s+/gu, " ").trim();
  const betreff = flat(vorlage.header.betreff);
  /** A line the decoder took for a Betreff that the Vorlage's Betreff does not hold is a header line like any other. */
  const heldAsBetreff = (text: string) => betreff !== "" && (flat(text).includes(betreff) || betreff.includes(flat(text)));
  for (const line of lines) {
    const { head } = line.decoded;
    const role = line.decoded.role === "betreff" && !heldAsBetreff(line.text) ? "header-field" : line.decoded.role;
    if (line.text.trim() === "") continue;
    absatz += 1;
    if (role === "betreff" || (role !== "header-field" && role !== "letterhead" && role !== "beratungsfolge" && role !== "furniture")) belowLetterhead = true;
    if ((role === "header-field" && !belowLetterhead) || role === "letterhead") {
      // The letterhead's numbers are the office's own, but a mobile number there is a person's (telephone.ts).
      const mobiles = findMobileNumbers(line.text, own).length;
      const severity = profile.severity[PERSONAL_DATA_CODES.telefon] ?? "warning";
      if (mobiles > 0 && severity !== "off") findings.push({ code: PERSONAL_DATA_CODES.telefon, severity, location: { type: "document" }, params: { ...sitzungsartParam(vorlage), anzahl: mobiles, stelle: "kopf" } });
      continue;
    }
    const inPart = role === "sachverhalt" || role === "finanzierung" || role === "anlagen";
    if (head && inPart) {
      teil = headingWords(line.text);
      absatzImTeil = 0;
    } else if (inPart && teil !== undefined) absatzImTeil += 1;
    else if (!inPart) teil = undefined;
    if (CHECKED_ELSEWHERE.has(role)) continue;
    const hits = hitsIn([line.text], own);
    if (hits.length === 0) continue;
    const stelle: FindingParams =
      role === "header-field"
        ? { stelle: "kopf" }
        : role === "beratungsfolge"
          ? { stelle: "beratungsfolge" }
          : inPart && teil !== undefined
            ? { stelle: "teil", teil, absatz: absatzImTeil }
            : { stelle: "absatz", absatz };
    for (const h of hits) {
      const severity = profile.severity[h.code] ?? "warning";
      if (severity === "off") continue;
      findings.push({ code: h.code, severity, location: { type: "document" }, params: { ...sitzungsartParam(vorlage), anzahl: h.anzahl, ...stelle } });
    }
  }
  return findings;
}
