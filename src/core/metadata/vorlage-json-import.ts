import Ajv2020 from "ajv/dist/2020";
import schema from "../../../schemas/vorlage.schema.json";
import { CoreError, type SchemaProblem } from "../errors";
import type { Clause, Section, Unterpunkt, Vorlage } from "../model/vorlage";

// Reading a Vorlage from its JSON export (`beschluss new --from`). Apart from the export,
// so that the pane, which only writes JSON, does not carry a schema validator.

/** JSON that is not a Vorlage document; `path` points at the first wrong value (JSON Pointer). */
export class InvalidVorlageJsonError extends CoreError {
  constructor(readonly path: string, detail: string, readonly problem?: SchemaProblem) {
    super(`Not a Vorlage document at ${path || "/"}: ${detail}`);
  }
}

/** Compiled on first use: the pane's Content-Security-Policy forbids code generation, and only importing needs it. */
let validateSchema: ReturnType<Ajv2020["compile"]> | undefined;

type SchemaError = NonNullable<ReturnType<Ajv2020["compile"]>["errors"]>[number];

/**
 * The error a person can act on. Where a value may be absent (`oneOf` null or an object), the
 * validator reports every branch: „muss null sein“ for the first and, deeper, what the object
 * lacks. The deepest error that is not the choice itself names the field to fix.
 */
function mostSpecific(errors: readonly SchemaError[]): SchemaError | undefined {
  const depth = (e: SchemaError): number => e.instancePath.split("/").length + (e.keyword === "required" || e.keyword === "additionalProperties" ? 1 : 0);
  const choice = (e: SchemaError): boolean => e.keyword === "oneOf" || e.keyword === "anyOf" || (e.keyword === "type" && (e.params as { type?: unknown }).type === "null");
  const candidates = errors.filter((e) => !choice(e));
  return [...(candidates.length > 0 ? candidates : errors)].sort((a, b) => depth(b) - depth(a))[0];
}

/** Checks the JSON against the schema and returns the Vorlage; derived numbers in it are ignored. */
export function fromVorlageJson(json: unknown): { readonly vorlage: Vorlage; readonly profil: string } {
  validateSchema ??= new Ajv2020({ strict: true, allErrors: false }).compile(schema);
  if (!validateSchema(json)) {
    const e = mostSpecific(validateSchema.errors ?? []);
    const p = (e?.params ?? {}) as { missingProperty?: string; additionalProperty?: string };
    const extra = p.missingProperty ?? p.additionalProperty;
    throw new InvalidVorlageJsonError(`${e?.instancePath ?? ""}${extra ? `/${extra}` : ""}`, e?.message ?? "does not match the schema", e ? { kind: "schema", keyword: e.keyword, params: e.params } : undefined);
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
        clauses: s.clauses.map((c) => {
          const clause = dropNumber(c as Clause & { number?: string });
          return clause.unterpunkte ? { ...clause, unterpunkte: clause.unterpunkte.map((u) => dropNumber(u as Unterpunkt & { number?: string })) } : clause;
        }),
      })),
    },
  };
}
