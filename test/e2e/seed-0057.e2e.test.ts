import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { checkFile } from "../../src/cli/check-file";
import { convert, findSoffice } from "../interop/libreoffice";
import { compareLines, firstPagePng, originalLines, printedPages } from "../interop/printout";
import { reference0057 } from "../fixtures/reference-0057";
import { build, CHROMIUM, CHROMIUM_ARGS, serve } from "./harness";
import { sideways } from "./pane-checks";

/**
 * The seed, drafted end to end: Beschluss 0057 typed into the pane alone, at Word's
 * narrowest pane (320 px), downloaded, printed through LibreOffice and read back with
 * pdftotext. The expected lines are our own fixture (the layout of 0057 with the clause
 * texts of test/fixtures/reference-0057.ts), so this runs without ../shared.
 */
const soffice = findSoffice();
if ((!CHROMIUM || !soffice) && process.env["CI"]) throw new Error("chromium and LibreOffice are needed; .ci/run installs them");
const suite = CHROMIUM && soffice ? describe : describe.skip;
if (!CHROMIUM || !soffice) console.warn("chromium or LibreOffice missing: the seed drafting test is skipped");
jest.setTimeout(400_000);

const EXPECTED_0057 = `
Tagesordnung II Punkt 10 der öffentlichen Sitzung am 21. März 2024
Vorlagen-Nr. 24-V-07-0001
Beitritt NExT e. V. der Landeshauptstadt Wiesbaden
Beschluss Nr. 0057
1. Es wird zur Kenntnis genommen, dass
- 1.1 der Verein NExT e. V. am 12. Juli 2018 in Berlin gegründet wurde;
- 1.2 der Verein sich gemäß der Satzung zur Volks- und Berufsbildung verpflichtet;
- 1.3 Mitarbeitende der Stadtverwaltung bereits an Formaten des NExT e. V. teilgenommen haben;
- 1.4 mit der Mitgliedschaft die Landeshauptstadt sich zum ressortübergreifenden Austausch bekennt;
- 1.5 mit einer assoziierten Mitgliedschaft die Landeshauptstadt das Anliegen von NExT e. V. fördert;
- 1.6 Der Beitritt durch die Dezernate VII und II initiiert ist.
2. Es wird beschlossen, dass
- 2.1 die Landeshauptstadt Wiesbaden nach Wirksamwerden des Haushaltes 2024 assoziiertes Mitglied im Verein „NExT e. V.“ wird.
- 2.2 der jährliche Mitgliedsbeitrag in Höhe von 1.000 € hälftig aus dem Budget der Dezernate VII und II finanziert wird;
- 2.3 die haushaltstechnische Umsetzung durch Dezernat III/20 in Verbindung mit Dezernat VII und II erfolgt.
(antragsgemäß Magistrat 27.02.2024 BP 0106)
Dem Magistrat
mit der Bitte um weitere Veranlassung
Wiesbaden, 21.03.2024
im Auftrag
Dr. Heimlich
Der Magistrat
Wiesbaden, 21.03.2024
im Auftrag
Dezernat II und Dezernat III
mit der Bitte um Kenntnisnahme
Dezernat VII
mit der Bitte um weitere Veranlassung
Bock
`;

suite("Beschluss 0057 drafted from the pane alone, printed through LibreOffice", () => {
  let server: Server;
  let context: BrowserContext;
  let page: Page;
  let docx: Buffer;

  beforeAll(async () => {
    const served = await serve(build());
    server = served.server;
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "chromium-")), {
      executablePath: CHROMIUM as string,
      headless: true,
      args: CHROMIUM_ARGS,
      acceptDownloads: true,
      viewport: { width: 1280, height: 1000 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${served.origin}/preview.html?pane=320`);
    await page.getByRole("button", { name: "Abschnitt „Kenntnisnahme“ einfügen" }).waitFor();
  });

  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  const settle = async () => {
    await page.getByText("Bitte warten …").waitFor({ state: "detached" });
    expect(await sideways(page)).toEqual([]);
  };
  const click = async (name: string) => {
    await page.getByRole("button", { name, exact: true }).click();
    await settle();
  };

  it("takes header, both sections, Bezug, Finanzierung, both Verteiler blocks and the Zeichnungen, and downloads the .docx", async () => {
    const ref = reference0057();
    await page.getByRole("tab", { name: "Angaben" }).click();
    await page.getByLabel("Tagesordnung", { exact: true }).selectOption("II");
    await page.getByLabel("Tagesordnungspunkt").fill("10");
    await page.getByLabel("Sitzungsart (öffentlich/nicht öffentlich)").selectOption("oeffentlich");
    await page.getByLabel("Sitzungsdatum").fill("21.03.2024");
    await page.getByLabel("Gremium", { exact: true }).selectOption("Stadtverordnetenversammlung");
    await page.getByLabel("Vorlagen-Nr.").fill("24-V-07-0001");
    await page.getByLabel("Betreff").fill("Beitritt NExT e. V. der Landeshauptstadt Wiesbaden");
    await page.getByLabel("Beschluss-Nr.").fill("0057");
    await page.getByLabel("Federführendes Dezernat").selectOption("VII");
    await page.getByLabel("Dezernat II", { exact: true }).check();
    await page.getByLabel("Finanzielle Auswirkungen").check();
    await page.getByLabel("Betrag").fill("1.000 €");
    await page.getByLabel("Einmalig oder jährlich").selectOption("jaehrlich");
    await page.getByLabel("Haushaltsjahr").fill("2024");
    for (const [i, [dezernat, produkt, kostenstelle]] of [["VII", "1.11.01", "471101"], ["II", "1.11.02", "471102"]].entries()) {
      await page.getByRole("button", { name: "Deckungsquelle hinzufügen" }).click();
      await page.getByLabel(`Dezernat der Deckungsquelle ${i + 1}`).selectOption(dezernat as string);
      await page.getByLabel(`Anteil der Deckungsquelle ${i + 1} in Prozent`).fill("50");
      await page.getByLabel(`Produkt der Deckungsquelle ${i + 1}`).fill(produkt as string);
      await page.getByLabel(`Kostenstelle der Deckungsquelle ${i + 1}`).fill(kostenstelle as string);
    }
    await page.getByLabel("Haushaltstechnische Umsetzung durch (z. B. III/20)").fill("III/20");
    await click("Angaben in das Dokument übernehmen");

    await page.getByRole("tab", { name: "Einfügen" }).click();
    for (const s of ref.sections) {
      await click(s.kind === "kenntnisnahme" ? "Abschnitt „Kenntnisnahme“ einfügen" : "Abschnitt „Beschluss“ einfügen");
      for (const c of s.clauses) {
        await page.getByLabel("Text der Ziffer").fill(c.text);
        await page.getByLabel("Text der Ziffer").press("Control+Enter");
        await settle();
      }
    }
    await page.getByLabel("Gremium des früheren Beschlusses").selectOption("Magistrat");
    await page.getByLabel("Datum des früheren Beschlusses").fill("27.02.2024");
    await page.getByLabel("BP-Nr. (Beschlusspunkt)").fill("0106");
    await click("Bezug einfügen");

    await page.getByLabel("Empfänger").fill("Dem Magistrat");
    await page.getByLabel("Bitte", { exact: true }).selectOption("veranlassung");
    await click("Empfänger einfügen");
    await page.getByLabel("Datum", { exact: true }).fill("21.03.2024");
    await page.getByLabel("Name").fill("Dr. Heimlich");
    await click("Zeichnung einfügen");

    await page.getByLabel("Weiterleitende Stelle (z. B. Der Magistrat; beginnt eine neue Seite)").fill("Der Magistrat");
    await page.getByLabel("Datum", { exact: true }).fill("21.03.2024");
    await page.getByLabel("Name").fill("Bock");
    for (const [empfaenger, bitte] of [["Dezernat II und Dezernat III", "kenntnisnahme"], ["Dezernat VII", "veranlassung"]] as const) {
      await page.getByLabel("Empfänger").fill(empfaenger);
      await page.getByLabel("Bitte", { exact: true }).selectOption(bitte);
      await page.getByRole("button", { name: "Empfänger unter diese Zeichnung setzen" }).click();
    }
    await click("Zeichnung einfügen");

    await page.getByRole("tab", { name: /Prüfen/ }).click();
    await expect(page.getByText("Vollständig – bereit zur Vorlage an das Gremium „Stadtverordnetenversammlung“.").count()).resolves.toBe(1);
    await expect(page.getByRole("tab", { name: /Prüfen/ }).textContent()).resolves.toBe("Prüfen (0)");

    await page.getByRole("tab", { name: "Export" }).click();
    await click("Metadaten im Dokument speichern");
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Dokument (.docx) herunterladen" }).click()]);
    const path = join(mkdtempSync(join(tmpdir(), "seed-")), "0057.docx");
    await file.saveAs(path);
    docx = readFileSync(path);
  });

  it("prints the original's lines in order (apart from whitespace, the letterhead and the page numbers), and saves page 1 as a PNG", () => {
    const pdf = convert(soffice as string, "0057.docx", docx, "pdf");
    const pages = printedPages(pdf);
    const result = compareLines(originalLines(EXPECTED_0057), pages.flat());
    if (!result.ok) console.warn(pages.flat().join("\n"));
    expect(result).toEqual({ ok: true, letterhead: ["Stadtverordnetenversammlung"] });
    expect(firstPagePng(pdf, join(__dirname, "../../test-results"), "seed-0057-seite-1")).toMatch(/\.png$/);
  });

  it("`check` finds nothing in the downloaded file", () => {
    const dir = mkdtempSync(join(tmpdir(), "seed-check-"));
    const file = join(dir, "0057.docx");
    writeFileSync(file, docx);
    const r = checkFile(file, WIESBADEN, "de");
    expect(r.readable && [r.structured, r.complete, r.findings]).toEqual([true, true, []]);
  });
});
