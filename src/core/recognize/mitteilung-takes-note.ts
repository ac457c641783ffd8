import type { Section } from "../model/vorlage";

/** „Der Kreistag nimmt den Bericht … zur Kenntnis.“: one sentence that takes note and does nothing else. */
const TAKES_NOTE = /^(?:Der|Die|Das)\s[^.;:]{3,80}?\snimmt\b[^;:]{0,200}?\bzur Kenntnis\.?$/u;

/**
 * Whether a decision part of a Mitteilungsvorlage or Informationsvorlage only takes note: its type says that it
 * informs, and every clause of its „Beschlussvorschlag“ is one sentence taking note. Such a part decides nothing: it is
 * a Kenntnisnahme. A Beschlussvorlage's proposal, or one that decides anything besides, stays a Beschluss.
 */
export function mitteilungTakesNote(vorlagenart: string, section: Section): boolean {
  return (
    /^(?:Mitteilungsvorlage|Informationsvorlage)$/u.test(vorlagenart) &&
    section.kind === "beschluss" &&
    section.clauses.length > 0 &&
    section.clauses.every((c) => (c.unterpunkte ?? []).length === 0 && !c.text.includes("\n") && TAKES_NOTE.test(c.text.trim()))
  );
}
