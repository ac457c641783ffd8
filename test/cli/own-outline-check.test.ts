import { join } from "node:path";
import { plainDocx } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

const { dir, file } = tempFolder("beschluss-gliederung-");

/**
 * A Beschluss in an outline of its own, as Munich writes them: „I.“ is the Vortrag (no
 * section of the Vorlage), „II. Beschluss“ the decision, „III.“ the copies sent out.
 */
const OWN_OUTLINE = [
  "Referat für Stadtplanung",
  "Bauordnung",
  "",
  "Erneuerung der Beleuchtung im Stadtpark",
  "Sitzungsvorlage Nr. 20-26 / V 01234",
  "",
  "Beschluss des Bauausschusses",
  "vom 12.03.2024",
  "Öffentliche Sitzung",
  "",
  "I. Vortrag des Referenten",
  "wie in der Sitzung des Bauausschusses am 01.03.2024. Der Ausschuss hat die Annahme empfohlen.",
  "",
  "II. Beschluss",
  "nach Antrag.",
  "",
  "Der Stadtrat der Landeshauptstadt",
  "",
  "III. Abdruck von I. mit II.",
  "an das Revisionsamt",
];

type Entry = { findings: { code: string; location: { type: string } }[]; vorlage: { sections: { number: string; clauses: { text: string }[] }[] } };

describe("check and recognize agree on a document's own outline of sections", () => {
  const doc = file("gliederung.docx", plainDocx(OWN_OUTLINE));

  it("names the section in its summary as the document prints it, „II. Beschluss“, not by the profile's phrase", async () => {
    const r = await run("check", doc);
    expect(r.out).toContain("\n  II. Beschluss: ");
    expect(r.out).not.toContain("Es wird beschlossen, dass");
  });

  it("reads „II. Beschluss“ as the section, with „nach Antrag.“ its clause", async () => {
    const [entry] = (JSON.parse((await run("check", "--json", doc)).out) as { files: Entry[] }).files;
    expect(entry?.vorlage.sections.map((s) => [s.number, s.clauses.map((c) => c.text)])).toEqual([["II.", ["nach Antrag."]]]);
  });

  it("reports no gap at „II.“ after the Vortrag „I.“, and no missing number at its clause", async () => {
    const [entry] = (JSON.parse((await run("check", "--json", doc)).out) as { files: Entry[] }).files;
    expect(entry?.findings.filter((f) => f.code.startsWith("numbering-"))).toEqual([]);
  });

  it("while recognize --renumber keeps the outline and changes no number", async () => {
    const r = await run("recognize", "--renumber", doc, "-o", join(dir, "erkannt.docx"));
    expect(r.err).toContain("„II.“");
    expect(r.err).toContain("keine Nummer berichtigt");
  });
});
