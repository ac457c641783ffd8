import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { randomIds } from "../../../src/core/model/ids";
import { parseTag } from "../../../src/document/tags";
import { WordPort } from "../../../src/document/word/word-port";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { WordSimulator } from "../../word-simulator/word-simulator";
import { contractSuite } from "./contract-suite";
import { COMMENT_PREFIX } from "../../../src/document/finding-comments";

contractSuite("Word adapter (on the simulator)", (docx) => {
  const sim = new WordSimulator(docx);
  const port = new WordPort(sim.host(), WIESBADEN, randomIds);
  return {
    port,
    bytes: () => sim.bytes(),
    otherComments: () => sim.comments.map((c) => c.content).filter((c) => !c.startsWith(COMMENT_PREFIX)),
    selected: () => {
      const tag = sim.selection?.getElementsByTagNameNS(W_NS, "tag").item(0)?.getAttributeNS(W_NS, "val") ?? "";
      const parsed = parseTag(tag);
      return parsed && "id" in parsed ? parsed.id : undefined;
    },
  };
});
