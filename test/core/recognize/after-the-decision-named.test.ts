import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A line after the decision that the decoder read as a header's line (Betreff, Kopfangabe) but
 * that no header field took is no part of the Vorlage: it is named, as every paragraph that fits
 * nowhere is. Found by a new-user tryout on München's Beschluss (Sitzungsvorlage 20-26 / V 07523):
 * its Abdruck list „an das Revisionsamt“, „an das Direktorium – Dokumentationsstelle“ … was
 * dropped without a hint.
 */
const MUENCHEN = [
  "Referat für Klima- und Umweltschutz",
  "Personalbedarf im Sachgebiet Wasserrecht sowie",
  "technische Sachverständigen-Dienstleistungen",
  "Sitzungsvorlage Nr. 20-26 / V 07523",
  "Beschluss der Vollversammlung des Stadtrates",
  "vom 30.11.2022",
  "Öffentliche Sitzung",
  "I. Vortrag und Antrag der Referentin",
  "wie in der Sitzung des Ausschusses für Klima- und Umweltschutz am 15.11.2022. Der Ausschuss hat die Annahme des Antrages empfohlen.",
  "II. Beschluss",
  "nach Antrag.",
  "Der Stadtrat der Landeshauptstadt München",
  "Die / Der Vorsitzende",
  "Die Referentin",
  "Seite 2 von 2",
  "III. Abdruck von I. mit II. (Beglaubigungen)",
  "über das Direktorium HA II/V - Stadtratsprotokolle",
  "an das Revisionsamt",
  "an das Direktorium – Dokumentationsstelle",
  "an das Referat für Klima- und Umweltschutz, Beschlusswesen (RKU-GL3)",
  "IV. Wv Referat für Klima- und Umweltschutz, Beschlusswesen (RKU-GL3)",
  "zur weiteren Veranlassung (Archivierung, Hinweis-Mail).",
];

describe("lines after the decision that no part takes", () => {
  const r = recognize(MUENCHEN, WIESBADEN, sequentialIds("m"));
  const named = r.findings.filter((f) => f.code === "recognize-unassigned").map((f) => f.params["auszug"]);

  it.each([["über das Direktorium HA II/V - Stadtratsprotokolle"], ["an das Revisionsamt"], ["an das Direktorium – Dokumentationsstelle"]])("names „%s“", (line) => {
    expect(named).toContain(line);
    const at = r.lines.findIndex((l) => l.text === line);
    expect(r.places[r.lines[at]?.paras[0] as number]).toBe("unassigned");
  });

  it("keeps the header's own lines in the header, unnamed", () => {
    expect(r.vorlage.header.vorlagenNr).toBe("20-26 / V 07523");
    expect(named).not.toContain("Öffentliche Sitzung");
    expect(named).not.toContain("Personalbedarf im Sachgebiet Wasserrecht sowie");
  });
});
