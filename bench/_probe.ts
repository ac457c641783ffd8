import { WIESBADEN } from "../src/core/profile/builtin-profiles";
import { validate } from "../src/core/validation/validate";
import { DocxDocument } from "../src/document/docx/docx-document";
import { tenPageVorlage } from "./ten-pages";
const v = DocxDocument.open(tenPageVorlage(500)).read(WIESBADEN).vorlage;
const t = performance.now(); for (let i = 0; i < 400; i++) validate(v, WIESBADEN); console.log(((performance.now() - t) / 400).toFixed(3));
