import { sequentialIds } from "../../src/core/model/ids";
import { KARLSRUHE, WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { recognize } from "../../src/core/recognize/recognize";
import { explainLine } from "../../src/i18n/explain-line";
import { formatFinding } from "../../src/i18n/format-finding";

/**
 * `recognize --explain` speaks the reader's words, not the code's: a field by the catalogue's
 * label, a part by its name, a decision part as „Beschlussteil“, a number as written. And it
 * tells the same decision as `check`: a line the Vorlage takes into none of its parts is named so
 * in both, with what the decoder read it as.
 */
const DOC = [
  "Stadt Irgendwo – Der Oberbürgermeister",
  "Drucksache Nr.: AB/2030/7",
  "Federführung: Amt für Ordnung",
  "Betreff: Beitritt zum Verband",
  "Beschlussvorschlag",
  "Der Rat beschließt:",
  "1. Die Stadt tritt dem Verband bei.",
  "Begründung",
  "Der Beitritt kostet nichts.",
];
const r = recognize(DOC, WIESBADEN, sequentialIds("x"));
const line = (lang: "de" | "en", start: string) => {
  const l = r.lines.find((x) => x.text.startsWith(start));
  if (l === undefined) throw new Error(`no line ${start}`);
  return explainLine(lang, l, r.places, 30);
};

describe("recognize --explain in the reader's words", () => {
  it("names a header field by the catalogue's label, German and English", () => {
    expect(line("de", "Drucksache Nr.")).toContain("Feld Vorlagen-Nr.");
    expect(line("de", "Federführung")).toContain("Feld Federführendes Dezernat");
    expect(line("en", "Drucksache Nr.")).toContain("field Proposal number");
    expect(line("de", "Drucksache Nr.")).not.toMatch(/vorlagenNr|federfuehrung/u);
  });

  it("names a part by its name and a decision heading as a Beschlussteil, without code words", () => {
    expect(line("de", "Begründung")).toContain("Überschrift des Teils „Sachverhalt/Begründung“");
    expect(line("de", "Beschlussvorschlag")).toMatch(/← Überschrift eines Beschlussteils$/u);
    expect(line("en", "Begründung")).toContain('heading of the part "facts/reasons"');
    expect(line("de", "Begründung")).not.toMatch(/sachverhalt\b|\(beschluss\)/u);
  });

  it("gives a list number as written, without its internal form", () => {
    expect(line("de", "1. Die Stadt")).toMatch(/← getippte Nummer 1\.$/u);
  });
});

describe("check and --explain tell one decision about a paragraph the Vorlage does not take", () => {
  it("both say the Begründung was read as Sachverhalt/Begründung and taken into no part of the Vorlage", () => {
    const finding = r.findings.find((f) => f.code === "recognize-unassigned" && f.params["auszug"] === "Begründung");
    expect(finding).toBeDefined();
    const message = formatFinding(finding!, "de", WIESBADEN);
    expect(message).toContain("als Sachverhalt/Begründung gelesen");
    expect(message).toContain("in keinen Teil der Vorlage übernommen");
    expect(line("de", "Begründung")).toContain("Sachverhalt/Begründung (Überschrift des Teils), in keinen Teil der Vorlage übernommen");
    expect(formatFinding(finding!, "en", WIESBADEN)).toContain("was read as facts/reasons but not taken into any part of the proposal");
    expect(line("en", "Begründung")).toContain("not taken into any part of the proposal");
  });

  it("does not tell the reader that prose before the decision was read „als Ziffer“: it is only said to be taken into no part", () => {
    const prose = recognize(["Vorlage Nr.: KT/2026/017", "Betreff:", "Haushalt 2026 des Landkreises", "Sachvortrag:", "Der Kreisausschuss hat am 23.02.2026 empfohlen, den Beitritt zu beschließen.", "Beschlussvorschlag:", "1. Die Stadt tritt bei.", "2. Die Umlage wird festgesetzt."], WIESBADEN, sequentialIds("p"));
    const findings = prose.findings.filter((f) => f.code === "recognize-unassigned").map((f) => formatFinding(f, "de", WIESBADEN));
    expect(findings.some((m) => m.includes("Der Kreisausschuss hat am 23.02.2026"))).toBe(true);
    expect(findings.join(" ")).not.toContain("als Ziffer gelesen");
  });

  it("a line the Vorlage takes is not called unassigned", () => {
    expect(line("de", "1. Die Stadt")).not.toContain("übernommen");
  });
});

describe("--explain on a decision stated short and in full", () => {
  const lines = ["Vorlage Nr.: 2027/0412", "Sanierung der Turnhalle", "Beschlussantrag (Kurzfassung)", "1. Der Gemeinderat beschließt die Sanierung der Turnhalle.", "Ergänzende Erläuterungen", "Die Halle ist alt.", "Beschluss:", "Antrag an den Gemeinderat", "1. Der Gemeinderat beschließt die Sanierung der Turnhalle mit 80.000 Euro."];
  const k = recognize(lines, KARLSRUHE, sequentialIds("k"));
  const explained = (start: string, lang: "de" | "en" = "de") => explainLine(lang, k.lines.find((x) => x.text.startsWith(start))!, k.places, 30);

  it("calls the short statement the summary of the full one, German and English", () => {
    expect(explained("1. Der Gemeinderat beschließt die Sanierung der Turnhalle.")).toContain("Kurzfassung des weiter unten vollständig gefassten Beschlusses");
    expect(explained("1. Der Gemeinderat beschließt die Sanierung der Turnhalle.", "en")).toContain("summary of the decision stated in full further down");
    expect(explained("1. Der Gemeinderat beschließt die Sanierung der Turnhalle mit")).not.toContain("Kurzfassung");
  });
});
