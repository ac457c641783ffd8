import { strFromU8, strToU8, unzipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognizeDocx } from "../../../src/cli/recognize-docx";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { DocxPort } from "../../../src/document/docx/docx-port";
import { RenumberDropsUserMarkupError } from "../../../src/document/marked-numbers";
import { COMMENTS, docxFromBody, paragraphXml } from "../../fixtures/docx";

/**
 * „Nummerierung aktualisieren“ on a document read from its typed text, and `recognize --renumber`, where the number
 * that must change (2.4 after 2.1 becomes 2.2) carries the user's tracked change or a comment. The tracked number
 * stayed the user's text and was skipped without a word (the pane said the numbering was brought up to date; the
 * number still read 2.4); a comment on the number was left on a number it was not written about. Both now refuse
 * alike, name the number and what it carries, and change nothing.
 */
const DATE = 'w:author="Frau Muster" w:date="2025-05-14T10:00:00Z"';
const t = (s: string) => `<w:r><w:t xml:space="preserve">${s}</w:t></w:r>`;
const REST = t(" die Beschaffung ausgeschrieben wird.");
const COMMENT_END = `<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`;
const NUMBERS: Readonly<Record<string, { readonly p: string; readonly mark: string }>> = {
  "an inserted number (Track Changes on)": { p: `<w:p><w:ins w:id="902" ${DATE}><w:r><w:t>2.4</w:t></w:r></w:ins>${REST}</w:p>`, mark: "revision" },
  "a number changed with Track Changes on (2.3 deleted, 2.4 inserted)": { p: `<w:p><w:del w:id="901" ${DATE}><w:r><w:delText>2.3</w:delText></w:r></w:del><w:ins w:id="902" ${DATE}><w:r><w:t>2.4</w:t></w:r></w:ins>${REST}</w:p>`, mark: "revision" },
  "one digit of the number inserted": { p: `<w:p>${t("2.")}<w:ins w:id="902" ${DATE}><w:r><w:t>4</w:t></w:r></w:ins>${REST}</w:p>`, mark: "revision" },
  "a comment on the number": { p: `<w:p><w:commentRangeStart w:id="0"/>${t("2.4")}${COMMENT_END}${REST}</w:p>`, mark: "comment" },
  "a comment on the number and the blank after it": { p: `<w:p><w:commentRangeStart w:id="0"/>${t("2.4 ")}${COMMENT_END}${t("die Beschaffung ausgeschrieben wird.")}</w:p>`, mark: "comment" },
  "a comment without range on the number": { p: `<w:p>${t("2.4")}<w:r><w:commentReference w:id="0"/></w:r>${REST}</w:p>`, mark: "comment" },
  "a footnote reference on the number": { p: `<w:p>${t("2.4")}<w:r><w:footnoteReference w:id="7"/></w:r>${REST}</w:p>`, mark: "note" },
};

const document = (last: string) =>
  docxFromBody(["Vorlagen-Nr. 25-V-07-0042", "Betreff: Lastenräder", "1. Es wird zur Kenntnis genommen, dass", "1.1 der Betrieb Kleintransporter einsetzt.", "2. Es wird beschlossen, dass", "2.1 zwölf Lastenräder beschafft werden;"].map(paragraphXml).join("") + last, { "word/comments.xml": strToU8(COMMENTS) });
const parts = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
const open = (bytes: Uint8Array) => new DocxPort(DocxDocument.open(bytes, { edit: true }), WIESBADEN, sequentialIds("x"));
const bodyXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array);

describe.each(Object.entries(NUMBERS))("a number to renumber that carries %s", (_, { p, mark }) => {
  it("is not renumbered by the pane: refused, named with what it carries, and the document left as it was", async () => {
    const port = open(document(p));
    await port.read();
    const before = parts(port.bytes());
    const error = await port.renumber().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RenumberDropsUserMarkupError);
    expect((error as RenumberDropsUserMarkupError).numbers).toEqual([{ kind: "clause", number: "2.4", marks: [mark] }]);
    expect(parts(port.bytes())).toEqual(before);
  });

  it("is refused alike by recognize --renumber", () => {
    const error = (() => {
      try {
        recognizeDocx(document(p), WIESBADEN, { ids: sequentialIds("y"), renumber: true });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(RenumberDropsUserMarkupError);
    expect((error as RenumberDropsUserMarkupError).numbers).toEqual([{ kind: "clause", number: "2.4", marks: [mark] }]);
  });
});

describe("marks that renumbering keeps", () => {
  it("renumbers a clause whose whole paragraph is commented: the comment is on its words, which stay", async () => {
    const port = open(document(`<w:p><w:commentRangeStart w:id="0"/>${t("2.4 die Beschaffung ausgeschrieben wird.")}${COMMENT_END}</w:p>`));
    await port.read();
    expect(await port.renumber()).toBe(1);
    const xml = bodyXml(port.bytes());
    expect(xml).toMatch(/<w:commentRangeStart w:id="0"\/>.*>2\.2<.*> die Beschaffung ausgeschrieben wird\.<\/w:t><\/w:r><w:commentRangeEnd w:id="0"\/><w:r><w:commentReference w:id="0"\/>/su);
  });

  it("renumbers the others where the tracked number is already right, and keeps its tracked change", async () => {
    const tracked = `<w:ins w:id="902" ${DATE}><w:r><w:t>2.2</w:t></w:r></w:ins>`;
    const port = open(document(`<w:p>${tracked}${t(" die Räder gewartet werden;")}</w:p>${paragraphXml("2.5 die Beschaffung ausgeschrieben wird.")}`));
    const v = (await port.read()).vorlage;
    expect(v.sections[1]?.clauses.map((c) => c.writtenNumber)).toEqual(["2.1", "2.2", "2.5"]);
    expect(await port.renumber()).toBe(1);
    const after = (await port.read()).vorlage;
    expect(after.sections[1]?.clauses.map((c) => c.writtenNumber)).toEqual(["2.1", "2.2", "2.3"]);
    expect(bodyXml(port.bytes())).toContain(tracked);
  });
});
