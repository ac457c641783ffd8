import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * „betr.:“ (Hamburg's Drucksachen, letters of old) is the Betreff's label abbreviated, in either case (found by
 * the ninth fresh set's Bezirk Harburg, 163).
 */
const betreff = (line: string) =>
  recognize(
    ["Drucksache 22-0001", "Antrag der SPD-Fraktion", line, "Petitum/Beschluss:", "Die Bezirksversammlung möge beschließen:", "1. Sondermittel von 5.000 € werden bewilligt."],
    WIESBADEN,
    sequentialIds("b"),
  ).vorlage.header.betreff;

describe("„betr.:“", () => {
  it.each([["betr.: Sondermittel für den Spielplatz"], ["Betr.: Sondermittel für den Spielplatz"]])("labels the Betreff in „%s“", (line) => {
    expect(betreff(line)).toBe("Sondermittel für den Spielplatz");
  });
});
