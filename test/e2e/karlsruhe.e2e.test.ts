import { mkdtempSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { convert, findSoffice } from "../interop/libreoffice";
import { compareLines, firstPagePng, originalLines, printedPages } from "../interop/printout";
import { reference0057 } from "../fixtures/reference-0057";
import { build, CHROMIUM, CHROMIUM_ARGS, serve } from "./harness";
import { sideways, tabLines } from "./pane-checks";

/**
 * The scenario of Beschluss 0057 drafted from the pane alone on Karlsruhe's profile
 * (?profile=karlsruhe), at 320 px, downloaded and printed through LibreOffice → PDF →
 * pdftotext. The expected lines were written from Karlsruhe's profile and house-style data
 * (src/core/profile/profiles/karlsruhe.json: the Kopf lines, „Beteiligt: …“, Roman sections
 * „Zur Kenntnisnahme“ / „Beschlussantrag“ with clauses 1., 2. …, the Finanzierung as a
 * table, numeric dates, amounts with cents, „– 1 –“; no block hidden, so the header fields
 * the Kopf leaves out print as „Angaben“ lines) before the test first ran. Karlsruhe's own
 * lists stand in for Wiesbaden's (Gemeinderat, Dez. 1–6, Vorlage Nr. 2024/0057).
 */
const soffice = findSoffice();
if ((!CHROMIUM || !soffice) && process.env["CI"]) throw new Error("chromium and LibreOffice are needed; .ci/run installs them");
const suite = CHROMIUM && soffice ? describe : describe.skip;
if (!CHROMIUM || !soffice) console.warn("chromium or LibreOffice missing: the Karlsruhe drafting test is skipped");
jest.setTimeout(600_000);

// The Finanzierung table's header row („Gegenstand | Angabe“, marked for accessibility) repeats where the table goes on after page 1.
const EXPECTED_KARLSRUHE = `
Beschlussvorlage
Vorlage Nr.: 2024/0057
Verantwortlich: Dez. 6
Beitritt NExT e. V. der Stadt Karlsruhe
Gremium: Gemeinderat, Termin: 21.03.2024, TOP 10, Ö
Tagesordnung: II
Beschluss-Nr.: 0057
Beteiligt: Dez. 2
I. Zur Kenntnisnahme
1. der Verein NExT e. V. am 12. Juli 2018 in Berlin gegründet wurde;
2. der Verein sich gemäß der Satzung zur Volks- und Berufsbildung verpflichtet;
3. Mitarbeitende der Stadtverwaltung bereits an Formaten des NExT e. V. teilgenommen haben;
4. mit der Mitgliedschaft die Landeshauptstadt sich zum ressortübergreifenden Austausch bekennt;
5. mit einer assoziierten Mitgliedschaft die Landeshauptstadt das Anliegen von NExT e. V. fördert;
6. Der Beitritt durch die Dezernate VII und II initiiert ist.
II. Beschlussantrag
1. die Landeshauptstadt Wiesbaden nach Wirksamwerden des Haushaltes 2024 assoziiertes Mitglied im Verein „NExT e. V.“ wird.
2. der jährliche Mitgliedsbeitrag in Höhe von 1.000 € hälftig aus dem Budget der Dezernate VII und II finanziert wird;
3. die haushaltstechnische Umsetzung durch Dezernat III/20 in Verbindung mit Dezernat VII und II erfolgt.
(antragsgemäß Bauausschuss 27.02.2024 BP 0106)
Finanzierung
Gegenstand Angabe
Finanzielle Auswirkungen Ja
Betrag 1.000,00 € jährlich
Haushaltsjahr 2024
Deckung 50 % aus dem Budget von Dez. 6, Produkt 1.11.01, Kostenstelle 471101
Gegenstand Angabe
Deckung 50 % aus dem Budget von Dez. 2, Produkt 1.11.02, Kostenstelle 471102
Bewirtschaftung Dez. 2
Dezernat 6
mit der Bitte um weitere Veranlassung
Karlsruhe, 21.03.2024
im Auftrag
Bock
`;

suite("the 0057 scenario drafted from the pane on Karlsruhe's profile, printed through LibreOffice", () => {
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
    await page.goto(`${served.origin}/preview.html?pane=320&profile=karlsruhe`);
    await page.getByRole("button", { name: "Abschnitt „Kenntnisnahme“ einfügen" }).waitFor();
  });

  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  const settle = async () => {
    await page.getByText("Bitte warten …").waitFor({ state: "detached" });
    expect(await sideways(page)).toEqual([]);
    expect(await tabLines(page)).toEqual([["insert", "fields", "check", "export"]]);
  };
  const click = async (name: string) => {
    await page.getByRole("button", { name, exact: true }).click();
    await settle();
  };

  it("takes the header, both sections, Bezug, Finanzierung, Verteiler and Zeichnung, and downloads the .docx", async () => {
    await expect(page.getByText("Kommunalprofil: Stadt Karlsruhe").count()).resolves.toBe(1);
    await page.getByRole("tab", { name: "Angaben" }).click();
    await page.getByLabel("Tagesordnung", { exact: true }).selectOption("II");
    await page.getByLabel("Tagesordnungspunkt").fill("10");
    await page.getByLabel("Sitzungsart (öffentlich/nicht öffentlich)").selectOption("oeffentlich");
    await page.getByLabel("Sitzungsdatum").fill("21.03.2024");
    await page.getByLabel("Gremium", { exact: true }).selectOption("Gemeinderat");
    await page.getByLabel("Vorlagen-Nr.").fill("2024/0057");
    await page.getByLabel("Betreff").fill("Beitritt NExT e. V. der Stadt Karlsruhe");
    await page.getByLabel("Beschluss-Nr.").fill("0057");
    await page.getByLabel("Vorlagenart").fill("Beschlussvorlage");
    await page.getByLabel("Federführendes Dezernat").selectOption("6");
    await page.getByLabel("Dez. 2", { exact: true }).check();
    await page.getByLabel("Finanzielle Auswirkungen").check();
    await page.getByLabel("Betrag").fill("1.000 €");
    await page.getByLabel("Einmalig oder jährlich").selectOption("jaehrlich");
    await page.getByLabel("Haushaltsjahr").fill("2024");
    for (const [i, [dezernat, produkt, kostenstelle]] of [["6", "1.11.01", "471101"], ["2", "1.11.02", "471102"]].entries()) {
      await page.getByRole("button", { name: "Deckungsquelle hinzufügen" }).click();
      await page.getByLabel(`Dezernat der Deckungsquelle ${i + 1}`).selectOption(dezernat as string);
      await page.getByLabel(`Anteil der Deckungsquelle ${i + 1} in Prozent`).fill("50");
      await page.getByLabel(`Produkt der Deckungsquelle ${i + 1}`).fill(produkt as string);
      await page.getByLabel(`Kostenstelle der Deckungsquelle ${i + 1}`).fill(kostenstelle as string);
    }
    await page.getByLabel("Haushaltstechnische Umsetzung durch (z. B. III/20)").fill("2");
    await click("Angaben in das Dokument übernehmen");

    await page.getByRole("tab", { name: "Einfügen" }).click();
    for (const s of reference0057().sections) {
      await click(s.kind === "kenntnisnahme" ? "Abschnitt „Kenntnisnahme“ einfügen" : "Abschnitt „Beschluss“ einfügen");
      for (const c of s.clauses) {
        await page.getByLabel("Text der Ziffer").fill(c.text);
        await page.getByLabel("Text der Ziffer").press("Control+Enter");
        await settle();
      }
    }
    await page.getByLabel("Gremium des früheren Beschlusses").selectOption("Bauausschuss");
    await page.getByLabel("Datum des früheren Beschlusses").fill("27.02.2024");
    await page.getByLabel("BP-Nr. (Beschlusspunkt)").fill("0106");
    await click("Bezug einfügen");
    await page.getByLabel("Empfänger", { exact: true }).fill("Dezernat 6");
    await page.getByLabel("Bitte", { exact: true }).selectOption("veranlassung");
    await click("Empfänger einfügen");
    await page.getByLabel("Datum", { exact: true }).fill("21.03.2024");
    await page.getByLabel("Name").fill("Bock");
    await click("Zeichnung einfügen");

    await page.getByRole("tab", { name: "Export" }).click();
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Dokument (.docx) herunterladen" }).click()]);
    const path = join(mkdtempSync(join(tmpdir(), "karlsruhe-")), "2024-0057.docx");
    await file.saveAs(path);
    docx = readFileSync(path);
  });

  it("prints Karlsruhe's own layout line by line, with „– 1 –“ at the foot, and saves page 1 as a PNG", () => {
    const pdf = convert(soffice as string, "2024-0057.docx", docx, "pdf");
    const pages = printedPages(pdf);
    const result = compareLines(originalLines(EXPECTED_KARLSRUHE), pages.flat());
    if (!result.ok) console.warn(pages.flat().join("\n"));
    expect(result).toEqual({ ok: true, letterhead: [] });
    expect(pages[0]?.[pages[0].length - 1]).toMatch(/^–\s*1\s*–$/u);
    expect(firstPagePng(pdf, join(__dirname, "../../test-results"), "karlsruhe-0057-seite-1")).toMatch(/\.png$/);
  });
});
