import type { PartBytes } from "./bytes-node";

/** In the pages no part is read from its bytes undecoded (see bytes-node.ts): every part is decoded whole. */
export const partBytes: PartBytes | undefined = undefined;
