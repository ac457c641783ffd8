import { BUILTIN_PROFILES, WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { parseProfile } from "../../src/core/profile/parse-profile";
import wiesbadenJson from "../../src/core/profile/profiles/wiesbaden.json";
import { PANE_PROFILE, PANE_PROFILES } from "../../src/taskpane/pane-profile";

describe("the pane's built-in profile (validated at build time, not in the browser)", () => {
  it("is exactly what parseProfile makes of the Wiesbaden JSON", () => {
    expect(PANE_PROFILE).toEqual(parseProfile(wiesbadenJson));
    expect(PANE_PROFILE).toEqual(WIESBADEN);
  });

  it("offers every built-in profile, each equal to parseProfile's result", () => {
    expect(Object.keys(PANE_PROFILES).sort()).toEqual(Object.keys(BUILTIN_PROFILES).sort());
    for (const [name, profile] of Object.entries(BUILTIN_PROFILES)) expect(PANE_PROFILES[name]).toEqual(profile);
  });
});
