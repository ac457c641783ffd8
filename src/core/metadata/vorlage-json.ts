import Ajv2020 from "ajv/dist/2020";
import schema from "../../../schemas/vorlage.schema.json";
import { CoreError } from "../errors";
import type { Clause, Section, Vorlage } from "../model/vorlage";
import { deriveNumbers } from "../numbering/derive-numbers";
import type { Profile } from "../profile/profile";
import { METADATA_VERSION } from "./metadata-xml";

/**
 * The Vorlage as JSON (`schemas/vorlage.schema.json`, draft 2020-12): the model as it is,
 * with the derived numbers written beside it for consumers that do not derive them.
 * JSON holds every string exactly (lone surrogates as escapes), so the round trip is exact.
 */
export const JSON_FORMAT = "beschlussvorlage";

export interface VorlageJson {
  readonly format: typeof JSON_FORMAT;
  readonly version: string;
  readonly profil: string;
  readonly vorlage: unknown;
}

/** JSON that is not a Vorlage document; `path` points at the first wrong value (JSON Pointer). */
export class InvalidVorlageJsonError extends CoreError {
  constructor(readonly path: string, detail: string) {
    super(`Not a Vorlage document at ${path || "/"}: ${detail}`);
  }
}

/** Compiled on first use: only importing a Vorlage needs it (the CLI), and the pane's CSP forbids code generation. */
let validateSchema: ReturnType<Ajv2020["compile"]> | undefined;

export function toVorlageJson(v: Vorlage, profile: Profile): VorlageJson {
  const numbers = deriveNumbers(v, profile.numbering).byId;
  const withNumber = <T extends Section | Clause>(node: T) => ({ ...node, number: numbers.get(node.id) });
  return {
    format: JSON_FORMAT,
    version: METADATA_VERSION,
    profil: profile.id,
    vorlage: {
      ...v,
      finanzierung: v.finanzierung ?? null,
      sections: v.sections.map((s) => ({ ...withNumber(s), clauses: s.clauses.map(withNumber) })),
    },
  };
}

/** Checks the JSON against the schema and returns the Vorlage; derived numbers in it are ignored. */
export function fromVorlageJson(json: unknown): { readonly vorlage: Vorlage; readonly profil: string } {
  validateSchema ??= new Ajv2020({ strict: true, allErrors: false }).compile(schema);
  if (!validateSchema(json)) {
    const e = validateSchema.errors?.[0];
    const p = (e?.params ?? {}) as { missingProperty?: string; additionalProperty?: string };
    const extra = p.missingProperty ?? p.additionalProperty;
    throw new InvalidVorlageJsonError(`${e?.instancePath ?? ""}${extra ? `/${extra}` : ""}`, e?.message ?? "does not match the schema");
  }
  const doc = json as unknown as { profil: string; vorlage: Vorlage & { finanzierung: Vorlage["finanzierung"] | null } };
  const dropNumber = <T extends { number?: string }>({ number: _n, ...rest }: T) => rest;
  const v = doc.vorlage;
  return {
    profil: doc.profil,
    vorlage: {
      ...v,
      finanzierung: v.finanzierung ?? undefined,
      sections: v.sections.map((s) => ({
        ...dropNumber(s as Section & { number?: string }),
        clauses: s.clauses.map((c) => dropNumber(c as Clause & { number?: string })),
      })),
    },
  };
}
