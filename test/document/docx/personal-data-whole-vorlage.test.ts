import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import type { Finding } from "../../../src/core/validation/finding";
import { validate } from "../../../src/core/validation/validate";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { formatFinding } from "../../../src/i18n/format-finding";
import { docxFromBody, paragraphXml } from "../../fixtures/docx";
import { typedDocx } from "../../fixtures/typed-docx";

const MAIL = "erika.beispiel@gmx.de";
const PHONE = "0176 98765432";
const IBAN = "DE89 3704 0044 0532 0130 00";

/** A Vorlage as another town types it: a decision, then a Sachverhalt or Begründung in prose, signed. */
const vorlage = (sitzung: string, prose: readonly string[], heading = "Sachverhalt:"): Uint8Array =>
  typedDocx([
    "Stadt Musterhausen",
    "Der Bürgermeister",
    "Vorlage Nr. 0345/2025",
    ...(sitzung ? [sitzung] : []),
    "Betreff: Sanierung der Turnhalle der Grundschule Am Weiher",
    "Beschlussvorschlag:",
    "Der Rat der Stadt beschließt:",
    "1. Die Turnhalle der Grundschule Am Weiher wird in den Sommerferien 2026 saniert.",
    "2. Die Verwaltung wird beauftragt, die Bauleistungen auszuschreiben.",
    heading,
    ...prose,
    "Musterhausen, 12.08.2025",
    "Der Bürgermeister",
    "gez. Schmitz",
  ]);

const checked = (bytes: Uint8Array): readonly Finding[] => {
  const read = DocxDocument.open(bytes).read(WIESBADEN);
  return [...validate(read.vorlage, WIESBADEN), ...read.findings];
};
const personal = (fs: readonly Finding[]) => fs.filter((f) => f.code.startsWith("personal-data-"));

describe("personal data anywhere in a public Vorlage, not only in its clauses (issue 24, item 4)", () => {
  it("warns of a private mailbox and mobile number in the Sachverhalt, naming the part and paragraph", () => {
    const fs = personal(checked(vorlage("", ["Die Turnhalle wurde 1974 errichtet.", `Rückfragen an Frau Erika Beispiel, ${MAIL}, Tel. ${PHONE}.`])));
    expect(fs.map((f) => f.code).sort()).toEqual(["personal-data-email", "personal-data-telefon"]);
    const words = fs.map((f) => formatFinding(f, "de", WIESBADEN));
    for (const w of words) {
      expect(w).toContain("im Teil „Sachverhalt“, Absatz 2,");
      expect(w).toContain("gilt daher als öffentlich");
      expect(w).not.toContain(MAIL);
      expect(w).not.toContain("98765432");
    }
    expect(formatFinding(fs[0] as Finding, "en", WIESBADEN)).toContain('in the part "Sachverhalt", paragraph 2');
  });

  it("warns of a valid IBAN and a date of birth in the Begründung of a public Vorlage", () => {
    const fs = personal(checked(vorlage("Gremium: Rat der Stadt     Sitzung am: 18.09.2025     öffentlich", ["Die Tafel versorgt wöchentlich rund 1.200 Personen.", `Kontoverbindung des Vorsitzenden: ${IBAN}, geboren am 14.02.1961.`], "Begründung")));
    expect(fs.map((f) => f.code).sort()).toEqual(["personal-data-geburtsdatum", "personal-data-iban"]);
    expect(formatFinding(fs[0] as Finding, "de", WIESBADEN)).toContain("im Teil „Begründung“, Absatz 2,");
    expect(fs.every((f) => f.severity === "warning")).toBe(true);
  });

  it("says nothing of the same text in a Vorlage for the non-public part", () => {
    expect(personal(checked(vorlage("Gremium: Rat der Stadt     Sitzung am: 18.09.2025     nichtöffentlich", [`Rückfragen an Frau Erika Beispiel, ${MAIL}, Tel. ${PHONE}.`])))).toEqual([]);
  });

  it("leaves the administration's own contact data in the signature alone, and finds nothing in plain Sachverhalt prose", () => {
    const bytes = typedDocx([
      "Vorlage Nr. 0345/2025",
      "Betreff: Sanierung der Turnhalle",
      "Der Rat der Stadt beschließt:",
      "1. Die Turnhalle wird saniert.",
      "Sachverhalt:",
      "Die Turnhalle wurde 1974 errichtet; die Kosten von 450.000 € trägt das Produkt 08.01.01.",
      "Wiesbaden, 12.08.2025",
      "gez. Schmitz",
      "Tel. 0611 31-2345, schmitz@wiesbaden.de",
    ]);
    expect(personal(checked(bytes))).toEqual([]);
  });

  it("takes the office's numbers in a letterhead laid out as a table above the Betreff as its own, and still checks the header below it", () => {
    const cells = (a: string, b: string) => `<w:tr><w:tc><w:p><w:r><w:t>${a}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>${b}</w:t></w:r></w:p></w:tc></w:tr>`;
    const bytes = docxFromBody(
      `<w:tbl>${cells("Landeshauptstadt München Referat für Klima- und Umweltschutz", "Telefon: 089 233-41870 Telefax: 089 233-41877")}</w:tbl>` +
        [
          "Unterhalt der Gewässerrandstreifen",
          "Sitzungsvorlage Nr. 20-26 / V 09412",
          "Antragsteller: Herr Max Muster, Mobil 0176 12345678",
          "II. Antrag der Referentin",
          "1. Der Stadtrat nimmt vom Vortrag der Referentin Kenntnis.",
        ]
          .map(paragraphXml)
          .join(""),
    );
    const fs = personal(checked(bytes));
    expect(fs.map((f) => [f.code, f.params["stelle"]])).toEqual([["personal-data-telefon", "kopf"]]);
  });

  it("tells a private mobile number in a header line above the Betreff from the office's landline numbers", () => {
    const bytes = typedDocx([
      "Stadt Musterhausen",
      "Fachbereich Bauen, Telefon 02345 678-201",
      "Ortsvorsteher Hans Beispiel, Mobil 0171 2345678",
      "Vorlage Nr. 0346/2025",
      "Betreff: Neue Bänke am Dorfplatz",
      "Beschlussvorschlag:",
      "1. Am Dorfplatz werden zwei Bänke aufgestellt.",
    ]);
    expect(personal(checked(bytes)).map((f) => [f.code, f.params["stelle"], f.params["anzahl"]])).toEqual([["personal-data-telefon", "kopf", 1]]);
  });

  it("lets a profile turn a kind off outside the clauses too", () => {
    const profile = { ...WIESBADEN, severity: { ...WIESBADEN.severity, "personal-data-telefon": "off" as const } };
    const read = DocxDocument.open(vorlage("", [`Rückfragen an Frau Erika Beispiel, Tel. ${PHONE}.`])).read(profile);
    expect(personal(read.findings)).toEqual([]);
  });
});
