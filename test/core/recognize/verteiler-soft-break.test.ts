import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";
import { document0057, TAIL_0057 } from "../../fixtures/tryout-0057";

/**
 * A Verteiler entry typed in one paragraph with a soft line break (Shift+Enter, Word's w:br,
 * which the adapters hand over as \v): „Dem Magistrat⏎mit der Bitte um weitere Veranlassung“.
 * Found by a new-user tryout on Beschluss 0057: the whole Verteiler vanished („Der Verteiler ist
 * leer.“), with it the Gremium inferred from it, and the signature below the entries.
 */
const read = (tail: readonly string[]) => recognize(document0057({ tail }), WIESBADEN, sequentialIds("v")).vorlage;

/** The 0057 tail with each recipient and its Bitte joined by a soft line break. */
function softBroken(): string[] {
  const out: string[] = [];
  for (const line of TAIL_0057) {
    if (/^mit der Bitte um/u.test(line) && out.length > 0) out[out.length - 1] = `${out[out.length - 1] as string}\v${line}`;
    else out.push(line);
  }
  return out;
}

describe("a Verteiler entry with a soft line break", () => {
  it("reads the same entries as when recipient and Bitte are two paragraphs", () => {
    const expected = read(TAIL_0057).verteiler.map((e) => [e.empfaenger, e.bitte]);
    expect(expected).toEqual([
      ["Dem Magistrat", "veranlassung"],
      ["Dezernat II und Dezernat III", "kenntnisnahme"],
      ["Dezernat VII", "veranlassung"],
    ]);
    expect(read(softBroken()).verteiler.map((e) => [e.empfaenger, e.bitte])).toEqual(expected);
  });

  it("keeps the Gremium, the signatures and who sends which entry", () => {
    const plain = read(TAIL_0057);
    const soft = read(softBroken());
    expect(soft.header.gremium).toBe(plain.header.gremium);
    expect(soft.header.gremium).not.toBe("");
    expect(soft.zeichnungen.map((z) => [z.name, z.absender ?? ""])).toEqual(plain.zeichnungen.map((z) => [z.name, z.absender ?? ""]));
    expect(soft.zeichnungen.map((z) => z.name)).toEqual(["Dr. Heimlich", "Bock"]);
    const sender = (v: typeof soft) => v.verteiler.map((e) => v.zeichnungen.findIndex((z) => z.id === e.zeichnung));
    expect(sender(soft)).toEqual(sender(plain));
  });

  it("reads several entries in one paragraph, each recipient above its Bitte", () => {
    const v = read(["", "Dem Magistrat\vmit der Bitte um weitere Veranlassung\vDezernat VII\vmit der Bitte um Kenntnisnahme", "", "Wiesbaden, 21.03.2024", "im Auftrag", "", "Dr. Heimlich"]);
    expect(v.verteiler.map((e) => [e.empfaenger, e.bitte])).toEqual([
      ["Dem Magistrat", "veranlassung"],
      ["Dezernat VII", "kenntnisnahme"],
    ]);
  });
});
