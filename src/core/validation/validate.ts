import { CoreError } from "../errors";
import { derivedNumbers } from "../numbering/derive-numbers";
import type { Clause, Section, Vorlage } from "../model/vorlage";
import type { Profile } from "../profile/profile";
import { SEVERITY_ORDER, type Finding, type Severity } from "./finding";
import type { RuleContext } from "./rule";
import { RULES } from "./rules";

/** The severities in the order findings are listed: by SEVERITY_ORDER. */
const SEVERITIES: readonly Severity[] = (Object.keys(SEVERITY_ORDER) as Severity[]).sort((a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b]);

/** Every code a finding can have, with its default severity: the contract for catalogues and tools. */
export const FINDING_CODES: Readonly<Record<string, Severity>> = Object.freeze(
  Object.assign({}, ...RULES.map((r) => r.codes)) as Record<string, Severity>,
);

/** Every clause with its section, in order (a loop: flatMap of maps was a tenth of `ruleContext`'s time). */
function clausesOf(vorlage: Vorlage): RuleContext["clauses"] {
  const out: { readonly section: Section; readonly clause: Clause }[] = [];
  for (const section of vorlage.sections) for (const clause of section.clauses) out.push({ section, clause });
  return out;
}

/** What every rule looks at, computed once per validation (exported for bench/validate.bench.ts, which times rule by rule). */
export function ruleContext(vorlage: Vorlage, profile: Profile): RuleContext {
  return {
    vorlage,
    profile,
    numbering: derivedNumbers(vorlage, profile.numbering),
    dezernate: new Set(profile.dezernate.list.map((d) => d.id)),
    sectionKinds: new Set(profile.sectionKinds.map((k) => k.kind)),
    clauses: clausesOf(vorlage),
  };
}

/**
 * Checks a Vorlage against a profile. Runs every declared rule once over a shared context
 * (numbers derived once, lookups as sets), so that the cost grows linearly with the
 * number of clauses. Severities come from the rule unless the profile overrides them.
 */
export function validate(vorlage: Vorlage, profile: Profile): readonly Finding[] {
  const ctx = ruleContext(vorlage, profile);
  // Errors first, then warnings, then hints; within a severity, rule order: one list per severity, joined (a stable sort without sorting).
  const bySeverity: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const rule of RULES) {
    for (const hit of rule.check(ctx)) {
      const severity = profile.severity[hit.code] ?? rule.codes[hit.code];
      if (severity === undefined) throw new CoreError(`Rule "${rule.id}" reported "${hit.code}", which it does not declare.`);
      if (severity === "off") continue;
      bySeverity[severity].push({ code: hit.code, severity, location: hit.location, params: hit.params ?? {} });
    }
  }
  return SEVERITIES.flatMap((s) => bySeverity[s]);
}
