import { join } from "node:path";
import { sequentialIds } from "../../src/core/model/ids";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { recognizeDocx } from "../../src/cli/recognize-docx";
import { checkedFindings } from "../../src/document/docx/checked-findings";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

/**
 * A Karlsruhe Vorlage recognised with Wiesbaden's profile stores that profile; the hint that the document shows
 * Karlsruhe's form must not vanish with it (fifth tryout: the output is then checked as Wiesbaden without a word).
 */
const karlsruhe = docxFromBody(
  [
    "Beschlussvorlage",
    "Vorlage Nr.: 2025/1057",
    "Verantwortlich: Dez. 2",
    "Stellenschaffungen 2026",
    "Beschlussantrag (Kurzfassung)",
    "1. Der Gemeinderat beschließt die in der Liste 1 enthaltenen Stellenschaffungen.",
  ]
    .map(paragraphXml)
    .join(""),
);

const hints = (bytes: Uint8Array) => {
  const doc = DocxDocument.open(bytes);
  return checkedFindings(doc, doc.read(WIESBADEN, sequentialIds("r")), WIESBADEN).filter((f) => f.code === "recognize-anderes-profil").map((f) => f.params["profil"]);
};

describe("the hint of another profile's form, after recognize", () => {
  it("is given for the original and for recognize's output alike", () => {
    expect(hints(karlsruhe)).toEqual(["karlsruhe"]);
    expect(hints(recognizeDocx(karlsruhe, WIESBADEN, { ids: sequentialIds("x") }).bytes)).toEqual(["karlsruhe"]);
  });
});

describe("recognize of a document in another profile's form, with no --profile", () => {
  it.each([
    ["de", /Hinweis: Das Dokument entspricht dem Muster des Profils „Stadt Karlsruhe“/u, /recognize --profile karlsruhe/u],
    ["en", /Note: The document follows the form of the profile "Stadt Karlsruhe"/u, /recognize --profile karlsruhe/u],
  ])("says the hint (%s) before the output is written with the default profile", async (lang, hint, how) => {
    const { dir, file } = tempFolder("bv-rec-profile-");
    const input = file("karlsruhe.docx", karlsruhe);
    const result = await run("recognize", "--lang", lang, input, "-o", join(dir, "out.docx"));
    expect(result.code).toBe(0);
    expect(result.err).toMatch(hint);
    expect(result.err).toMatch(how);
    const lines = result.err.split("\n");
    expect(lines.findIndex((l) => hint.test(l))).toBeLessThan(lines.findIndex((l) => /geschrieben|written/u.test(l)));
  });

  it("says no such hint for a document in the default profile's form", async () => {
    const { dir, file } = tempFolder("bv-rec-profile-");
    const input = file("wiesbaden.docx", docxFromBody(["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder."].map(paragraphXml).join("")));
    const result = await run("recognize", input, "-o", join(dir, "out.docx"));
    expect(result.code).toBe(0);
    expect(result.err).not.toMatch(/Muster des Profils/u);
  });
});
