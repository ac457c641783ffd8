import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * „4. Wirtschaftliche / finanzielle Auswirkungen“ (Schwerin's Begründung, its fourth point) heads the money's part, as
 * „Finanzielle Auswirkungen“ does: its form question „Sind zur Realisierung des Beschlusses Maßnahmen im Haushalt
 * erforderlich? ☐ ja ☒ nein“ says that the Vorlage costs nothing. Read as Begründung, the answer was lost.
 */
const read = (heading: string, answer: string) =>
  recognize(
    [
      "Betreff:",
      "Beschränkung privater Feuerwerke am Hafen",
      "Beschlussvorschlag:",
      "Die Stadtvertretung stimmt der Allgemeinverfügung zu.",
      "Begründung:",
      "1. Sachverhalt",
      "Die Stadtvertretung hat einen Prüfauftrag erteilt.",
      heading,
      `Sind zur Realisierung des Beschlusses Maßnahmen im Haushalt erforderlich? ${answer}`,
    ],
    WIESBADEN,
    sequentialIds("k"),
  ).vorlage.finanzierung?.auswirkungen;

describe("„Wirtschaftliche / finanzielle Auswirkungen“", () => {
  it.each(["2. Wirtschaftliche / finanzielle Auswirkungen", "Wirtschaftliche und finanzielle Auswirkungen:"])("„%s“ heads the Finanzierung: a ticked „nein“ is no effect", (heading) => {
    expect(read(heading, "☐ ja ☒ nein")).toBe(false);
  });

  it("a ticked „ja“ is an effect", () => expect(read("2. Wirtschaftliche / finanzielle Auswirkungen", "☒ ja ☐ nein")).toBe(true));
});
