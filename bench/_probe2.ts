import { WIESBADEN } from "../src/core/profile/builtin-profiles";
import { possibleKinds } from "../src/core/personal-data/possible-kinds";
import { DocxDocument } from "../src/document/docx/docx-document";
import { tenPageVorlage } from "./ten-pages";
const v = DocxDocument.open(tenPageVorlage(500)).read(WIESBADEN).vorlage;
const texts = v.sections.flatMap((s) => s.clauses.map((c) => c.text));
const flat = texts.map((t) => JSON.parse(JSON.stringify(t)) as string);
console.log(texts.length, texts[3]);
for (const [name, ts] of [["read", texts], ["flat", flat], ["read", texts], ["flat", flat]] as const) {
  let n = 0; const t = performance.now(); for (let i = 0; i < 400; i++) for (const x of ts) if (possibleKinds(x).anschrift) n++;
  console.log(name, ((performance.now() - t) / 400 / ts.length * 1000).toFixed(1), "ns/text");
  const t2 = performance.now(); for (let i = 0; i < 400; i++) for (const x of ts) if (/[0-9@]/.test(x)) n++;
  console.log(name, "re", ((performance.now() - t2) / 400 / ts.length * 1000).toFixed(1), "ns/text");
}
