import type { ErrorObject } from "ajv";
import { InvalidProfileError } from "../errors";
// Compiled ahead of time from schemas/profile.schema.json: no code generation at run time,
// so the pane keeps a Content-Security-Policy without 'unsafe-eval'.
import validateSchema from "./generated/profile-validator";
import type { Profile } from "./profile";
import { HEADER_FIELDS } from "../model/fields";
import { parseTemplate } from "./layout";
import { ownContactsOf } from "../personal-data/own-contacts";

const TEMPLATE_FIELDS = new Set<string>([...HEADER_FIELDS.map((k) => `header.${k}`), "zustaendigkeit.federfuehrend", "zustaendigkeit.beteiligt"]);

function checkTemplate(template: string, pointer: string): void {
  for (const piece of parseTemplate(template)) {
    if ("field" in piece && !TEMPLATE_FIELDS.has(piece.field)) throw new InvalidProfileError(pointer, `unknown field "{${piece.field}}"`, { kind: "unknown-field", field: piece.field });
    if ("field" in piece && piece.variant !== undefined && !(piece.field === "header.sitzungsart" && piece.variant === "kurz")) {
      throw new InvalidProfileError(pointer, `unknown variant "${piece.variant}" of "{${piece.field}}"`, { kind: "unknown-variant", field: piece.field, variant: piece.variant });
    }
  }
}

function pointerOf(error: ErrorObject): string {
  const p = error.params as { missingProperty?: string; additionalProperty?: string };
  const extra = p.missingProperty ?? p.additionalProperty;
  return extra === undefined ? error.instancePath : `${error.instancePath}/${extra}`;
}

/**
 * Turns untrusted JSON into a Profile, or refuses it with the path of the first wrong
 * field. Beyond the schema it checks what a schema cannot: the Vorlagen-Nr. pattern
 * compiles and matches its own example, references between lists resolve, ids are unique.
 */
export function parseProfile(json: unknown): Profile {
  if (!validateSchema(json)) {
    const error = validateSchema.errors?.[0];
    throw new InvalidProfileError(error ? pointerOf(error) : "", error?.message ?? "does not match the schema", error ? { kind: "schema", keyword: error.keyword, params: error.params } : undefined);
  }
  const profile = json as unknown as Profile;
  let pattern: RegExp;
  try {
    pattern = new RegExp(profile.vorlagenNr.pattern, "u");
  } catch (e) {
    throw new InvalidProfileError("/vorlagenNr/pattern", `not a regular expression (${(e as Error).message})`, { kind: "not-a-pattern" });
  }
  if (!pattern.test(profile.vorlagenNr.example)) {
    throw new InvalidProfileError("/vorlagenNr/example", `"${profile.vorlagenNr.example}" does not match the pattern`, { kind: "example-does-not-match", example: profile.vorlagenNr.example });
  }
  const dezernatIds = new Set<string>();
  profile.dezernate.list.forEach((d, i) => {
    if (dezernatIds.has(d.id)) throw new InvalidProfileError(`/dezernate/list/${i}/id`, `duplicate Dezernat "${d.id}"`, { kind: "duplicate", what: "dezernat", value: d.id });
    dezernatIds.add(d.id);
  });
  profile.aemter.forEach((a, i) => {
    if (!dezernatIds.has(a.dezernat)) {
      throw new InvalidProfileError(`/aemter/${i}/dezernat`, `unknown Dezernat "${a.dezernat}"`, { kind: "unknown-reference", what: "dezernat", value: a.dezernat });
    }
  });
  const kinds = new Set<string>();
  profile.sectionKinds.forEach((k, i) => {
    if (kinds.has(k.kind)) throw new InvalidProfileError(`/sectionKinds/${i}/kind`, `duplicate section kind "${k.kind}"`, { kind: "duplicate", what: "section-kind", value: k.kind });
    kinds.add(k.kind);
  });
  if (!kinds.has("beschluss")) {
    throw new InvalidProfileError("/sectionKinds", 'a profile must declare the section kind "beschluss"', { kind: "no-beschluss-kind" });
  }
  profile.blocks.forEach((block, b) => {
    const fields = new Map(block.fields.map((f) => [f.id, f]));
    block.fields.forEach((field, f) => {
      const when = field.requiredWhen;
      if (when && !fields.has(when.field)) {
        throw new InvalidProfileError(`/blocks/${b}/fields/${f}/requiredWhen/field`, `no field "${when.field}" in block "${block.id}"`, { kind: "unknown-reference", what: "field", value: when.field });
      }
    });
  });
  const recognition = profile.recognition;
  recognition?.headings?.forEach((h, i) => {
    if (!kinds.has(h.kind)) throw new InvalidProfileError(`/recognition/headings/${i}/kind`, `unknown section kind "${h.kind}"`, { kind: "unknown-reference", what: "section-kind", value: h.kind });
  });
  const regex = (pointer: string, source: string): void => {
    try {
      new RegExp(source, "u");
    } catch (e) {
      throw new InvalidProfileError(pointer, `not a regular expression (${(e as Error).message})`, { kind: "not-a-pattern" });
    }
  };
  if (recognition?.sharePattern !== undefined) regex("/recognition/sharePattern", recognition.sharePattern);
  recognition?.gremiumInference?.forEach((g, i) => g.allOf.forEach((source, j) => regex(`/recognition/gremiumInference/${i}/allOf/${j}`, source)));
  const grammar = recognition?.grammar;
  grammar?.parts?.forEach((part, i) => part.patterns.forEach((source, j) => regex(`/recognition/grammar/parts/${i}/patterns/${j}`, source)));
  grammar?.headerLabels?.forEach((h, i) => h.labels.forEach((source, j) => regex(`/recognition/grammar/headerLabels/${i}/labels/${j}`, source)));
  if (grammar?.deciding !== undefined) regex("/recognition/grammar/deciding", grammar.deciding);
  // The administration's own addresses must read as addresses and its mailbox patterns compile.
  ownContactsOf(profile.ownContacts);
  const layout = profile.houseStyle.layout;
  layout?.kopf?.forEach((line, i) => checkTemplate(line.text, `/houseStyle/layout/kopf/${i}/text`));
  if (layout?.zustaendigkeit !== undefined) checkTemplate(layout.zustaendigkeit, "/houseStyle/layout/zustaendigkeit");
  return { ...profile, severity: profile.severity ?? {} };
}
