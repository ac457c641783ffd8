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
    // All but the hint that the empty fields print their prompts, which names the fields each profile prints and which
    // the engine's first read adds: a hint, so the pane's first view says nothing untrue without it.
    const prompts = read.findings.filter((f) => f.code === "accessibility-field-prompt");
    expect(read.findings.filter((f) => f.code !== "accessibility-field-prompt")).toEqual(PREVIEW_START.findings);
    expect(prompts.map((f) => [f.severity, f.params["anzahl"]])).toEqual([["info", expect.any(Number)]]);
    expect(read.tracking ?? false).toBe(PREVIEW_START.tracking ?? false);
  });
});
