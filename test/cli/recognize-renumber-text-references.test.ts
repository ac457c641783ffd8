import { existsSync } from "node:fs";
import { join } from "node:path";
import { sequentialIds } from "../../src/core/model/ids";
import { KARLSRUHE, WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { RenumberBreaksReferencesError, recognizeDocx } from "../../src/cli/recognize-docx";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { plainDocx } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

const thrownBy = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

/** Clauses typed 2.1, 2.3, 2.4 (a gap: check reports it), which the Begründung names by number. */
const refOutside = plainDocx([
  "Vorlagen-Nr. 25-V-03-0042",
  "Federführend: Dezernat III",
  "Betreff: Anschaffung von Lastenrädern",
  "Begründung: Die in Ziffer 2.3 genannte Wartung ist nötig; Ziffer 2.4 regelt den Ladepunkt.",
  "2. Es wird beschlossen, dass",
  "2.1 zehn Lastenräder beschafft werden;",
  "2.3 die Räder jährlich gewartet werden;",
  "2.4 ein Ladepunkt eingerichtet wird.",
  "Finanzielle Auswirkungen: Ja",
  "Betrag: 12.400 € einmalig",
  "Haushaltsjahr: 2025",
]);

/** Clauses typed 1., 2. (Wiesbaden numbers 1.1, 1.2), named in the Finanzierung as „(Ziffer 1 und 2)“. */
const inFinanzierung = plainDocx([
  "Vorlagen-Nr. 25-V-07-0031",
  "Betreff: Radweg Biebricher Allee",
  "Es wird beschlossen, dass",
  "1. der Radweg in der Biebricher Allee verbreitert wird;",
  "2. die Beleuchtung erneuert wird.",
  "Finanzielle Auswirkungen:",
  "Gesamtkosten: 625.000 Euro (Ziffer 1 und 2)",
]);

/** Clauses lettered a), b), c), consistently: check reports only that the scheme is not the house's. */
const lettered = plainDocx([
  "Vorlagen-Nr. 25-V-03-0042",
  "Gremium: Stadtverordnetenversammlung",
  "Federführend: Dezernat III",
  "Betreff: Anschaffung von Lastenrädern",
  "1. Es wird beschlossen, dass",
  "a) zehn Lastenräder beschafft werden;",
  "b) die unter a) genannten Räder vom Betriebshof gewartet werden;",
  "c) der Magistrat über die Umsetzung von a) und b) berichtet.",
  "Finanzielle Auswirkungen: Ja",
  "Betrag: 12.400 € einmalig",
]);

/** Clauses lettered a), b), d): a gap check reports, so renumbering would number them 1.1 to 1.3, and clause d) names a) and b) by their letters. */
const letteredGap = plainDocx([
  "Vorlagen-Nr. 25-V-03-0042",
  "Betreff: Anschaffung von Lastenrädern",
  "1. Es wird beschlossen, dass",
  "a) zehn Lastenräder beschafft werden;",
  "b) die Räder vom Betriebshof gewartet werden;",
  "d) der Magistrat über die Umsetzung von a) und b) berichtet.",
]);

describe("recognize --renumber and references typed outside the clauses", () => {
  it("refuses when the Begründung names clauses whose numbers would change, naming the place", () => {
    const e = thrownBy(() => recognizeDocx(refOutside, WIESBADEN, { ids: sequentialIds("x"), renumber: true }));
    expect(e).toBeInstanceOf(RenumberBreaksReferencesError);
    const inText = (e as RenumberBreaksReferencesError).inText;
    expect(inText.map((r) => [r.text, r.before, r.after, r.place])).toEqual([
      ["Ziffer 2.3", "2.3", "1.2", { stelle: "teil", teil: "Begründung", absatz: 0 }],
      ["Ziffer 2.4", "2.4", "1.3", { stelle: "teil", teil: "Begründung", absatz: 0 }],
    ]);
  });

  it("refuses with --references too: a reference outside the clauses is never made a link", () => {
    expect(thrownBy(() => recognizeDocx(refOutside, WIESBADEN, { ids: sequentialIds("x"), renumber: true, references: true }))).toBeInstanceOf(RenumberBreaksReferencesError);
  });

  it("refuses when the Finanzierung names „(Ziffer 1 und 2)“ and the clauses would become 1.1 and 1.2", () => {
    const e = thrownBy(() => recognizeDocx(inFinanzierung, WIESBADEN, { ids: sequentialIds("x"), renumber: true })) as RenumberBreaksReferencesError;
    expect(e).toBeInstanceOf(RenumberBreaksReferencesError);
    expect(e.inText.map((r) => [r.text, r.after])).toEqual([
      ["Ziffer 1", "1.1"],
      ["und 2", "1.2"],
    ]);
  });

  it("refuses when a clause names lettered clauses („von a) und b)“) that renumbering would number otherwise", () => {
    const e = thrownBy(() => recognizeDocx(letteredGap, WIESBADEN, { ids: sequentialIds("x"), renumber: true })) as RenumberBreaksReferencesError;
    expect(e).toBeInstanceOf(RenumberBreaksReferencesError);
    expect(e.inText.map((r) => [r.text, r.before, r.after, r.place])).toEqual([
      ["von a)", "a)", "1.1", { stelle: "ziffer", ziffer: "d)" }],
      ["und b)", "b)", "1.2", { stelle: "ziffer", ziffer: "d)" }],
    ]);
  });

  it("says so in German with the place, exits 2 and writes nothing", async () => {
    const { dir, file } = tempFolder("verweise-text");
    const out = join(dir, "aus.docx");
    const r = await run("recognize", file("ein.docx", refOutside), "-o", out, "--renumber");
    expect(r.code).toBe(2);
    expect(r.err).toContain("„Ziffer 2.3“ im Teil „Begründung“ (die Ziffer 2.3 hieße danach 1.2)");
    expect(r.err).toContain("außerhalb der Ziffern");
    expect(r.err).toContain("nichts wurde geschrieben");
    expect(existsSync(out)).toBe(false);
  });

  it("still renumbers where the text names no clause whose number changes", () => {
    const plain = plainDocx(["Vorlagen-Nr. 25-V-07-0031", "Betreff: Radweg", "Es wird beschlossen, dass", "1. der Radweg verbreitert wird;", "2. die Maßnahme abgeschlossen wird.", "Begründung: Die Maßnahme nach § 50 Abs. 1 Nr. 2 HGO kostet 1.300 €."]);
    expect(recognizeDocx(plain, WIESBADEN, { ids: sequentialIds("x"), renumber: true }).renumbered).toBeGreaterThan(0);
  });

  it("still renumbers in Karlsruhe's profile, where „1.“ and „2.“ are the house's own numbers and nothing changes", () => {
    const out = recognizeDocx(inFinanzierung, KARLSRUHE, { ids: sequentialIds("x"), renumber: true, chosen: true });
    expect(out.renumbered).toBe(0);
  });
});

describe("recognize --renumber on clauses lettered consistently in a scheme of the document's own", () => {
  const clauseNumbers = (bytes: Uint8Array) => DocxDocument.open(bytes).read(WIESBADEN, sequentialIds("r")).vorlage.sections.flatMap((s) => s.clauses.map((c) => c.writtenNumber));

  it("leaves lettered clauses a), b), c) as they are, as check reports no fault in them", () => {
    const out = recognizeDocx(lettered, WIESBADEN, { ids: sequentialIds("x"), renumber: true });
    expect(out.renumbered).toBe(0);
    expect(out.renumberSkipped.ownScheme).toEqual(["a)", "b)", "c)"]);
    expect(clauseNumbers(out.bytes)).toEqual(["a)", "b)", "c)"]);
  });

  it("says so in German instead of „3 Nummern berichtigt“", async () => {
    const { dir, file } = tempFolder("eigenes-schema");
    const r = await run("recognize", file("ein.docx", lettered), "-o", join(dir, "aus.docx"), "--renumber");
    expect(r.code).toBe(0);
    expect(r.err).toContain("Die Ziffern zählen stimmig mit Buchstaben in einem eigenen Schema („a)“, „b)“, „c)“ …)");
    expect(r.err).toContain("keine Nummer berichtigt");
  });
});

describe("check and references typed outside the clauses", () => {
  /** Clauses 1.1 and 1.2 as the house numbers them; the Begründung names a 1.4 that is not there. */
  const stale = plainDocx([
    "Vorlagen-Nr. 25-V-07-0031",
    "Betreff: Radweg Biebricher Allee",
    "1. Es wird beschlossen, dass",
    "1.1 der Radweg verbreitert wird;",
    "1.2 die Beleuchtung erneuert wird.",
    "Begründung:",
    "Die unter Ziffer 1.4 genannte Beleuchtung ist veraltet; Ziffer 1.2 folgt aus § 50 Abs. 1 Nr. 2 HGO.",
  ]);

  it("warns where the Begründung names a clause number the document does not have, with its place", async () => {
    const { file } = tempFolder("verweis-text-fehlt");
    const r = await run("check", file("ein.docx", stale));
    expect(r.out).toContain("Warnung  Im Teil „Begründung“, Absatz 1, steht „Ziffer 1.4“; eine Ziffer 1.4 gibt es in dieser Vorlage nicht.");
    expect(r.out).not.toContain("„Ziffer 1.2“");
  });

  it("says nothing of the kind when the named clauses exist", async () => {
    const { file } = tempFolder("verweis-text-da");
    const r = await run("check", file("ein.docx", refOutside));
    expect(r.out).not.toContain("gibt es in dieser Vorlage nicht");
  });
});

describe("recognize --renumber and a reference to a number that two clauses carry", () => {
  /** The tryout's file: clauses typed 2.1, 2.3, 2.3, 2.5; clause 2.5 names „Ziffer 2.3“, which either 2.3 may mean. */
  const duplicate = (reference: "clause" | "begruendung") =>
    plainDocx([
      "Vorlagen-Nr. 25-V-06-0012",
      "Betreff: Beschaffung von Lastenrädern",
      ...(reference === "begruendung" ? ["Begründung: Die Wartung nach Ziffer 2.3 übernimmt der Betriebshof."] : []),
      "1. Es wird zur Kenntnis genommen, dass",
      "1.1 der Fuhrpark veraltet ist.",
      "2. Es wird beschlossen, dass",
      "2.1 zehn Lastenräder beschafft werden;",
      "2.3 die Räder jährlich gewartet werden;",
      "2.3 die Kosten von 12.400 € getragen werden;",
      reference === "clause" ? "2.5 der Betriebshof die Wartung nach Ziffer 2.3 übernimmt." : "2.5 der Betriebshof die Wartung übernimmt.",
    ]);

  it("refuses with --references, naming the reference and both numbers the clauses would get, instead of renumbering so that the words name one of them", () => {
    const e = thrownBy(() => recognizeDocx(duplicate("clause"), WIESBADEN, { ids: sequentialIds("x"), renumber: true, references: true })) as RenumberBreaksReferencesError;
    expect(e).toBeInstanceOf(RenumberBreaksReferencesError);
    expect(e.references.map((r) => [r.text, r.owner, r.before, r.after, r.shared])).toEqual([["Ziffer 2.3", "2.5", "2.3", "2.2 / 2.3", true]]);
  });

  it("refuses for such a reference outside the clauses too", () => {
    const e = thrownBy(() => recognizeDocx(duplicate("begruendung"), WIESBADEN, { ids: sequentialIds("x"), renumber: true })) as RenumberBreaksReferencesError;
    expect(e).toBeInstanceOf(RenumberBreaksReferencesError);
    expect(e.inText.map((r) => [r.text, r.before, r.after, r.shared])).toEqual([["Ziffer 2.3", "2.3", "2.2 / 2.3", true]]);
  });

  it("says so in German, exits 2 and writes nothing", async () => {
    const { dir, file } = tempFolder("verweis-doppelt");
    const out = join(dir, "aus.docx");
    const r = await run("recognize", file("ein.docx", duplicate("clause")), "-o", out, "--renumber", "--references");
    expect(r.code).toBe(2);
    expect(r.err).toContain("„Ziffer 2.3“ in Ziffer 2.5 (die Nummer 2.3 tragen mehrere Ziffern; sie hießen danach 2.2 und 2.3)");
    expect(r.err).toContain("doppelt vergebene Nummer");
    expect(r.err).not.toContain("Hyperlink");
    expect(existsSync(out)).toBe(false);
  });
});
