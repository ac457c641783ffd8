import type { VerteilerEintrag, Zeichnung } from "../../../src/core/model/vorlage";
import { readAbsenderNummer } from "../../../src/core/model/absender-nummer";
import { linkZuleitung, readZuleitung, type ZuleitungLine } from "../../../src/core/recognize/zuleitung";

const tail = (...texts: string[]): ZuleitungLine[] => texts.map((text) => ({ text }));

/** The two steps at the end of Beschluss 0057, as an office types them (blank lines included). */
const SEED_TAIL = tail(
  "(antragsgemäß Magistrat 27.02.2024 BP 0106)",
  "",
  "Dem Magistrat",
  "mit der Bitte um weitere Veranlassung",
  "",
  "Wiesbaden, 21.03.2024",
  "im Auftrag",
  "",
  "Dr. Heimlich",
  "",
  "Der Magistrat",
  "-16 -",
  "",
  "Wiesbaden, 21.03.2024",
  "im Auftrag",
  "",
  "Dezernat II und Dezernat III",
  "mit der Bitte um Kenntnisnahme",
  "Dezernat VII",
  "mit der Bitte um weitere Veranlassung",
  "",
  "Bock",
);

const owners = (lines: readonly ZuleitungLine[]) => readZuleitung(lines).entries.map((e) => [e.empfaenger, e.zeichnung]);
const senders = (lines: readonly ZuleitungLine[]) => readZuleitung(lines).zeichnungen.map((z) => [z.absender, z.absenderNummer]);

describe("reading the Zuleitung from a document's tail", () => {
  it("gives Beschluss 0057's first entry to the office's own Zeichnung and the Dezernate to the Magistrat's, with its number", () => {
    expect(owners(SEED_TAIL)).toEqual([
      ["Dem Magistrat", 0],
      ["Dezernat II und Dezernat III", 1],
      ["Dezernat VII", 1],
    ]);
    expect(senders(SEED_TAIL)).toEqual([
      [undefined, undefined],
      ["Der Magistrat", "16"],
    ]);
  });

  it("reads the number after a line break in the office's paragraph, or on its line in dashes", () => {
    const broken = SEED_TAIL.flatMap((l) => (l.text === "-16 -" ? [] : l.text === "Der Magistrat" ? [{ text: "Der Magistrat\v-16 -" }] : [l]));
    expect(senders(broken)).toEqual([[undefined, undefined], ["Der Magistrat", "16"]]);
    const oneLine = SEED_TAIL.flatMap((l) => (l.text === "-16 -" ? [] : l.text === "Der Magistrat" ? [{ text: "Der Magistrat - 16 -" }] : [l]));
    expect(senders(oneLine)).toEqual([[undefined, undefined], ["Der Magistrat", "16"]]);
    expect(owners(oneLine).map(([, k]) => k)).toEqual([0, 1, 1]);
  });

  it("reads an office that sends on without a number", () => {
    const without = SEED_TAIL.filter((l) => l.text !== "-16 -");
    expect(senders(without)).toEqual([[undefined, undefined], ["Der Magistrat", undefined]]);
    expect(owners(without).map(([, k]) => k)).toEqual([0, 1, 1]);
  });

  it("takes a title above a signature with nothing sent between date and name for no office that sends on", () => {
    const lines = tail("Amt 20", "zur Kenntnis", "", "Der Oberbürgermeister", "Karlsruhe, 12.05.2025", "", "Dr. Frank Mentrup");
    expect(senders(lines)).toEqual([[undefined, undefined]]);
    expect(owners(lines)).toEqual([["Amt 20", 0]]);
  });

  it("never takes a recipient in the dative („Dem Magistrat“) for the office, nor a number line without an office", () => {
    const dative = tail("Dem Magistrat", "-16 -", "Wiesbaden, 21.03.2024", "Dezernat VII", "mit der Bitte um Kenntnisnahme", "Bock");
    expect(senders(dative)).toEqual([[undefined, undefined]]);
    const pageNumber = tail("Dr. Heimlich", "- 2 -", "Wiesbaden, 21.03.2024", "Dezernat VII", "mit der Bitte um Kenntnisnahme", "Bock");
    expect(senders(pageNumber)).toEqual([[undefined, undefined]]);
  });

  it("reads the entries of a Verteiler table (recipient | Bitte) under the office that sends on", () => {
    const lines: ZuleitungLine[] = [
      ...tail("Der Magistrat", "-16 -", "Wiesbaden, 21.03.2024", "im Auftrag"),
      { text: "Dezernat VII\tmit der Bitte um weitere Veranlassung", cells: ["Dezernat VII", "mit der Bitte um weitere Veranlassung"] },
      { text: "Amt 20\tzur Kenntnis", cells: ["Amt 20", "zur Kenntnis"] },
      ...tail("Bock"),
    ];
    expect(owners(lines)).toEqual([["Dezernat VII", 0], ["Amt 20", 0]]);
    expect(senders(lines)).toEqual([["Der Magistrat", "16"]]);
  });

  it("leaves entries before an office's block that no Zeichnung of the deciding body signs without a Zeichnung", () => {
    const lines = tail("Dem Magistrat", "mit der Bitte um weitere Veranlassung", "", "Der Magistrat", "Wiesbaden, 21.03.2024", "Dezernat VII", "zur Kenntnis", "Bock");
    expect(owners(lines)).toEqual([["Dem Magistrat", undefined], ["Dezernat VII", 0]]);
  });

  it("reads a Zeichnung of the deciding body after an office's, with the entries between them", () => {
    const lines = [...SEED_TAIL, ...tail("", "Amt 61", "zur Kenntnis", "Wiesbaden, 22.03.2024", "Schmidt")];
    expect(owners(lines).map(([, k]) => k)).toEqual([0, 1, 1, 2]);
    expect(senders(lines)[2]).toEqual([undefined, undefined]);
  });
});

describe("linking the recognised Verteiler and Zeichnungen", () => {
  const verteiler: VerteilerEintrag[] = [
    { id: "v1", empfaenger: "Dem Magistrat", bitte: "veranlassung" },
    { id: "v2", empfaenger: "Dezernat II und Dezernat III", bitte: "kenntnisnahme" },
    { id: "v3", empfaenger: "Dezernat VII", bitte: "veranlassung" },
  ];
  const zeichnungen: Zeichnung[] = [
    { id: "z1", ort: "Wiesbaden", datum: "2024-03-21", zusatz: "im Auftrag", name: "Dr. Heimlich" },
    { id: "z2", ort: "Wiesbaden", datum: "2024-03-21", zusatz: "im Auftrag", name: "Bock" },
  ];

  it("fills in each entry's Zeichnung and the Magistrat as Absender with its number", () => {
    const linked = linkZuleitung(SEED_TAIL, verteiler, zeichnungen);
    expect(linked.verteiler.map((e) => e.zeichnung)).toEqual(["z1", "z2", "z2"]);
    expect(linked.zeichnungen).toEqual([zeichnungen[0], { ...zeichnungen[1], absender: "Der Magistrat", absenderNummer: "16" }]);
  });

  it("pairs nothing by guess: lists that differ from what the tail shows come back unchanged", () => {
    const other = linkZuleitung(SEED_TAIL, verteiler.slice(1), zeichnungen);
    expect(other).toEqual({ verteiler: verteiler.slice(1), zeichnungen });
    const renamed = linkZuleitung(SEED_TAIL, verteiler, [zeichnungen[0] as Zeichnung, { ...(zeichnungen[1] as Zeichnung), ort: "Mainz" }]);
    expect(renamed.verteiler.every((e) => e.zeichnung === undefined)).toBe(true);
  });

  it("keeps what was already known: an entry's Zeichnung and an Absender", () => {
    const known = linkZuleitung(SEED_TAIL, [{ ...(verteiler[0] as VerteilerEintrag), zeichnung: "z2" }, ...verteiler.slice(1)], [zeichnungen[0] as Zeichnung, { ...(zeichnungen[1] as Zeichnung), absender: "Der Oberbürgermeister" }]);
    expect(known.verteiler[0]?.zeichnung).toBe("z2");
    expect(known.zeichnungen[1]).toEqual({ ...zeichnungen[1], absender: "Der Oberbürgermeister" });
  });
});

describe("the internal number as typed or printed", () => {
  it("is its digits, with or without the dashes paper shows", () => {
    expect(["-16 -", "-16-", "- 16 -", "–16–", "16", " 16 ", "16/2"].map(readAbsenderNummer)).toEqual(["16", "16", "16", "16", "16", "16", "16/2"]);
  });

  it("is nothing for words, dates or a Vorlagen-Nr.", () => {
    expect(["Der Magistrat", "21.03.2024", "24-V-07-0001", "", "-", "- a -"].map(readAbsenderNummer)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
