/** The profile schema compiled ahead of time (see scripts/compile-schemas.ts). */
import type { ErrorObject } from "ajv";

interface ProfileValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

declare const validate: ProfileValidator;
export = validate;
