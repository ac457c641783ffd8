import { readFileSync } from "node:fs";
import { join } from "node:path";
import { profileValidatorSource } from "../../../scripts/compile-schemas";

describe("the compiled profile validator", () => {
  it("is exactly what the schema compiles to (run scripts/compile-schemas.ts after changing the schema)", () => {
    const committed = readFileSync(join(__dirname, "../../../src/core/profile/generated/profile-validator.js"), "utf8");
    expect(committed).toBe(profileValidatorSource());
  });
});
