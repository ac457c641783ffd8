import { isDeepStrictEqual } from "node:util";
import { createPreviewPort } from "../../src/preview/engine";
import { PREVIEW_START } from "../../src/preview/preview-start";
import { PANE_PROFILE, PANE_PROFILES } from "../../src/taskpane/pane-profile";

describe("the document the preview starts with is the one the pane assumes before the engine has arrived", () => {
  const profiles = [["default", PANE_PROFILE], ...Object.entries(PANE_PROFILES)] as const;

  it.each(profiles)("the .docx engine's first read of the new document equals PREVIEW_START (%s)", async (_, profile) => {
    const read = await createPreviewPort(profile).read();
    expect(read.vorlage).toEqual(PREVIEW_START.vorlage);
    expect(isDeepStrictEqual(read.vorlage, PREVIEW_START.vorlage)).toBe(true);
    expect(read.structured).toBe(PREVIEW_START.structured);
    expect(read.findings).toEqual(PREVIEW_START.findings);
    expect(read.tracking ?? false).toBe(PREVIEW_START.tracking ?? false);
  });
});
