import type { Section, Vorlage } from "../../core/model/vorlage";
import { renameZeichnungRefs } from "../../core/model/zeichnung-ids";

/**
 * A document whose content controls were lost (LibreOffice drops their tags) but whose
 * metadata part survived: the text recognised from the body is the truth, and the part
 * supplies what text cannot — the ids, and fields the body does not show.
 */
export function recoverWithMetadata(body: Vorlage, stored: Vorlage): Vorlage {
  const sections: Section[] = body.sections.map((s, i) => {
    const m = stored.sections[i];
    if (!m || m.kind !== s.kind) return s;
    return {
      ...s,
      id: m.id,
      clauses: s.clauses.map((c, j) => {
        const mc = m.clauses[j];
        return mc ? { ...c, id: mc.id } : c;
      }),
    };
  });
  const pick = (a: string, b: string): string => (a.trim() !== "" ? a : b);
  const header = Object.fromEntries(
    Object.entries(body.header).map(([k, v]) => [k, typeof v === "string" ? pick(v, stored.header[k as keyof Vorlage["header"]] as string) : (v ?? stored.header[k as keyof Vorlage["header"]])]),
  ) as unknown as Vorlage["header"];
  const finanzierung =
    body.finanzierung && stored.finanzierung
      ? {
          ...stored.finanzierung,
          ...body.finanzierung,
          // Sources the text does not name (a house style that prints no Deckungsquelle, or one LibreOffice left as text the reader does not find) are the part's, as every other list is.
          quellen: (body.finanzierung.quellen.length > 0 ? body.finanzierung.quellen : stored.finanzierung.quellen).map((q, i) => {
            const m = stored.finanzierung?.quellen[i];
            return m && m.stelle.dezernat === q.stelle.dezernat
              ? { ...q, id: m.id, stelle: { dezernat: q.stelle.dezernat, produkt: pick(q.stelle.produkt, m.stelle.produkt), kostenstelle: pick(q.stelle.kostenstelle, m.stelle.kostenstelle) } }
              : q;
          }),
        }
      : (body.finanzierung ?? stored.finanzierung);
  const list = <T>(a: readonly T[], b: readonly T[]): readonly T[] => (a.length > 0 ? a : b);
  const withIds = <T extends { id: string }>(a: readonly T[], b: readonly T[]): readonly T[] => a.map((x, i) => (b[i] ? { ...x, id: (b[i] as T).id } : x));
  return {
    header,
    zustaendigkeit: {
      federfuehrend: pick(body.zustaendigkeit.federfuehrend, stored.zustaendigkeit.federfuehrend),
      beteiligt: list(body.zustaendigkeit.beteiligt, stored.zustaendigkeit.beteiligt),
    },
    sections,
    finanzierung,
    bezuege: withIds(list(body.bezuege, stored.bezuege), stored.bezuege),
    // The entries keep their stored ids by position, as the Bezüge do: else a document whose
    // metadata we wrote from this very text would read as disagreeing with it.
    beratungsfolge: withIds(list(body.beratungsfolge, stored.beratungsfolge), stored.beratungsfolge),
    // Which Zeichnung sends an entry, and who sends on, are layout the text does not name: from the part.
    // The text's Zeichnung references follow the Zeichnungen' stored ids.
    verteiler: withIds(list(renameZeichnungRefs(body.verteiler, body.zeichnungen, withIds(body.zeichnungen, stored.zeichnungen)), stored.verteiler), stored.verteiler).map((e, i) => {
      const z = stored.verteiler[i]?.zeichnung;
      return e.zeichnung === undefined && z !== undefined ? { ...e, zeichnung: z } : e;
    }),
    zeichnungen: withIds(list(body.zeichnungen, stored.zeichnungen), stored.zeichnungen).map((z, i) => {
      const absender = stored.zeichnungen[i]?.absender;
      const nummer = stored.zeichnungen[i]?.absenderNummer;
      const withAbsender = (z.absender ?? "") === "" && absender !== undefined ? { ...z, absender } : z;
      return (withAbsender.absenderNummer ?? "") === "" && nummer !== undefined ? { ...withAbsender, absenderNummer: nummer } : withAbsender;
    }),
    bloecke: Object.keys(body.bloecke).length > 0 ? body.bloecke : stored.bloecke,
  };
}

/**
 * A document that `recognize` structured in place keeps in controls only its sections,
 * clauses and some header fields; its lists (Verteiler, Zeichnungen, Deckungsquellen …) and
 * sub-points are read from its text on every reading. Their ids come from the metadata part
 * written when it was structured, by position, so that the same entries keep the same ids.
 */
export function adoptIds(body: Vorlage, stored: Vorlage): Vorlage {
  const withIds = <T extends { id: string }>(a: readonly T[], b: readonly T[]): readonly T[] => a.map((x, i) => (b[i] ? { ...x, id: (b[i] as T).id } : x));
  const storedClauses = new Map(stored.sections.flatMap((s) => s.clauses.map((c) => [c.id, c] as const)));
  return {
    ...body,
    sections: body.sections.map((s) => ({
      ...s,
      clauses: s.clauses.map((c) => (c.unterpunkte && storedClauses.get(c.id)?.unterpunkte ? { ...c, unterpunkte: withIds(c.unterpunkte, storedClauses.get(c.id)?.unterpunkte ?? []) } : c)),
    })),
    finanzierung:
      body.finanzierung && stored.finanzierung
        ? { ...body.finanzierung, quellen: body.finanzierung.quellen.map((q, i) => (stored.finanzierung?.quellen[i]?.stelle.dezernat === q.stelle.dezernat ? { ...q, id: (stored.finanzierung.quellen[i] as { id: string }).id } : q)) }
        : body.finanzierung,
    bezuege: withIds(body.bezuege, stored.bezuege),
    beratungsfolge: withIds(body.beratungsfolge, stored.beratungsfolge),
    verteiler: withIds(renameZeichnungRefs(body.verteiler, body.zeichnungen, withIds(body.zeichnungen, stored.zeichnungen)), stored.verteiler),
    zeichnungen: withIds(body.zeichnungen, stored.zeichnungen),
  };
}
