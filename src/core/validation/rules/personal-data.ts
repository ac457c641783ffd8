import { findPersonalData } from "../../personal-data/find-personal-data";
import { PERSONAL_DATA_KINDS, type PersonalDataKind } from "../../personal-data/kinds";
import { ownContactsOf, type OwnContacts } from "../../personal-data/own-contacts";
import { findMobileNumbers } from "../../personal-data/telephone";
import type { Vorlage } from "../../model/vorlage";
import type { Profile } from "../../profile/profile";
import type { Decoded } from "../../recognize/decode/roles";
import type { Finding, FindingLocation, FindingParams } from "../finding";
import { field, type Hit, type Rule } from "../rule";
import { byText } from "../../text-memo";

/** The finding code for each kind: one code each, so that a city can turn one kind off. */
export const PERSONAL_DATA_CODES: Readonly<Record<PersonalDataKind, string>> = {
  iban: "personal-data-iban",
  telefon: "personal-data-telefon",
  email: "personal-data-email",
  geburtsdatum: "personal-data-geburtsdatum",
  "steuer-id": "personal-data-steuer-id",
  anschrift: "personal-data-anschrift",
};

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
  check: ({ vorlage: v, profile }) => {
    if (v.header.sitzungsart === "nichtoeffentlich") return [];
    const own = ownContacts(profile);
    const sitzungsart = sitzungsartParam(v);
    const hits: Hit[] = [];
    /** One finding per kind found at a place, in the kinds' order. */
    const report = (counts: Counts | undefined, location: FindingLocation): void => {
      if (counts === undefined) return;
      for (const kind of PERSONAL_DATA_KINDS) {
        const anzahl = counts.get(kind);
        if (anzahl !== undefined) hits.push({ code: PERSONAL_DATA_CODES[kind], location, params: { ...sitzungsart, anzahl } });
      }
    };
    // The texts a Vorlage publishes, place by place: the Betreff, every clause with its
    // Unterpunkte, the profile's blocks, the Verteiler and the notes of earlier decisions. The
    // Zeichnung is left out on purpose: it names staff, whose names and official contact data
    // are no personal data here. A place's location is made only where something was found.
    report(countIn(v.header.betreff, own, undefined), field("header.betreff"));
    for (const s of v.sections)
      for (const c of s.clauses) {
        let counts = countIn(c.text, own, undefined);
        for (const u of c.unterpunkte ?? []) counts = countIn(u.text, own, counts);
        if (counts !== undefined) report(counts, { type: "clause", id: c.id });
      }
    for (const [block, values] of Object.entries(v.bloecke))
      for (const [f, value] of Object.entries(values)) {
        const counts = countIn(value, own, undefined);
        if (counts !== undefined) report(counts, { type: "block", block, field: f });
      }
    for (const e of v.verteiler) {
      const counts = countIn(e.empfaenger, own, undefined);
      if (counts !== undefined) report(counts, { type: "entry", list: "verteiler", id: e.id });
    }
    for (const b of v.bezuege) {
      const counts = countIn(b.vermerk, own, undefined);
      if (counts !== undefined) report(counts, { type: "entry", list: "bezuege", id: b.id });
    }
    return hits;
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

/** How often each kind was found at one place; undefined while nothing was. */
type Counts = Map<PersonalDataKind, number>;

/** What one text holds: computed once for a text both versions of a diff share (src/core/text-memo.ts). */
const personalDataIn = byText(findPersonalData);

/** Adds what one text of a place holds to the place's counts: one finding per kind and place. */
function countIn(text: string, own: OwnContacts, counts: Counts | undefined): Counts | undefined {
  let out = counts;
  for (const found of personalDataIn(text, own)) {
    out ??= new Map<PersonalDataKind, number>();
    out.set(found.kind, (out.get(found.kind) ?? 0) + 1);
  }
  return out;
}

/** The kinds found in one text, with how often. */
function hitsIn(text: string, own: OwnContacts): readonly { readonly code: string; readonly anzahl: number }[] {
  const found = countIn(text, own, undefined);
  if (found === undefined) return [];
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
    const hits = hitsIn(line.text, own);
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
