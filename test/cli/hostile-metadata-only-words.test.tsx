/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { sequentialIds } from "../../src/core/model/ids";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { recognizeDocx } from "../../src/cli/recognize-docx";
import { DetailPanel } from "../../src/desk/components/DetailPanel";
import { readEntry } from "../../src/desk/read-entry";
import { DESK_MESSAGES } from "../../src/i18n/desk-messages";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

// Fluent's MessageBar watches its width; jsdom has no layout, so nothing is ever observed.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
} as unknown as typeof ResizeObserver;

/**
 * A document `recognize` could give only its metadata part (its clauses stand in a table): it has
 * no controls and a metadata part, and nothing in it was ever lost or recovered. Last round the
 * text line of `check` stopped calling it „wiederhergestellt“ (test/cli/recognize-metadata-only.test.ts);
 * `check --json`, the report (HTML and CSV) and the reviewers' page still did. They now say what
 * the text line says: no content controls, stored metadata. The JSON keeps its field `recovered`
 * (true for such a file, as before) and gains `reading` ("structured" | "metadata" | "recognized").
 */
const cell = (text: string) => `<w:tc>${paragraphXml(text)}</w:tc>`;
const table = (rows: readonly (readonly string[])[]) => `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>${rows.map((r) => `<w:tr>${r.map(cell).join("")}</w:tr>`).join("")}</w:tbl>`;
const clausesInTable = docxFromBody(
  [
    paragraphXml("Vorlagen-Nr. 25-V-03-0042"),
    paragraphXml("Betreff: Anschaffung von Lastenrädern"),
    paragraphXml("Federführend: Dezernat III"),
    paragraphXml("1. Es wird beschlossen, dass"),
    table([
      ["1.1", "zehn Lastenräder beschafft werden;"],
      ["1.2", "die Räder gewartet werden."],
    ]),
    paragraphXml("Finanzielle Auswirkungen: Nein"),
    paragraphXml("Dem Magistrat"),
    paragraphXml("mit der Bitte um Kenntnisnahme"),
    paragraphXml("Wiesbaden, 02.06.2025"),
    paragraphXml("Müller"),
  ].join(""),
);

const RECOVERED_WORDS = /wiederhergestellt|recovered|anderen Programm|another program|Steuerelemente fehlen|controls missing/iu;

describe("a document recognize gave only its metadata is not called recovered anywhere", () => {
  const metadataOnly = recognizeDocx(clausesInTable, WIESBADEN, { ids: sequentialIds("x") });

  it("is such a document: no controls could be made, the metadata part was written", () => {
    expect(metadataOnly.outcome.refusal).toBe("clause-across-table");
    expect(readEntry(0, "a.docx", metadataOnly.bytes, WIESBADEN).recovered).toBe(true);
  });

  it("check --json, --csv and --report say what the text line says", async () => {
    const { dir, file } = tempFolder("nur-metadaten-worte");
    const path = file("aus.docx", metadataOnly.bytes);
    const text = await run("check", path);
    expect(text.out).toContain("ohne Steuerelemente, mit gespeicherten Metadaten");
    const json = JSON.parse((await run("check", "--json", path)).out) as { files: { recovered: boolean; reading: string }[] };
    expect(json.files[0]?.recovered).toBe(true);
    expect(json.files[0]?.reading).toBe("metadata");
    const html = join(dir, "bericht.html");
    const csv = join(dir, "bericht.csv");
    await run("check", "--report", html, "--csv", csv, path);
    for (const out of [readFileSync(html, "utf8"), readFileSync(csv, "utf8")]) {
      expect(out).toContain("ohne Steuerelemente, mit gespeicherten Metadaten");
      expect(out).not.toMatch(RECOVERED_WORDS);
    }
    const en = join(dir, "report.html");
    await run("check", "--lang", "en", "--report", en, path);
    expect(readFileSync(en, "utf8")).toContain("no content controls, stored metadata");
    expect(readFileSync(en, "utf8")).not.toMatch(RECOVERED_WORDS);
  });

  it("the reviewers' page says it too, in German and English", () => {
    const entry = readEntry(0, "aus.docx", metadataOnly.bytes, WIESBADEN);
    for (const lang of ["de", "en"] as const) {
      const view = render(
        <FluentProvider theme={webLightTheme}>
          <DetailPanel entry={entry} profile={WIESBADEN} lang={lang} t={DESK_MESSAGES[lang]} onClose={() => undefined} />
        </FluentProvider>,
      );
      expect(view.container.textContent).toContain(lang === "de" ? "Ohne Steuerelemente, mit gespeicherten Metadaten" : "No content controls, stored metadata");
      expect(view.container.textContent).not.toMatch(RECOVERED_WORDS);
      view.unmount();
    }
  });
});
