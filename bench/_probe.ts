import { WIESBADEN } from "../src/core/profile/builtin-profiles";
import { validate } from "../src/core/validation/validate";
import { DocxDocument } from "../src/document/docx/docx-document";
import { tenPageVorlage } from "./ten-pages";
const v = DocxDocument.open(tenPageVorlage(140)).read(WIESBADEN).vorlage;
for (let i = 0; i < 100; i++) validate(v, WIESBADEN);
const t = performance.now(); for (let i = 0; i < 5000; i++) validate(v, WIESBADEN); console.log(((performance.now() - t) / 1500).toFixed(3));
