import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync, zipSync, strToU8 } from "fflate";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { completeVorlage } from "../fixtures/builders";
import { plainDocx, richDocx } from "../fixtures/docx";
import { reference0057 } from "../fixtures/reference-0057";

/** The documents the fuzzer starts from: ours, plain, rich, and ours after another program dropped the tags. */
export function fuzzSeeds(): Uint8Array[] {
  const lines = readFileSync(join(__dirname, "../fixtures/texts/wiesbaden-style.txt"), "utf8").split("\n");
  const ours = DocxDocument.create(reference0057(), WIESBADEN, "2024-03-21T10:00:00Z").save();
  const stripped = unzipSync(ours);
  stripped["word/document.xml"] = strToU8(strFromU8(stripped["word/document.xml"] as Uint8Array).replace(/<w:tag w:val="[^"]*"\/>/g, ""));
  return [ours, DocxDocument.create(completeVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save(), plainDocx(lines), richDocx(lines), zipSync(stripped)];
}
