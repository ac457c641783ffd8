import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { checkFile } from "../../src/cli/check-file";
import { DocxPort } from "../../src/document/docx/docx-port";
import { convert, findSoffice } from "../interop/libreoffice";
import { compareLines, firstPagePng, originalLines, printedPages } from "../interop/printout";
import { reference0057 } from "../fixtures/reference-0057";
import { EXPECTED_0057 } from "../fixtures/expected-0057";
import { build, CHROMIUM, CHROMIUM_ARGS, serve } from "./harness";
import { sideways, tabLines } from "./pane-checks";

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

suite("Beschluss 0057 drafted from the pane alone, printed through LibreOffice", () => {
  let server: Server;
  let context: BrowserContext;
  let page: Page;
  let docx: Buffer;
  /** The lines the preview's page shows once the Vorlage is drafted. */
  let previewLines: string[];

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
    expect(await tabLines(page)).toEqual([["insert", "fields", "check", "export"]]);
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

    await page.getByLabel("Empfänger", { exact: true }).fill("Dem Magistrat");
    await page.getByLabel("Bitte", { exact: true }).selectOption("veranlassung");
    await click("Empfänger einfügen");
    await page.getByLabel("Datum", { exact: true }).fill("21.03.2024");
    await page.getByLabel("Name").fill("Dr. Heimlich");
    await click("Zeichnung einfügen");

    await page.getByLabel("Weiterleitende Stelle (z. B. Der Magistrat; beginnt eine neue Seite)").fill("Der Magistrat");
    await page.getByLabel("Interne Nummer der weiterleitenden Stelle").fill("-16-");
    await page.getByLabel("Datum", { exact: true }).fill("21.03.2024");
    await page.getByLabel("Name").fill("Bock");
    for (const [empfaenger, bitte] of [["Dezernat II und Dezernat III", "kenntnisnahme"], ["Dezernat VII", "veranlassung"]] as const) {
      await page.getByLabel("Empfänger unter dieser Zeichnung").fill(empfaenger);
      await page.getByLabel("Bitte unter dieser Zeichnung").selectOption(bitte);
      await page.getByRole("button", { name: "Empfänger unter diese Zeichnung setzen" }).click();
    }
    await click("Zeichnung einfügen");

    await page.getByRole("tab", { name: /Prüfen/ }).click();
    await expect(page.getByText("Vollständig – bereit zur Vorlage an das Gremium „Stadtverordnetenversammlung“.").count()).resolves.toBe(1);
    await expect(page.getByRole("tab", { name: /Prüfen/ }).textContent()).resolves.toBe("Prüfen (0)");

    // A soft line break (the Magistrat's number under its name) is a line of its own on the page.
    previewLines = (await page.locator("[data-testid=document] p").allInnerTexts()).flatMap((t) => t.split("\n"));

    // No „Metadaten im Dokument speichern“ first: the download writes them into the file itself.
    await page.getByRole("tab", { name: "Export" }).click();
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Dokument (.docx) herunterladen" }).click()]);
    const path = join(mkdtempSync(join(tmpdir(), "seed-")), "0057.docx");
    await file.saveAs(path);
    docx = readFileSync(path);
  });

  it("carries its metadata (custom XML part and document properties) without a separate save", async () => {
    const port = DocxPort.fromBytes(new Uint8Array(docx), WIESBADEN);
    const metadata = await port.readMetadata();
    expect(metadata?.findings).toEqual([]);
    expect(metadata?.vorlage?.header).toMatchObject({ vorlagenNr: "24-V-07-0001", beschlussNr: "0057", sitzungsdatum: "2024-03-21" });
    expect(metadata?.vorlage?.sections.map((s) => s.clauses.length)).toEqual([6, 3]);
    expect(metadata?.vorlage?.zeichnungen.map((z) => [z.name, z.absender, z.absenderNummer])).toEqual([["Dr. Heimlich", undefined, undefined], ["Bock", "Der Magistrat", "16"]]);
    const properties = await port.readProperties();
    expect(properties.get("Vorlagen-Nr.")).toBe("24-V-07-0001");
    expect(properties.get("Betreff")).toBe("Beitritt NExT e. V. der Landeshauptstadt Wiesbaden");
  });

  it("prints the original's lines in order (apart from whitespace, the letterhead and the page numbers), and saves page 1 as a PNG", () => {
    const pdf = convert(soffice as string, "0057.docx", docx, "pdf");
    const pages = printedPages(pdf);
    const result = compareLines(originalLines(EXPECTED_0057), pages.flat());
    if (!result.ok) console.warn(pages.flat().join("\n"));
    expect(result).toEqual({ ok: true, letterhead: ["Stadtverordnetenversammlung"] });
    expect(firstPagePng(pdf, join(__dirname, "../../test-results"), "seed-0057-seite-1")).toMatch(/\.png$/);
    // The preview's page showed what the paper shows: no hidden text (Vorlagenart, Zuständigkeit, Finanzierung), nothing missing.
    expect(compareLines(previewLines, pages.flat())).toEqual({ ok: true, letterhead: [] });
  });

  it("`check` finds nothing in the downloaded file", () => {
    const dir = mkdtempSync(join(tmpdir(), "seed-check-"));
    const file = join(dir, "0057.docx");
    writeFileSync(file, docx);
    const r = checkFile(file, WIESBADEN, "de");
    expect(r.readable && [r.structured, r.complete, r.findings]).toEqual([true, true, []]);
  });
});
