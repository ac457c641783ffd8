import fc from "fast-check";
import type { Vorlage } from "../../../../src/core/model/vorlage";
import { findPersonalData } from "../../../../src/core/personal-data/find-personal-data";
import { ownContactsOf } from "../../../../src/core/personal-data/own-contacts";
import { MAY_HOLD_PERSONAL_DATA } from "../../../../src/core/validation/rules/personal-data";
import { KARLSRUHE, WIESBADEN } from "../../../../src/core/profile/builtin-profiles";
import type { Profile } from "../../../../src/core/profile/profile";
import { isComplete } from "../../../../src/core/validation/finding";
import { validate } from "../../../../src/core/validation/validate";
import { formatFinding } from "../../../../src/i18n/format-finding";
import { completeVorlage } from "../../../fixtures/builders";
import { PERSONAL_DATA_SENTENCES } from "../../../fixtures/personal-data/sentences";

const IBAN = "DE94 6923 2321 2407 7108 27";
const PHONE = "0171 2345678";
const MAIL = "anna.meier@gmx.de";
const BIRTH = "12.03.1968";
const TAX_ID = "87 961 462 032";
const HOME = "Adolfsallee 27, 65185 Wiesbaden";

/** The complete fixture (public) with one more decision clause, and the Sitzungsart given ("none": not stated). */
const withClause = (text: string, art: Vorlage["header"]["sitzungsart"] | "none" = "oeffentlich"): Vorlage => {
  const sitzungsart = art === "none" ? undefined : art;
  const base = completeVorlage();
  const [k, b] = base.sections as [Vorlage["sections"][number], Vorlage["sections"][number]];
  return {
    ...base,
    header: { ...base.header, sitzungsart },
    sections: [k, { ...b, clauses: [...b.clauses, { id: "pd", text }] }],
  };
};

const personal = (v: Vorlage, profile: Profile = WIESBADEN) => validate(v, profile).filter((f) => f.code.startsWith("personal-data-"));

describe("personal data in a public Vorlage", () => {
  const everything =
    `Herr Jürgen Weiß, geb. am ${BIRTH}, wohnhaft ${HOME}, Tel. ${PHONE}, E-Mail ${MAIL}, ` +
    `Steuer-ID ${TAX_ID}, erhält 500 € auf das Konto ${IBAN}.`;

  it("warns of each kind at the clause it stands in", () => {
    expect(personal(withClause(everything))).toEqual(
      ["iban", "telefon", "email", "geburtsdatum", "steuer-id", "anschrift"].map((kind) => ({
        code: `personal-data-${kind}`,
        severity: "warning",
        location: { type: "clause", id: "pd" },
        params: { sitzungsart: "oeffentlich", anzahl: 1 },
      })),
    );
  });

  it("never carries the value: no parameter and no message, German or English, contains it", () => {
    const findings = personal(withClause(everything, "none"));
    expect(findings).toHaveLength(6);
    expect(findings.every((f) => f.params["sitzungsart"] === "nicht-angegeben")).toBe(true);
    const values = [IBAN, IBAN.replace(/ /g, ""), PHONE, MAIL, BIRTH, TAX_ID, TAX_ID.replace(/ /g, ""), "Adolfsallee", "65185", "Weiß"];
    for (const f of findings) {
      const texts = [...Object.values(f.params).map(String), formatFinding(f, "de", WIESBADEN), formatFinding(f, "en", WIESBADEN)];
      for (const text of texts) for (const value of values) expect(text).not.toContain(value);
    }
  });

  it("says so when the Sitzungsart is not stated, and then counts the Vorlage as public", () => {
    const [f] = personal(withClause(`Tel. ${PHONE}`, "none"));
    expect(f?.params).toEqual({ sitzungsart: "nicht-angegeben", anzahl: 1 });
    expect(formatFinding(f!, "de", WIESBADEN)).toBe(
      "Die Sitzungsart ist nicht angegeben; die Vorlage gilt daher als öffentlich. Sie enthält hier eine private Telefonnummer. " +
        "Personenbezogene Daten gehören nicht in eine öffentliche Vorlage: bitte entfernen oder in eine nichtöffentliche Anlage aufnehmen.",
    );
    expect(formatFinding(f!, "en", WIESBADEN)).toMatch(/^The type of session is not stated, so the proposal counts as public\. It contains a private telephone number here\./);
  });

  it("says nothing in a Vorlage for the non-public part", () => {
    expect(personal(withClause(everything, "nichtoeffentlich"))).toEqual([]);
  });

  it("gives one finding per kind and place, with the count", () => {
    const [f, ...rest] = personal(withClause(`Tel. ${PHONE} oder Tel. 0611 445566, privat Mobil 0160 98765432.`));
    expect(rest).toEqual([]);
    expect(f?.params["anzahl"]).toBe(3);
    expect(formatFinding(f!, "de", WIESBADEN)).toMatch(/^Die öffentliche Vorlage enthält hier 3 private Telefonnummern\./);
  });

  it("names the place: Betreff, Unterpunkt (as its clause), block field, Verteiler entry and Bezug", () => {
    const base = withClause("der Zuschuss gezahlt wird:");
    const [k, b] = base.sections as [Vorlage["sections"][number], Vorlage["sections"][number]];
    const v: Vorlage = {
      ...base,
      header: { ...base.header, betreff: `Ehrung von Frau Helga Brandt, geboren am 3. März 1945` },
      sections: [k, { ...b, clauses: b.clauses.map((c) => (c.id === "pd" ? { ...c, unterpunkte: [{ id: "u1", text: `auf das Konto ${IBAN}` }] } : c)) }],
      bloecke: { beteiligungen: { personalrat: "beteiligt", frauenbuero: "beteiligt", datenschutz: `beteiligt, Rückfragen an ${MAIL}` } },
      verteiler: [...base.verteiler, { id: "v2", empfaenger: `Herrn Jürgen Weiß, ${HOME.replace(", ", " ")}`, bitte: "kenntnisnahme" }],
      bezuege: [{ id: "z1", gremium: "Magistrat", datum: "2024-02-27", bp: "0106", vermerk: `Antrag von Frau Roth, Tel. ${PHONE}` }],
    };
    expect(personal(v).map((f) => [f.code, f.location])).toEqual([
      ["personal-data-geburtsdatum", { type: "field", field: "header.betreff" }],
      ["personal-data-iban", { type: "clause", id: "pd" }],
      ["personal-data-email", { type: "block", block: "beteiligungen", field: "datenschutz" }],
      ["personal-data-anschrift", { type: "entry", list: "verteiler", id: "v2" }],
      ["personal-data-telefon", { type: "entry", list: "bezuege", id: "z1" }],
    ]);
  });

  it("leaves the Zeichnung alone: staff sign with their names", () => {
    const v: Vorlage = { ...completeVorlage(), zeichnungen: [{ id: "z", ort: "Wiesbaden", datum: "2024-03-21", zusatz: "im Auftrag", name: "Dr. Anna Schmidt, Tel. 0171 2345678" }] };
    expect(personal(v)).toEqual([]);
  });

  it("does not report the administration's own numbers, mailboxes and buildings, by the profile", () => {
    const own = "Rückfragen an Frau Schmidt, Kämmerei, Schlossplatz 6, 65183 Wiesbaden, Tel. 0611 31-2345, amt20@wiesbaden.de.";
    expect(personal(withClause(own))).toEqual([]);
    // Karlsruhe's own prefix and domain are not Wiesbaden's.
    const ka = "Rückfragen an Herrn Weber, Tel. 0721 133-6101, martin.weber@karlsruhe.de.";
    expect(personal(withClause(ka), KARLSRUHE)).toEqual([]);
    expect(personal(withClause(ka)).map((f) => f.code)).toEqual(["personal-data-telefon", "personal-data-email"]);
  });

  it("does not change whether a Vorlage is complete: the findings are warnings", () => {
    const clean = completeVorlage();
    const dirty = withClause(everything);
    expect(isComplete(validate(clean, WIESBADEN))).toBe(true);
    expect(isComplete(validate(dirty, WIESBADEN))).toBe(true);
    expect(validate(dirty, WIESBADEN).filter((f) => !f.code.startsWith("personal-data-"))).toEqual(validate({ ...dirty, sections: clean.sections }, WIESBADEN));
  });

  it("can be turned off kind by kind in a profile", () => {
    const profile: Profile = { ...WIESBADEN, severity: { "personal-data-telefon": "off", "personal-data-iban": "info" } };
    expect(personal(withClause(`Tel. ${PHONE}, IBAN ${IBAN}`), profile).map((f) => [f.code, f.severity])).toEqual([["personal-data-iban", "info"]]);
  });

  it("finds nothing in the complete fixture", () => {
    expect(personal(completeVorlage())).toEqual([]);
  });

  describe("texts without a digit or „@“, which the rule does not search", () => {
    const own = ownContactsOf(WIESBADEN.ownContacts);

    it("every hit of every kind holds a digit or „@“, over the labelled set and the sentence with everything", () => {
      const texts = [everything, ...PERSONAL_DATA_SENTENCES.map((s) => s.text)];
      const hits = texts.flatMap((text) => findPersonalData(text, own).map((h) => ({ kind: h.kind, written: text.slice(h.start, h.end) })));
      expect(new Set(hits.map((h) => h.kind))).toEqual(new Set(["iban", "telefon", "email", "geburtsdatum", "steuer-id", "anschrift"]));
      expect(hits.filter((h) => !MAY_HOLD_PERSONAL_DATA.test(h.written))).toEqual([]);
    });

    it("no finder finds anything in a text with neither, however its words are put together", () => {
      const words = ["Herr", "Frau", "Jürgen Weiß", "geb. am", "geboren", "Geburtsdatum:", "*", "wohnhaft", "Adolfsallee", "Am Markt", "Straße", "str.", "Wiesbaden", "Tel.", "Telefon", "Mobil", "Fax", "+", "(", ")", "/", "-", "–", "IBAN", "DE", "AB CD", "Konto", "Steuer-ID", "IdNr", "E-Mail", "anna.meier", "gmx.de", "Mai", "März", "Nr.", ".", ",", ":", " ", "\t", "\n", "zwölf"];
      const text = fc.oneof(
        fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((w) => w.join(" ")),
        fc.string({ unit: "grapheme", maxLength: 80 }).map((t) => t.replace(/[0-9@]/g, "")),
      );
      fc.assert(
        fc.property(text, (t) => {
          expect(MAY_HOLD_PERSONAL_DATA.test(t)).toBe(false);
          expect(findPersonalData(t, own)).toEqual([]);
        }),
      );
    });

    it("a digit or „@“ anywhere in a clause's texts lets the rule search them all", () => {
      expect(personal(withClause(`E-Mail ${MAIL}`)).map((f) => f.code)).toEqual(["personal-data-email"]);
      expect(personal(withClause(`Tel. ${PHONE}`)).map((f) => f.code)).toEqual(["personal-data-telefon"]);
      expect(personal(withClause("Herr Jürgen Weiß, wohnhaft Am Markt, Tel. unbekannt"))).toEqual([]);
    });
  });
});
