import { plainDocx } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

const { file } = tempFolder("beschluss-oparl-");

/**
 * Tryout 3, item 12: the OParl export of 0057 had no `date` and no `paperType`. OParl 1.1 defines Paper.date as the
 * „Datum, welches als Startpunkt für Fristen u. ä. verwendet ist“ — the Vorlage's own date — and paperType as the
 * „Art der Drucksache“. A document that states them gets them; where it does not (0057 names no Vorlagenart, and its
 * Zeichnungen are dated on the session's day: they sign the decision's Zuleitung, not the Vorlage), both are left out.
 */
const lines = (zeichnung: string, art?: string): string[] => [
  ...(art ? [art] : []),
  "Tagesordnung I Punkt 4 der öffentlichen Sitzung am 14. Mai 2025",
  "Vorlagen-Nr. 25-V-03-0012",
  "Beschaffung von Lastenrädern für den Bürgerservice",
  "1. Es wird beschlossen, dass",
  "1.1 zwei Lastenräder beschafft werden;",
  "1.2 die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt.",
  "Dem Magistrat",
  "mit der Bitte um weitere Veranlassung",
  zeichnung,
  "im Auftrag",
  "Muster",
];

const paper = async (name: string, ls: readonly string[]) => {
  const r = await run("export", "--format", "oparl", file(name, plainDocx([...ls])));
  expect(r.err).toBe("");
  return JSON.parse(r.out) as { date?: string; paperType?: string };
};

describe("beschluss export --format oparl: date and paperType as the document states them", () => {
  it("dates the Paper by the Zeichnung signed before the session, and names the type the document prints", async () => {
    const p = await paper("vorlage.docx", lines("Wiesbaden, 02.05.2025", "Beschlussvorlage"));
    expect(p.date).toBe("2025-05-02");
    expect(p.paperType).toBe("Beschlussvorlage");
  });

  it("leaves both out where the document states neither: a Zeichnung on the session's day and no type (0057)", async () => {
    const p = await paper("beschluss.docx", lines("Wiesbaden, 14.05.2025"));
    expect(p.date).toBeUndefined();
    expect(p.paperType).toBeUndefined();
  });
});
