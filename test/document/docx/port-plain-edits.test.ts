import { strFromU8, unzipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxPort } from "../../../src/document/docx/docx-port";
import { ReferencesWouldChangeError } from "../../../src/document/plain-edit-errors";
import { plainDocx } from "../../fixtures/docx";

/** The printed text of each paragraph, as a reader sees it (a tab as a space). */
const printed = (bytes: Uint8Array): string[] =>
  [...strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array).matchAll(/<w:p[ >].*?<\/w:p>/gsu)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/gu)].map((t) => t[1] ?? " ").join(""))
    .filter((t) => t.trim() !== "");

/** Another office's Vorlage, numbers typed by hand: 2.1, 2.3, 2.4 (2.2 missing). `last` is the last clause's words. */
const plain = (last = "die Beschaffung ausgeschrieben wird.") =>
  plainDocx([
    "Vorlagen-Nr. 25-V-07-0042",
    "Betreff: Lastenräder für den Grünflächenbetrieb",
    "1. Es wird zur Kenntnis genommen, dass",
    "1.1 der Grünflächenbetrieb bisher 14 Kleintransporter einsetzt;",
    "1.2 ein Test mit zwei Lastenrädern erfolgreich war.",
    "2. Es wird beschlossen, dass",
    "2.1 zwölf Lastenräder beschafft werden;",
    "2.3 die Räder halbjährlich gewartet werden;",
    `2.4 ${last}`,
  ]);

/** Every part's content (zip dates aside). */
const parts = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

const open = (bytes: Uint8Array) => new DocxPort(DocxPort.fromBytes(bytes, WIESBADEN)["doc" as never], WIESBADEN, sequentialIds("x"));

describe("the pane's structural actions on a document read from its typed text", () => {
  it("gives the same ids at every read, so that the ids the pane was shown still name its clauses", async () => {
    const port = open(plain());
    const first = (await port.read()).vorlage;
    expect((await port.read()).vorlage.sections.map((s) => s.clauses.map((c) => c.id))).toEqual(first.sections.map((s) => s.clauses.map((c) => c.id)));
  });

  it("inserts a clause after 2.1 with the ids the pane read, and numbers it in the order", async () => {
    const port = open(plain());
    const v = (await port.read()).vorlage;
    const section = v.sections[1]!;
    await port.insertClause({ id: "neu", text: "die Räder mit dem Logo der Stadt versehen werden;" }, section.id, section.clauses[0]!.id);
    expect(printed(port.bytes()).slice(5)).toEqual([
      "2. Es wird beschlossen, dass",
      "2.1 zwölf Lastenräder beschafft werden;",
      "2.2 die Räder mit dem Logo der Stadt versehen werden;",
      "2.3 die Räder halbjährlich gewartet werden;",
      "2.4 die Beschaffung ausgeschrieben wird.",
    ]);
    const after = (await port.read()).vorlage;
    expect(after.sections[1]!.clauses.map((c) => c.text)).toEqual(["zwölf Lastenräder beschafft werden;", "die Räder mit dem Logo der Stadt versehen werden;", "die Räder halbjährlich gewartet werden;", "die Beschaffung ausgeschrieben wird."]);
  });

  it("renumbers 2.1, 2.3, 2.4 to 2.1, 2.2, 2.3, as recognize --renumber does, and says how many changed", async () => {
    const port = open(plain());
    await port.read();
    expect(await port.renumber()).toBe(2);
    expect(printed(port.bytes()).slice(6)).toEqual(["2.1 zwölf Lastenräder beschafft werden;", "2.2 die Räder halbjährlich gewartet werden;", "2.3 die Beschaffung ausgeschrieben wird."]);
  });

  it("refuses to renumber when a typed reference would then name another clause, and changes nothing", async () => {
    const bytes = plain("die Beschaffung gemäß Ziffer 2.3 ausgeschrieben wird.");
    const port = open(bytes);
    await port.read();
    const before = port.bytes();
    await expect(port.renumber()).rejects.toBeInstanceOf(ReferencesWouldChangeError);
    expect(parts(port.bytes())).toEqual(parts(before));
    expect((await port.read()).structured).toBe(false);
  });
});

describe("typed references and structural changes", () => {
  /** Our numbering already right: a clause names „Ziffer 2.2“ in its words. */
  const withReference = () => {
    const port = open(
      plainDocx([
        "Vorlagen-Nr. 25-V-07-0042",
        "Betreff: Lastenräder",
        "1. Es wird beschlossen, dass",
        "1.1 zwölf Lastenräder beschafft werden;",
        "1.2 die Räder halbjährlich gewartet werden;",
        "1.3 die Beschaffung der unter Ziffer 1.2 genannten Wartung ausgeschrieben wird.",
      ]),
    );
    return port;
  };

  it("refuses to insert before the clause a typed reference names, names the reference, and leaves the document as it was", async () => {
    const port = withReference();
    const v = (await port.read()).vorlage;
    const before = port.bytes();
    const error = await port.insertClause({ id: "neu", text: "neu;" }, v.sections[0]!.id, v.sections[0]!.clauses[0]!.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferencesWouldChangeError);
    expect((error as ReferencesWouldChangeError).references.map((r) => [r.text, r.before, r.after])).toEqual([["Ziffer 1.2", "1.2", "1.3"]]);
    expect(parts(port.bytes())).toEqual(parts(before));
  });

  it("inserts after the referenced clause: no reference changes what it names", async () => {
    const port = withReference();
    const v = (await port.read()).vorlage;
    await port.insertClause({ id: "neu", text: "neu;" }, v.sections[0]!.id, v.sections[0]!.clauses[1]!.id);
    expect(printed(port.bytes()).slice(3)).toEqual(["1.1 zwölf Lastenräder beschafft werden;", "1.2 die Räder halbjährlich gewartet werden;", "1.3 neu;", "1.4 die Beschaffung der unter Ziffer 1.2 genannten Wartung ausgeschrieben wird."]);
  });

  it("refuses to delete or move the clause a typed reference names", async () => {
    const port = withReference();
    const v = (await port.read()).vorlage;
    const [first, second] = v.sections[0]!.clauses;
    await expect(port.deleteBlock(first!.id)).rejects.toBeInstanceOf(ReferencesWouldChangeError);
    const read = (await port.read()).vorlage.sections[0]!.clauses;
    await expect(port.moveBlock(read[0]!.id, read[1]!.id)).rejects.toBeInstanceOf(ReferencesWouldChangeError);
    expect(second).toBeDefined();
  });
});
