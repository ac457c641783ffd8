import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { WordPort } from "../../../src/document/word/word-port";
import { WordError } from "../../../src/document/word/word-error";
import { reference0057 } from "../../fixtures/reference-0057";
import { WordSimulator } from "../../word-simulator/word-simulator";

/**
 * Values the house style does not print (Wiesbaden: Vorlagenart, Zuständigkeit) live in the metadata part
 * (issue 21 item 7). Setting them with the pane is one action, so one Word.run (issue 21: one Word.run per
 * action): the body read with the part's items, the field controls and the properties it replaces, then the
 * fields and the part written together.
 */
const NOW = "2025-05-06T09:00:00Z";
const portOn = (sim: WordSimulator) => new WordPort(sim.host(), WIESBADEN, sequentialIds("n"));
const created = () => DocxDocument.create(reference0057(), WIESBADEN, NOW).save();

describe("not-printed values set in Word", () => {
  it("sets a printed field and not-printed ones in one Word.run, and both read back", async () => {
    const sim = new WordSimulator(created());
    const port = portOn(sim);
    const runs = sim.runs;
    const syncs = sim.syncs;
    await port.setFields({ "header.betreff": "Ein neuer Betreff", "header.vorlagenart": "Mitteilung", "zustaendigkeit.federfuehrend": "Dezernat II" });
    expect(sim.runs - runs).toBe(1);
    // The read with the part's items, the part's text (needed: Wiesbaden does not print everything), the writes.
    expect(sim.syncs - syncs).toBe(3);
    const v = (await port.read()).vorlage;
    expect(v.header.betreff).toBe("Ein neuer Betreff");
    expect(v.header.vorlagenart).toBe("Mitteilung");
    expect(v.zustaendigkeit.federfuehrend).toBe("Dezernat II");
    // The part holds the printed field as the body now reads, not as it read before.
    const stored = await port.readMetadata();
    expect(stored?.vorlage?.header.betreff).toBe("Ein neuer Betreff");
    expect(stored?.vorlage?.header.vorlagenart).toBe("Mitteilung");
  });

  it("sets only not-printed values in one Word.run; what is not set keeps its stored value", async () => {
    const sim = new WordSimulator(created());
    const port = portOn(sim);
    const before = (await port.read()).vorlage;
    const runs = sim.runs;
    await port.setFields({ "header.vorlagenart": "Mitteilung" });
    expect(sim.runs - runs).toBe(1);
    const v = (await port.read()).vorlage;
    expect(v.header.vorlagenart).toBe("Mitteilung");
    expect(v.zustaendigkeit).toEqual(before.zustaendigkeit);
    expect(v.finanzierung).toEqual(before.finanzierung);
  });

  it("writes nothing when a printed field has no control (all or none)", async () => {
    const sim = new WordSimulator(created());
    const port = portOn(sim);
    const before = await port.readMetadata();
    await expect(port.setFields({ "header.vorlagenart": "Mitteilung", "header.gibtEsNicht": "x" })).rejects.toThrow();
    expect((await port.readMetadata())?.vorlage?.header.vorlagenart).toBe(before?.vorlage?.header.vorlagenart);
  });

  it("refuses a metadata part over 1 MB before writing the body's fields", async () => {
    const sim = new WordSimulator(created());
    const port = portOn(sim);
    const error = await port.setFields({ "header.betreff": "Neu", "header.vorlagenart": "x".repeat(1_100_000) }).catch((e: unknown) => e);
    expect((error as WordError).reason).toBe("too-large");
    expect((await port.read()).vorlage.header.betreff).toBe(reference0057().header.betreff);
  });

  it("on WordApi 1.3 (part through the Common API) still one Word.run", async () => {
    const sim = new WordSimulator(created());
    sim.setMaxWordApi("1.3");
    const port = portOn(sim);
    const runs = sim.runs;
    await port.setFields({ "header.betreff": "Neu", "header.vorlagenart": "Mitteilung" });
    expect(sim.runs - runs).toBe(1);
    expect((await port.read()).vorlage.header.vorlagenart).toBe("Mitteilung");
  });
});
