import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";
import { validate } from "../../../src/core/validation/validate";
import { document0057, HEAD_0057 } from "../../fixtures/tryout-0057";

/**
 * A Zweckverband's Beschlussvorlage whose head numbers it only by „Beschluss-Nr.:“ (Brandenburg's Verbände, Ämter): that
 * number is its Vorlagen-Nr. where no label gives another; a Vorlagen-Nr. label wins, and a record without a decision
 * part stays no Vorlage.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("k"));
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const decision = ["Beschlussvorschlag", "Die Verbandsversammlung beschließt die Vergabe."];

describe("„Beschluss-Nr.:“ at the head", () => {
  it("is the Vorlagen-Nr. where the head has no other number", () => {
    const r = read(["Beschlussvorlage", ...row(1, 0, ["Beschluss-Nr.:", "008/27"]), ...row(1, 1, ["Gremium:", "Verbandsversammlung"]), "Betreff", "Auftragsvergabe", ...decision]);
    expect(r.vorlage.header.vorlagenNr).toBe("008/27");
    expect(r.vorlage.header.beschlussNr).toBe("008/27");
  });

  it("gives way to a Vorlagen-Nr. label", () => {
    const r = read(["Beschlussvorlage", ...row(1, 0, ["Vorlagen-Nr.:", "BV/2027/12"]), ...row(1, 1, ["Beschluss-Nr.:", "008/27"]), "Betreff", "Auftragsvergabe", ...decision]);
    expect(r.vorlage.header.vorlagenNr).toBe("BV/2027/12");
  });

  it("is none where the head's Vorlagen-Nr. label is left empty", () => {
    const r = read(["Beschlussvorlage", ...row(1, 0, ["Vorlagen-Nr.:", ""]), ...row(1, 1, ["Beschluss-Nr.:", "008/27"]), "Betreff", "Auftragsvergabe", ...decision]);
    expect(r.vorlage.header.vorlagenNr).toBe("");
  });

  it("is no Vorlagen-Nr. of a record without a decision part", () => {
    const r = read(["Beschluss-Nr.: 008/27", "Die Verbandsversammlung hat die Vergabe beschlossen.", "Abstimmung: einstimmig"]);
    expect(r.vorlage.header.vorlagenNr).toBe("");
    expect(r.findings.some((f) => f.code === "recognize-keine-vorlage")).toBe(true);
  });
});

/**
 * „Beschluss Nr. 0057“ as a line of its own, no form label (Wiesbaden's copy of a decision taken, as a tryout read it with
 * its Kopfzeile removed): the number the decision got in the session, not the Vorlage's. Stored as the Beschluss-Nr. only;
 * the Vorlagen-Nr. stays empty, and check reports it missing, rather than print the Beschluss's number as the Vorlage's.
 */
describe("„Beschluss Nr. 0057“ on a line of its own, no Vorlagen-Nr. anywhere", () => {
  const withoutNr = () => document0057().filter((p) => p !== HEAD_0057[2]);

  it("is the Beschluss-Nr. only, and check reports the Vorlagen-Nr. missing", () => {
    const r = read(withoutNr());
    expect(r.vorlage.header.beschlussNr).toBe("0057");
    expect(r.vorlage.header.vorlagenNr).toBe("");
    const missing = validate(r.vorlage, WIESBADEN).filter((f) => f.code === "field-missing").map((f) => f.params?.["field"]);
    expect(missing).toContain("header.vorlagenNr");
  });

  it("is still the Vorlagen-Nr. where the head labels it as a form field on a line („Beschluss-Nr.: 008/27“)", () => {
    const r = read(["Beschlussvorlage", "Beschluss-Nr.: 008/27", "Gremium: Verbandsversammlung", "Betreff", "Auftragsvergabe", ...decision]);
    expect(r.vorlage.header.vorlagenNr).toBe("008/27");
  });
});

/**
 * The same „Beschluss Nr. | 0057“ as a row of the head table, its label without a colon like the line above (tryout7 F4):
 * still the number of the decision, not the Vorlage's — the table is only where it is printed.
 */
describe("„Beschluss Nr. | 0057“ as a head table row, no Vorlagen-Nr. anywhere", () => {
  const head = [
    "Tagesordnung II Punkt 10 der öffentlichen Sitzung am 21. März 2024",
    ...row(1, 0, ["Betreff", "Beitritt NExT e. V. der Landeshauptstadt Wiesbaden"]),
    ...row(1, 1, ["Federführung", "Dezernat VII"]),
    ...row(1, 2, ["Beschluss Nr.", "0057"]),
  ];
  const body = ["Es wird beschlossen, dass", "1. die Landeshauptstadt Wiesbaden assoziiertes Mitglied im Verein „NExT e. V.“ wird."];

  it("is the Beschluss-Nr. only, and check reports the Vorlagen-Nr. missing", () => {
    const r = read([...head, ...body]);
    expect(r.vorlage.header.beschlussNr).toBe("0057");
    expect(r.vorlage.header.vorlagenNr).toBe("");
    const missing = validate(r.vorlage, WIESBADEN).filter((f) => f.code === "field-missing").map((f) => f.params?.["field"]);
    expect(missing).toContain("header.vorlagenNr");
  });

  it("a form's label cell with its colon („Beschluss-Nr.:“) still numbers the Vorlage", () => {
    const r = read([...head.slice(0, -2), ...row(1, 2, ["Beschluss-Nr.:", "008/27"]), ...body]);
    expect(r.vorlage.header.vorlagenNr).toBe("008/27");
  });
});
