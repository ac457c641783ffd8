import type { Clause, Section, Unterpunkt, Vorlage } from "../model/vorlage";
import { deriveNumbers } from "../numbering/derive-numbers";
import type { Profile } from "../profile/profile";
import { METADATA_VERSION } from "./metadata-xml";
import type { Herkunft, MarkedField } from "./not-stated";
import { exportedNumber, type PrintedForm } from "./printed-form";

/**
 * The Vorlage as JSON (`schemas/vorlage.schema.json`, draft 2020-12): the model as it is,
 * with the derived numbers written beside it for consumers that do not derive them — for a
 * recognised document (`printed`), the numbers it prints where it prints one.
 * JSON holds every string exactly (lone surrogates as escapes), so the round trip is exact.
 */
export const JSON_FORMAT = "beschlussvorlage";

export interface VorlageJson {
  readonly format: typeof JSON_FORMAT;
  readonly version: string;
  readonly profil: string;
  readonly vorlage: unknown;
  /** Values the document does not state, by field: inferred („erschlossen“) or taken with doubt („unsicher“); absent where none. */
  readonly herkunft?: Readonly<Partial<Record<MarkedField, Herkunft>>>;
}

/** `herkunft` (not-stated.ts): the values check shows although the document does not state them, marked as such beside the model. */
export function toVorlageJson(v: Vorlage, profile: Profile, printed?: PrintedForm, herkunft: Readonly<Partial<Record<MarkedField, Herkunft>>> = {}): VorlageJson {
  const numbers = deriveNumbers(v, profile.numbering).byId;
  const withNumber = <T extends Section | Clause | Unterpunkt>(node: T) => ({ ...node, number: exportedNumber(node, numbers.get(node.id), printed) });
  return {
    format: JSON_FORMAT,
    version: METADATA_VERSION,
    profil: profile.id,
    vorlage: {
      ...v,
      finanzierung: v.finanzierung ?? null,
      sections: v.sections.map((s) => ({
        ...withNumber(s),
        clauses: s.clauses.map((c) => (c.unterpunkte ? { ...withNumber(c), unterpunkte: c.unterpunkte.map(withNumber) } : withNumber(c))),
      })),
    },
    ...(Object.keys(herkunft).length > 0 ? { herkunft } : {}),
  };
}

