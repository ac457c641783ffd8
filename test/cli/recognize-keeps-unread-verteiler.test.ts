import { sequentialIds } from "../../src/core/model/ids";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { recognizeDocx } from "../../src/cli/recognize-docx";
import { checkedFindings } from "../../src/document/docx/checked-findings";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { unreadVerteilerLine } from "../../src/core/recognize/unread-verteiler";
import { docxFromBody, paragraphXml } from "../fixtures/docx";

/**
 * `recognize` gives its output no finding the original did not have (README): a Verteiler the text shows but
 * recognition could not read is „nicht erkannt“ before and after, never „leer“ after (fifth tryout).
 */
const plain = (...tail: string[]) =>
  docxFromBody(
    [
      "Vorlagen-Nr. 25-V-06-0012",
      "Gremium: Stadtverordnetenversammlung",
      "Sitzungsdatum: 06.05.2025",
      "Betreff: Beschaffung von Lastenrädern",
      "Federführendes Dezernat: VI",
      "1. Es wird beschlossen, dass",
      "1.1 sechs Lastenräder beschafft werden.",
      "Finanzielle Auswirkungen: Nein",
      ...tail,
      "Wiesbaden, 14.04.2025",
      "Kowol",
    ]
      .map(paragraphXml)
      .join(""),
  );

const verteilerCodes = (bytes: Uint8Array) => {
  const doc = DocxDocument.open(bytes);
  const read = doc.read(WIESBADEN, sequentialIds("r"));
  return checkedFindings(doc, read, WIESBADEN)
    .filter((f) => f.code.startsWith("verteiler-"))
    .map((f) => [f.code, f.params["auszug"] ?? ""]);
};

describe("a Verteiler recognition could not read, after recognize", () => {
  it("is said the same way in the output as in the original", () => {
    const input = plain("Verteiler", "an alle Ämter nach Liste B");
    const before = verteilerCodes(input);
    expect(before.map(([code]) => code)).toEqual(["verteiler-nicht-erkannt"]);
    const out = recognizeDocx(input, WIESBADEN, { ids: sequentialIds("x") });
    expect(verteilerCodes(out.bytes)).toEqual(before);
  });

  it("stays „leer“ in both where the document shows none", () => {
    const input = plain();
    const out = recognizeDocx(input, WIESBADEN, { ids: sequentialIds("x") });
    expect(verteilerCodes(input).map(([code]) => code)).toEqual(["verteiler-missing"]);
    expect(verteilerCodes(out.bytes).map(([code]) => code)).toEqual(["verteiler-missing"]);
  });
});

describe("prose after the decision", () => {
  it("is no Verteiler not recognised: a line going on with a sentence, or naming an amount", () => {
    expect(unreadVerteilerLine(["nachrichtlichen Liste im Umfang von rund 90.000 Euro zur Kenntnis."])).toBeUndefined();
    expect(unreadVerteilerLine(["Die Liste über 90.000 Euro nimmt der Ausschuss zur Kenntnis."])).toBeUndefined();
    expect(unreadVerteilerLine(["Dem Ortsbeirat, zur Kenntnis"])).toBe("Dem Ortsbeirat, zur Kenntnis");
    expect(unreadVerteilerLine(["Verteiler", "an alle Ämter nach Liste B"])).toBe("Verteiler an alle Ämter nach Liste B");
  });
});
