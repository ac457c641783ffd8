import type { Vorlage } from "../../../src/core/model/vorlage";
import type { Profile } from "../../../src/core/profile/profile";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { validate } from "../../../src/core/validation/validate";

/** The codes a Vorlage gets, in order: one line per case in the tests. */
export const codes = (v: Vorlage, profile: Profile = WIESBADEN): string[] => validate(v, profile).map((f) => f.code);

export const findingsOf = (v: Vorlage, code: string, profile: Profile = WIESBADEN) =>
  validate(v, profile).filter((f) => f.code === code);
