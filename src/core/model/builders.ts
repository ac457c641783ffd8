import type { Clause, Finanzierung, Header, Section, Vorlage } from "./vorlage";

/**
 * Small constructors with defaults, so that fixtures and the UI can state only what
 * matters (`vorlage({ header: { betreff: "…" }, sections: [section("beschluss", …)] })`).
 */

export const EMPTY_HEADER: Header = {
  gremium: "",
  sitzungsart: undefined,
  sitzungsdatum: "",
  tagesordnung: "",
  tagesordnungspunkt: "",
  vorlagenNr: "",
  betreff: "",
  beschlussNr: "",
  vorlagenart: "",
};

export interface VorlageInit extends Partial<Omit<Vorlage, "header" | "zustaendigkeit">> {
  readonly header?: Partial<Header>;
  readonly zustaendigkeit?: Partial<Vorlage["zustaendigkeit"]>;
}

export function vorlage(init: VorlageInit = {}): Vorlage {
  return {
    header: { ...EMPTY_HEADER, ...init.header },
    zustaendigkeit: { federfuehrend: "", beteiligt: [], ...init.zustaendigkeit },
    sections: init.sections ?? [],
    finanzierung: init.finanzierung,
    bezuege: init.bezuege ?? [],
    beratungsfolge: init.beratungsfolge ?? [],
    verteiler: init.verteiler ?? [],
    zeichnungen: init.zeichnungen ?? [],
    bloecke: init.bloecke ?? {},
  };
}

export function section(id: string, kind: string, clauses: readonly Clause[] = [], writtenNumber?: string): Section {
  return writtenNumber === undefined ? { id, kind, clauses } : { id, kind, clauses, writtenNumber };
}

export function clause(id: string, text: string, writtenNumber?: string): Clause {
  return writtenNumber === undefined ? { id, text } : { id, text, writtenNumber };
}

export function finanzierung(init: Partial<Finanzierung> = {}): Finanzierung {
  return { auswirkungen: true, quellen: [], bewirtschaftung: "", ...init };
}
