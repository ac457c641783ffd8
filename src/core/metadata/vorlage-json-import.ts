import Ajv2020 from "ajv/dist/2020";
import schema from "../../../schemas/vorlage.schema.json";
import { CoreError, type VorlageJsonProblem } from "../errors";
import type { Clause, Section, Unterpunkt, Verweis, Vorlage } from "../model/vorlage";
import { withoutMarked, type Herkunft, type MarkedField } from "./not-stated";

// Reading a Vorlage from its JSON export (`beschluss new --from`). Apart from the export,
// so that the pane, which only writes JSON, does not carry a schema validator.

/** JSON that is not a Vorlage document; `path` points at the first wrong value (JSON Pointer). */
export class InvalidVorlageJsonError extends CoreError {
  constructor(readonly path: string, detail: string, readonly problem?: VorlageJsonProblem) {
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

/**
 * What a reference's characters may be: a number as a profile writes it („2.1“, „b“, „II“,
 * „(b)“, „3.“). Any other text would be overwritten by the target's number when the document
 * is written, and the user's words would be lost.
 */
const NUMBER_SHOWN = /^\(?[\p{L}\p{N}]{1,8}(?:[.\-/][\p{L}\p{N}]{1,8}){0,6}[.)]?$/u;

function refuse(path: string, detail: string, problem: VorlageJsonProblem): never {
  throw new InvalidVorlageJsonError(path, detail, problem);
}

/** One owner's references: inside its text, in text order without overlap, each on a number of a clause or sub-point of the Vorlage. */
function checkOwner(path: string, text: string, verweise: readonly Verweis[] | undefined, targets: ReadonlySet<string>): void {
  let previousEnd = 0;
  (verweise ?? []).forEach((r, i) => {
    const at = `${path}/verweise/${i}`;
    if (!targets.has(r.ziel)) refuse(`${at}/ziel`, `no clause or sub-point has the id "${r.ziel}"`, { kind: "verweis-ziel-unbekannt", ziel: r.ziel });
    if (r.start >= r.end || r.end > text.length) refuse(at, `${r.start}..${r.end} is not within the text`, { kind: "verweis-ausserhalb", start: r.start, end: r.end, length: text.length });
    if (r.start < previousEnd) refuse(`${at}/start`, "overlaps the previous reference or stands before it", { kind: "verweis-ueberlappend" });
    const shows = text.slice(r.start, r.end);
    if (!NUMBER_SHOWN.test(shows)) refuse(at, `"${shows}" is not a number`, { kind: "verweis-keine-nummer", shows });
    previousEnd = r.end;
  });
}

/**
 * Refuses references (since 1.3) that cannot be true of this Vorlage: a target that is no clause
 * or sub-point of it, offsets outside the text, references that overlap or are out of text
 * order, and characters that are no number. A number that is not the target's current one
 * (stale, as after a move in a tool that does not follow references) is accepted: writing the
 * document makes it the target's number, as renumbering does.
 */
function checkReferences(v: Vorlage): void {
  const targets = new Set(v.sections.flatMap((s) => s.clauses.flatMap((c) => [c.id, ...(c.unterpunkte ?? []).map((u) => u.id)])));
  v.sections.forEach((s, si) =>
    s.clauses.forEach((c, ci) => {
      const path = `/vorlage/sections/${si}/clauses/${ci}`;
      checkOwner(path, c.text, c.verweise, targets);
      (c.unterpunkte ?? []).forEach((u, ui) => checkOwner(`${path}/unterpunkte/${ui}`, u.text, u.verweise, targets));
    }),
  );
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
  const doc = json as unknown as { profil: string; vorlage: Vorlage & { finanzierung: Vorlage["finanzierung"] | null }; herkunft?: Partial<Record<MarkedField, Herkunft>> };
  const dropNumber = <T extends { number?: string }>({ number: _n, ...rest }: T) => rest;
  const v = doc.vorlage;
  const vorlage: Vorlage = {
    ...v,
    finanzierung: v.finanzierung ?? undefined,
    sections: v.sections.map((s) => ({
      ...dropNumber(s as Section & { number?: string }),
      clauses: s.clauses.map((c) => {
        const clause = dropNumber(c as Clause & { number?: string });
        return clause.unterpunkte ? { ...clause, unterpunkte: clause.unterpunkte.map((u) => dropNumber(u as Unterpunkt & { number?: string })) } : clause;
      }),
    })),
  };
  checkReferences(vorlage);
  // A value the export marks as inferred or doubtful is no stated one: a document made from it does not print it (tryout7 F8).
  return { profil: doc.profil, vorlage: withoutMarked(vorlage, doc.herkunft ?? {}) };
}
