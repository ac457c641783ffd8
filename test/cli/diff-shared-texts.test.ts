import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkFile } from "../../src/cli/check-file";
import { runDiff } from "../../src/cli/diff-command";
import { diffJson, diffText } from "../../src/cli/diff-report";
import { diffVorlagen } from "../../src/core/diff/vorlage-diff";
import { clause, section } from "../../src/core/model/builders";
import { profileOfUse } from "../../src/core/profile/document-profile";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { completeVorlage } from "../fixtures/builders";

/**
 * `diff` reads both versions in one scope in which validation's detectors (personal data,
 * amounts) compute a text the versions share once (src/core/text-memo.ts). Its output must be
 * what two reads apart give: the same findings, appeared and gone, in the same order.
 */
const dir = mkdtempSync(join(tmpdir(), "beschluss-diff-shared-"));
let n = 0;

const SHARED = [
  "die Anwohnerin Frau Erika Muster, wohnhaft Am Kirschgarten 12, 65183 Wiesbaden, angehört wird;",
  "zwei Lastenräder zum Preis von insgesamt 12.400,00 € jährlich beschafft werden;",
  "Rückfragen an Herrn Max Beispiel, Telefon 0176 12345678, gerichtet werden;",
  "die Räder wie unter Ziffer 2.9 beschrieben gewartet werden;",
];

function version(beschluss: readonly (readonly [string, string])[]): string {
  const v = completeVorlage({ sections: [section("k", "kenntnisnahme", [clause("k0", "der Bürgerservice künftig mit dem Rad fährt;")]), section("b", "beschluss", beschluss.map(([id, t]) => clause(id, t)))] });
  const path = join(dir, `v${n++}.docx`);
  writeFileSync(path, DocxDocument.create(v, WIESBADEN, "2025-05-06T09:00:00Z").save());
  return path;
}

/** The comparison from two reads apart, with no results shared between them. */
function apart(oldFile: string, newFile: string, json: boolean): string {
  const newer = checkFile(newFile, WIESBADEN, "de");
  if (!newer.readable) throw new Error(newer.error);
  const profile = profileOfUse(newer.profile, WIESBADEN);
  const older = checkFile(oldFile, profile, "de", true);
  if (!older.readable) throw new Error(older.error);
  const diff = diffVorlagen({ vorlage: older.vorlage, findings: older.findings, stableIds: older.structured }, { vorlage: newer.vorlage, findings: newer.findings, stableIds: newer.structured }, profile.numbering);
  return json ? diffJson(diff, oldFile, newFile, profile, "de") : diffText(diff, oldFile, newFile, profile, "de");
}

function together(oldFile: string, newFile: string, json: boolean): string {
  const out: string[] = [];
  runDiff([oldFile, newFile], WIESBADEN, "de", json, { out: (t) => out.push(t), err: (t) => out.push(`ERR ${t}`) });
  return out.join("\n");
}

describe("beschluss diff with texts both versions share", () => {
  const oldFile = version(SHARED.map((t, i) => [`b${i}`, t] as const));
  // Shared texts kept, one changed to hold another address and amount, one added that repeats a shared text.
  const newFile = version([
    ["b0", SHARED[0] as string],
    ["b1", "zwei Lastenräder zum Preis von insgesamt 9.800,00 € einmalig beschafft werden, Lieferung an Herrn Paul Probe, wohnhaft Lindenweg 4;"],
    ["b2", SHARED[2] as string],
    ["b3", SHARED[3] as string],
    ["b4", SHARED[0] as string],
    ["b5", "die Räder wie unter Ziffer 2.8 beschrieben gepflegt werden;"],
  ]);

  it("writes the text two reads apart give, with the findings that appeared and went", () => {
    const text = together(oldFile, newFile, false);
    expect(text).toBe(apart(oldFile, newFile, false));
    // Not vacuous: the comparison names findings of the changed and the added clause.
    expect(text).toMatch(/Prüfergebnisse:/u);
    // The changed clause's new address and the added clause's, whose text the older version holds elsewhere.
    expect(text.match(/neu: Warnung – .*Wohnanschrift/gu)).toHaveLength(2);
    expect(text).toMatch(/entfallen: Warnung – Der Beschlusstext nennt einen jährlichen Betrag/u);
    // The new clause's reference to a clause that is not there; the shared one's stays unnamed.
    expect(text).toMatch(/neu: Fehler – In Ziffer 2\.6 wird auf Ziffer 2\.8 verwiesen/u);
    expect(text).not.toMatch(/auf Ziffer 2\.9 verwiesen/u);
  });

  it("writes the JSON two reads apart give", () => {
    expect(together(oldFile, newFile, true)).toBe(apart(oldFile, newFile, true));
  });

  it("says nothing of findings in texts that did not change", () => {
    const same = version(SHARED.map((t, i) => [`b${i}`, t] as const));
    const text = together(oldFile, same, false);
    expect(text).toBe(apart(oldFile, same, false));
    expect(text).not.toMatch(/Prüfergebnisse:/u);
  });
});
