import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { randomIds } from "../../../src/core/model/ids";
import { DocxPort } from "../../../src/document/docx/docx-port";
import { contractSuite } from "./contract-suite";

contractSuite(".docx adapter", (docx) => {
  const port = DocxPort.fromBytes(docx, WIESBADEN, randomIds);
  return { port, bytes: () => port.bytes(), selected: () => port.selection(), otherComments: () => port.otherComments() };
});
