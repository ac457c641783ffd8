import fc from "fast-check";
import { diffVorlagen } from "../../../src/core/diff/vorlage-diff";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { arbitraryVorlage } from "../../fixtures/arbitrary-vorlage";

/** Values of the fields whose values are a closed set: a change picks another member. */
const ENUMS: Readonly<Record<string, readonly unknown[]>> = {
  sitzungsart: [undefined, "oeffentlich", "nichtoeffentlich"],
  bitte: [undefined, "kenntnisnahme", "veranlassung"],
  turnus: ["einmalig", "jaehrlich"],
};

type Path = readonly (string | number)[];

/**
 * Every value the document states, by its path in the model. Ids are left out: they name an
 * entry, they are not something a reader sees (a clause under a new id is a new clause only
 * where both versions carry ids, and the matching tests cover that).
 */
function leaves(v: unknown, path: Path = []): Path[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, [...path, i]));
  if (v !== null && typeof v === "object") return Object.entries(v).flatMap(([k, x]) => (k === "id" ? [] : leaves(x, [...path, k])));
  return [path];
}

const get = (v: unknown, path: Path): unknown => path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], v);

function set(v: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [k, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(v)) return v.map((x, i) => (i === k ? set(x, rest, value) : x));
  return { ...(v as object), [k]: set((v as Record<string | number, unknown>)[k], rest, value) };
}

/** Another value than `old`, of the same kind (a visible letter, never only white space). */
function changed(old: unknown, key: string | number, pick: number): unknown {
  const members = ENUMS[String(key)];
  if (members) {
    const others = members.filter((m) => m !== old);
    return others[pick % others.length];
  }
  if (typeof old === "boolean") return !old;
  if (typeof old === "number") return old === 0 ? 1 : key === "anteil" ? old / 2 : old - 1;
  return `${String(old ?? "")}Ä`;
}

/** A change to one field, or one entry added to or removed from a list, or the Finanzierung dropped or added. */
function mutations(v: Vorlage): ((pick: number) => Vorlage)[] {
  const out: ((pick: number) => Vorlage)[] = leaves(v).map((p) => (pick) => set(v, p, changed(get(v, p), p[p.length - 1] ?? "", pick)) as Vorlage);
  for (const list of ["bezuege", "beratungsfolge", "verteiler", "zeichnungen"] as const) {
    if (v[list].length > 0) out.push(() => ({ ...v, [list]: v[list].slice(1) }));
  }
  out.push(() => ({ ...v, bezuege: [...v.bezuege, { id: "neuB", gremium: "Magistrat", datum: "", bp: "", vermerk: "" }] }));
  out.push(() => ({ ...v, beratungsfolge: [...v.beratungsfolge, { id: "neuR", gremium: "", datum: "", rolle: "", entscheidend: false }] }));
  out.push(() => ({ ...v, verteiler: [...v.verteiler, { id: "neuV", empfaenger: "", bitte: undefined }] }));
  out.push(() => ({ ...v, zeichnungen: [...v.zeichnungen, { id: "neuZ", ort: "", datum: "", zusatz: "", name: "" }] }));
  out.push(() => ({ ...v, sections: [...v.sections, { id: "neuS", kind: "beschluss", clauses: [] }] }));
  out.push(() => ({ ...v, bloecke: { ...v.bloecke, neu: { feld: "Wert" } } }));
  out.push(() => ({ ...v, finanzierung: v.finanzierung ? undefined : { auswirkungen: false, quellen: [], bewirtschaftung: "" } }));
  if (v.finanzierung) {
    const f = v.finanzierung;
    out.push(() => ({ ...v, finanzierung: { ...f, quellen: [...f.quellen, { id: "neuQ", stelle: { dezernat: "", produkt: "", kostenstelle: "" } }] } }));
  }
  return out;
}

describe("diff of a Vorlage and the same Vorlage with one thing changed", () => {
  it.each([
    ["structured documents (ids)", true],
    ["plain documents (text)", false],
  ])("reports at least one change and never „gleich“ for %s", (_name, stableIds) => {
    fc.assert(
      fc.property(arbitraryVorlage, fc.nat(), fc.nat(), (v, which, pick) => {
        const all = mutations(v);
        const w = all[which % all.length] as (pick: number) => Vorlage;
        const d = diffVorlagen({ vorlage: v, findings: [], stableIds }, { vorlage: w(pick), findings: [], stableIds }, WIESBADEN.numbering);
        expect(d.clauses.length + d.fields.length).toBeGreaterThan(0);
        expect(d.equal).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("finds the same Vorlage equal to itself", () => {
    fc.assert(
      fc.property(arbitraryVorlage, (v) => {
        expect(diffVorlagen({ vorlage: v, findings: [], stableIds: true }, { vorlage: v, findings: [], stableIds: true }, WIESBADEN.numbering).equal).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
