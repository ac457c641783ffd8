import type { Bezug, VerteilerEintrag, Zeichnung } from "../../core/model/vorlage";

/**
 * The entries of a list in a document structured in place (`recognize`): the list as the
 * text shows it, in its order, where each entry that stands in a control of ours is that
 * control's entry (its id, its Zeichnung). The recognition reads a control's text as it
 * reads any text, so a control's entry is found in the text's list by what it says; a
 * controlled entry the text does not show (its text cannot be recognised) comes last.
 * Without this, the first entry added in a control would hide every entry the text holds.
 */
export function mergeEntries<T extends { readonly id: string }>(fromText: readonly T[], controlled: readonly T[], key: (e: T) => string): T[] {
  if (controlled.length === 0) return [...fromText];
  const waiting = [...controlled];
  const out = fromText.map((e) => {
    const i = waiting.findIndex((c) => key(c) === key(e));
    return i < 0 ? e : (waiting.splice(i, 1)[0] as T);
  });
  return [...out, ...waiting];
}

/** What identifies an entry in the text: what it shows. */
export const verteilerKey = (e: VerteilerEintrag): string => `${e.empfaenger}\n${e.bitte ?? ""}`;
export const zeichnungKey = (z: Zeichnung): string => `${z.ort}\n${z.datum}\n${z.name}`;
export const bezugKey = (b: Bezug): string => `${b.gremium}\n${b.datum}\n${b.bp}`;
