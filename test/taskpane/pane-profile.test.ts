import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { parseProfile } from "../../src/core/profile/parse-profile";
import wiesbadenJson from "../../src/core/profile/profiles/wiesbaden.json";
import { PANE_PROFILE } from "../../src/taskpane/pane-profile";

describe("the pane's built-in profile (validated at build time, not in the browser)", () => {
  it("is exactly what parseProfile makes of the Wiesbaden JSON", () => {
    expect(PANE_PROFILE).toEqual(parseProfile(wiesbadenJson));
    expect(PANE_PROFILE).toEqual(WIESBADEN);
  });
});
