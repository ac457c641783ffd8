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

/** Checks the JSON against the schema and returns the Vorlage; derived numbers in it are ignored. */
export function fromVorlageJson(json: unknown): { readonly vorlage: Vorlage; readonly profil: string } {
  validateSchema ??= new Ajv2020({ strict: true, allErrors: false }).compile(schema);
  if (!validateSchema(json)) {
    const e = validateSchema.errors?.[0];
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
