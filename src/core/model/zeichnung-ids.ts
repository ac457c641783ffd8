import type { VerteilerEintrag, Zeichnung } from "./vorlage";

/**
 * The Verteiler entries with their Zeichnung references following a change of the
 * Zeichnungen' ids. Readers that give recognised Zeichnungen the ids stored in a metadata
 * part or in controls (by position) must rename the references too, or an entry would name
 * a Zeichnung that no longer exists and print before the first. `before[i]` became `after[i]`;
 * a reference to a Zeichnung without a counterpart stays as it is.
 */
export function renameZeichnungRefs(verteiler: readonly VerteilerEintrag[], before: readonly Zeichnung[], after: readonly Zeichnung[]): VerteilerEintrag[] {
  const renamed = new Map(before.flatMap((z, i) => (after[i] !== undefined ? [[z.id, (after[i] as Zeichnung).id] as const] : [])));
  return verteiler.map((e) => {
    const to = e.zeichnung === undefined ? undefined : renamed.get(e.zeichnung);
    return to === undefined || to === e.zeichnung ? e : { ...e, zeichnung: to };
  });
}
