/**
 * @jest-environment jsdom
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TextDecoder } from "node:util";
import { collectFiles } from "../../src/cli/collect-files";
import { progressBar } from "../../src/cli/progress";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { completeVorlage } from "../fixtures/builders";
import { run, runBin } from "./cli-helpers";

const NOW = "2025-05-06T09:00:00Z";
const root = mkdtempSync(join(tmpdir(), "beschluss-eingang-"));
const put = (rel: string, bytes: Uint8Array | string): string => {
  const path = join(root, rel);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, bytes);
  return path;
};
const header = completeVorlage().header;
const docx = (patch: Partial<typeof header>) => DocxDocument.create(completeVorlage({ header: { ...header, ...patch } }), WIESBADEN, NOW).save();

// An Eingang as offices file it: a folder per Dezernat, a lock file of an open document, a PDF beside.
const a = put("Dezernat I/a-vollstaendig.docx", docx({}));
const b = put("Dezernat III/b-ohne-gremium.docx", docx({ gremium: "", betreff: '<script>alert("x")</script> =SUMME(A1)' }));
const c = put("Dezernat III/unter/c-kaputt.docx", "kein Word-Dokument");
put("Dezernat III/~$b-ohne-gremium.docx", "Sperrdatei von Word");
put("Dezernat I/anlage.pdf", "%PDF-1.4");
put(".versteckt/x.docx", docx({}));

describe("check of a directory", () => {
  it("reads .docx files in subdirectories too, in name order, without Word's lock files, hidden entries or other files", () => {
    expect(collectFiles([root]).files).toEqual([a, b, c]);
  });

  it("takes a named file as it is, so that a wrong one is reported", () => {
    expect(collectFiles([join(root, "Dezernat I/anlage.pdf")]).files).toEqual([join(root, "Dezernat I/anlage.pdf")]);
  });

  it("checks every file of the folder and exits 2 because one is unreadable", async () => {
    const r = await run("check", root);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`${a}: vollständig`);
    expect(r.out).toContain(`${b}: unvollständig`);
    expect(r.out).toContain(`${c}: nicht lesbar`);
    expect(r.out).toContain("3 Dateien geprüft: 1 vollständig, 1 unvollständig, 1 nicht lesbar");
  });
});

describe("check --report and --csv", () => {
  const out = mkdtempSync(join(tmpdir(), "beschluss-bericht-"));
  const html = join(out, "bericht.html");
  const csv = join(out, "bericht.csv");
  let result: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    result = await run("check", "--report", html, "--csv", csv, root);
  });

  it("writes both files and says so", () => {
    expect(result.code).toBe(2);
    expect(result.err).toContain(`geschrieben: ${html}`);
    expect(result.err).toContain(`geschrieben: ${csv}`);
  });

  it("writes an HTML file with one row per file, the Betreff as text and no script", () => {
    const doc = new DOMParser().parseFromString(readFileSync(html, "utf8"), "text/html");
    expect(doc.querySelectorAll("script")).toHaveLength(0);
    const rows = [...([...doc.querySelectorAll("table")].at(-1) as HTMLTableElement).querySelectorAll("tbody.doc > tr:first-child")];
    expect(rows.map((r) => r.querySelectorAll("td")[8]?.textContent?.split(/\s/u)[0])).toEqual(["vollständig", "unvollständig", "nicht"]);
    expect(rows[1]?.querySelectorAll("td")[2]?.textContent).toBe('<script>alert("x")</script> =SUMME(A1)');
  });

  it("writes a CSV with BOM that German Excel opens, the formula-looking Betreff quoted as text", () => {
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder("utf-8").decode(bytes.subarray(3)).split("\r\n");
    expect(lines[0]).toBe("Datei;Vorlagen-Nr.;Betreff;Federführung;Gremium;Sitzungsdatum;Betrag;Turnus;Status;Fehler;Warnungen;Gelesen als;Gründe;Mehrfach vorhanden");
    expect(lines).toHaveLength(5);
    expect(lines[2]).toContain('"<script>alert(""x"")</script> =SUMME(A1)"');
  });

  it("writes the Federführung as the Dezernat's name and leaves an unreadable file's counts empty", () => {
    const rows = new TextDecoder("utf-8").decode(readFileSync(csv).subarray(3)).split("\r\n").slice(1, 4).map((l) => l.split(";"));
    expect(rows.map((r) => r[3])).toEqual(["Dezernat III", "Dezernat III", ""]);
    // The empty Tagesordnung, Punkt and Beschluss-Nr. print their prompts: a hint (accessibility-field-prompt), no warning.
    expect(rows.map((r) => r.slice(9, 11))).toEqual([["0", "0"], ["1", "0"], ["", ""]]);
  });

  it("writes English files with --lang en", async () => {
    const en = join(out, "report.html");
    await run("check", "--lang", "en", "--report", en, a);
    expect(readFileSync(en, "utf8")).toContain('<html lang="en">');
  });
});

describe("the progress bar", () => {
  const fake = (isTTY: boolean) => {
    const written: string[] = [];
    return { stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream, written };
  };

  it("draws on a terminal", () => {
    const { stream, written } = fake(true);
    const bar = progressBar(4, stream);
    bar.tick("a.docx");
    bar.tick("b.docx");
    bar.done();
    expect(written[1]).toContain("[############------------] 2/4 b.docx");
  });

  it("stays silent when the output is piped", () => {
    const { stream, written } = fake(false);
    const bar = progressBar(4, stream);
    bar.tick("a.docx");
    bar.done();
    expect(written).toEqual([]);
  });

  it("writes nothing but the report when the command's output goes to a pipe", () => {
    const r = runBin("check", root);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("3 Dateien geprüft");
  });
});

describe("one Vorlagen-Nr. in several files", () => {
  it("is flagged „mehrfach vorhanden“ on each row and counted once, by the newest modified date in the document's metadata", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beschluss-fassungen-"));
    const version = (name: string, at: string, betreff: string) => {
      writeFileSync(join(dir, name), DocxDocument.create(completeVorlage({ header: { ...header, betreff } }), WIESBADEN, at).save());
    };
    // The newer version has the name that sorts first, so that the name cannot be what decides.
    version("a-fassung.docx", "2025-04-02T08:00:00Z", "Neue Fassung");
    version("b-fassung.docx", "2025-03-01T08:00:00Z", "Alte Fassung");
    const csv = join(dir, "bericht.csv");
    const html = join(dir, "bericht.html");
    const r = await run("check", "--csv", csv, "--report", html, join(dir, "a-fassung.docx"), join(dir, "b-fassung.docx"));
    expect(r.code).toBe(0);
    const lines = new TextDecoder("utf-8").decode(readFileSync(csv).subarray(3)).split("\r\n");
    expect(lines[1]).toMatch(/;Neue Fassung;.*;mehrfach vorhanden \(2 Dateien\): gezählt \(neuestes Änderungsdatum der Metadaten\)$/u);
    expect(lines[2]).toMatch(/;Alte Fassung;.*;mehrfach vorhanden \(2 Dateien\): nicht gezählt, gezählt ist .*a-fassung\.docx \(neuestes Änderungsdatum der Metadaten\)$/u);
    expect(readFileSync(html, "utf8")).toContain("1 von 1 Vorlage vollständig, 0 unvollständig, 0 nicht lesbar; 1 weitere Fassung mehrfach vorhandener Vorlagen nicht mitgezählt.");
  });
});

describe("names in the report tell files apart", () => {
  it("two named folders of the same name: each file shown by its path, not twice as eingang/v1.docx", () => {
    const s1 = put("Sitzung 1/eingang/v1.docx", docx({}));
    const s2 = put("Sitzung 2/eingang/v1.docx", docx({ gremium: "" }));
    const { display } = collectFiles([join(root, "Sitzung 1/eingang"), join(root, "Sitzung 2/eingang")]);
    const a = display.get(s1);
    const b = display.get(s2);
    expect(a).not.toBe(b);
    expect(a).toContain("Sitzung 1");
    expect(b).toContain("Sitzung 2");
  });
});
