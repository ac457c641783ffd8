import type { Clause, Section, Vorlage } from "../model/vorlage";
import type { Numbering } from "../numbering/derive-numbers";
import type { Profile } from "../profile/profile";
import type { FindingLocation, FindingParams, Severity } from "./finding";

/** What every rule may look at, computed once per validation so that rules stay linear. */
export interface RuleContext {
  readonly vorlage: Vorlage;
  readonly profile: Profile;
  readonly numbering: Numbering;
  readonly dezernate: ReadonlySet<string>;
  readonly sectionKinds: ReadonlySet<string>;
  readonly clauses: readonly { readonly section: Section; readonly clause: Clause }[];
}

export interface Hit {
  readonly code: string;
  readonly location: FindingLocation;
  readonly params?: FindingParams;
}

/**
 * A declared rule: the codes it may report with their default severity (a profile can
 * override each), and a check that returns hits. One generic validator runs them all.
 */
export interface Rule {
  readonly id: string;
  readonly codes: Readonly<Record<string, Severity>>;
  readonly check: (ctx: RuleContext) => readonly Hit[];
}

export const field = (name: string): FindingLocation => ({ type: "field", field: name });
export const DOCUMENT: FindingLocation = { type: "document" };
