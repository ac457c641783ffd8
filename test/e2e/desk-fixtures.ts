import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { clause, finanzierung, section } from "../../src/core/model/builders";
import type { Vorlage } from "../../src/core/model/vorlage";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { completeVorlage } from "../fixtures/builders";
import { plainDocx } from "../fixtures/docx";

/** A file for the page, with what the page must show for it (written before the page was run). */
export interface DeskFixture {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly status: "vollständig" | "unvollständig" | "nicht lesbar";
  /** For readable files; undefined where the oracle (the engine in Node) decides, as for a recognised plain text. */
  readonly errors?: number;
  readonly warnings?: number;
  /** Part of the German reason, for unreadable files. */
  readonly reason?: string;
}

const save = (v: Vorlage): Uint8Array => DocxDocument.create(v, WIESBADEN, "2025-05-06T09:00:00Z").save();

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"] as const;
const GREMIEN = ["Magistrat", "Stadtverordnetenversammlung", "Ausschuss für Finanzen"] as const;

/** A complete Vorlage of Dezernat `d` (its org code in the Vorlagen-Nr. and its own Deckungsquelle). */
export function vorlageOf(n: number, dezernat: string, gremium: string, betragCent: number, turnus: "einmalig" | "jaehrlich", betreff: string): Vorlage {
  const base = completeVorlage();
  const org = String(ROMAN.indexOf(dezernat as (typeof ROMAN)[number]) + 1).padStart(2, "0");
  return {
    ...base,
    header: { ...base.header, gremium, vorlagenNr: `25-V-${org}-${String(n).padStart(4, "0")}`, betreff },
    zustaendigkeit: { federfuehrend: dezernat, beteiligt: [] },
    sections: [
      section("k", "kenntnisnahme", [clause("k1", "die Verwaltung den Bedarf geprüft hat;")]),
      section("b", "beschluss", [clause("b1", "die Maßnahme wie beschrieben umgesetzt wird;"), clause("b2", `die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt.`)]),
    ],
    finanzierung: finanzierung({ betragCent, turnus, haushaltsjahr: 2025, quellen: [{ id: "q1", stelle: { dezernat, produkt: "1.11.01", kostenstelle: "2010" }, anteil: 1 }], bewirtschaftung: "III/20" }),
  };
}

/** A zip whose one part would unpack 500:1: refused before it is inflated. */
function zipBomb(): Uint8Array {
  return zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("lol".repeat(2_000_000)) }, { level: 9 });
}

function withDoctype(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const xml = new TextDecoder().decode(files["word/document.xml"]);
  files["word/document.xml"] = strToU8(xml.replace("?>", '?><!DOCTYPE w:document [<!ENTITY x "y">]>'));
  return zipSync(files);
}

/**
 * Thirty Vorlagen of a sitting: twenty complete ones over five Dezernate and three Gremien
 * (three of them with a Betreff that looks like markup), incomplete ones with known errors,
 * one with a warning only, a plain document to be recognised, and five files that cannot be
 * read (not a zip, damaged, a zip bomb, a DOCTYPE, an old .doc).
 */
export function sitting(): DeskFixture[] {
  const out: DeskFixture[] = [];
  const dez = ["I", "II", "III", "V", "VII"];
  const betreffe = ["<script>alert(1)</script>", '<img src=x onerror="alert(1)">', "javascript:alert(1)"];
  for (let i = 0; i < 20; i++) {
    const d = dez[i % dez.length] as string;
    const betreff = i < 3 ? (betreffe[i] as string) : `Vorlage ${i + 1}: Sanierung der Schule ${i + 1} (Dezernat ${d})`;
    out.push({ name: `vorlage-${String(i + 1).padStart(2, "0")}.docx`, bytes: save(vorlageOf(i + 1, d, GREMIEN[i % 3] as string, (i + 1) * 100_000, i % 4 === 0 ? "jaehrlich" : "einmalig", betreff)), status: "vollständig", errors: 0, warnings: 0 });
  }
  const b = vorlageOf(21, "III", "Magistrat", 5_000_000, "einmalig", "Neubau der Feuerwache Nord");
  out.push({ name: "unvollstaendig-ohne-nr.docx", bytes: save({ ...b, header: { ...b.header, vorlagenNr: "" } }), status: "unvollständig", errors: 1, warnings: 0 });
  out.push({ name: "unvollstaendig-ohne-verteiler.docx", bytes: save({ ...vorlageOf(22, "II", "Magistrat", 250_000, "jaehrlich", "Zuschuss an den Sportkreis"), verteiler: [] }), status: "unvollständig", errors: 1, warnings: 0 });
  const c = vorlageOf(23, "V", "Stadtverordnetenversammlung", 990_000, "einmalig", "Spielplatz am Rheinufer");
  out.push({ name: "unvollstaendig-zwei-fehler.docx", bytes: save({ ...c, header: { ...c.header, vorlagenNr: "" }, verteiler: [] }), status: "unvollständig", errors: 2, warnings: 0 });
  const w = vorlageOf(24, "I", "Ausschuss für Finanzen", 120_000, "einmalig", "Software für das Standesamt");
  out.push({ name: "warnung-deckungsquelle.docx", bytes: save({ ...w, finanzierung: { ...(w.finanzierung as NonNullable<Vorlage["finanzierung"]>), quellen: [{ id: "q1", stelle: { dezernat: "I", produkt: "", kostenstelle: "" }, anteil: 1 }] } }), status: "vollständig", errors: 0, warnings: 1 });
  const text = readFileSync(join(__dirname, "../fixtures/texts/wiesbaden-style.txt"), "utf8").split("\n");
  out.push({ name: "einfach-altes-dokument.docx", bytes: plainDocx(text), status: "unvollständig" });
  out.push({ name: "notiz.docx", bytes: strToU8("Dies ist keine Word-Datei."), status: "nicht lesbar", reason: "kein gültiges ZIP-Archiv" });
  out.push({ name: "beschaedigt.docx", bytes: save(b).slice(0, 900), status: "nicht lesbar", reason: "ZIP-Archiv" });
  out.push({ name: "bombe.docx", bytes: zipBomb(), status: "nicht lesbar", reason: "ZIP-Bombe" });
  out.push({ name: "doctype.docx", bytes: withDoctype(save(b)), status: "nicht lesbar", reason: "DOCTYPE" });
  out.push({ name: "alt.doc", bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), status: "nicht lesbar", reason: "altes Word-Format" });
  return out;
}
