import { diffVorlagen, type DiffSide } from "../../../src/core/diff/vorlage-diff";
import { clause, finanzierung, section } from "../../../src/core/model/builders";
import type { Clause, Vorlage } from "../../../src/core/model/vorlage";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { validate } from "../../../src/core/validation/validate";
import { completeVorlage } from "../../fixtures/builders";

const STYLE = WIESBADEN.numbering;

const TEXTS = [
  "zwei Lastenräder zum Preis von insgesamt 12.400,00 € beschafft werden;",
  "die Kosten aus dem Budget des Dezernats III finanziert werden;",
  "der Bürgerservice einen Stellplatz im Innenhof erhält;",
  "die Räder jährlich gewartet werden;",
  "die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt.",
];

function withBeschluss(clauses: readonly Clause[], base: Vorlage = completeVorlage()): Vorlage {
  return { ...base, sections: [base.sections[0] as Vorlage["sections"][number], section("b", "beschluss", clauses)] };
}

const original = withBeschluss(TEXTS.map((t, i) => clause(`b${i}`, t)));

/** Ids a plain document's reader hands out: new on every read, counted rather than drawn at random so that a run can be repeated. */
let freshIds = 0;
const freshId = (prefix: string): string => `${prefix}-frisch${++freshIds}`;

/** A side as a structured document gives it (ids from the controls) or a plain one (fresh ids on every read). */
function side(v: Vorlage, stableIds: boolean): DiffSide {
  const vorlage = stableIds ? v : { ...v, sections: v.sections.map((s) => ({ ...s, id: freshId(s.id), clauses: s.clauses.map((c) => ({ ...c, id: freshId("x") })) })) };
  return { vorlage, findings: validate(vorlage, WIESBADEN), stableIds };
}

describe.each([
  ["structured documents (ids)", true],
  ["plain documents (text similarity)", false],
])("diff of %s", (_name, stable) => {
  const diff = (a: Vorlage, b: Vorlage) => diffVorlagen(side(a, stable), side(b, stable), STYLE);

  it("is equal for the same Vorlage", () => {
    const d = diff(original, original);
    expect(d.equal).toBe(true);
    expect(d.clauses).toEqual([]);
    expect(d.fields).toEqual([]);
    expect(d.matched.unchanged).toBe(6);
  });

  it("counts a clause whose white space alone differs as unchanged: the same words print (a document and its own recognize output)", () => {
    const spaced = withBeschluss(TEXTS.map((t, i) => clause(`b${i}`, i === 1 ? `${t.replace(" aus ", "  aus ")}  \n \n` : i === 2 ? `\n${t.replace(" einen ", "\neinen ")} ` : t)));
    const d = diff(original, spaced);
    expect(d.equal).toBe(true);
    expect(d.clauses).toEqual([]);
    expect(d.matched.unchanged).toBe(6);
  });

  it("still reports a clause whose words changed beside its white space", () => {
    const changed = withBeschluss(TEXTS.map((t, i) => clause(`b${i}`, i === 1 ? `${t.replace("Budget", "Budget des Amtes")}  \n \n` : t)));
    const d = diff(original, changed);
    expect(d.equal).toBe(false);
    expect(d.clauses.map((c) => c.kind)).toEqual(["changed"]);
  });

  it("reports a changed clause with its word diff, and nothing else", () => {
    const changed = withBeschluss(TEXTS.map((t, i) => clause(`b${i}`, i === 3 ? "die Räder halbjährlich gewartet werden;" : t)));
    const d = diff(original, changed);
    expect(d.equal).toBe(false);
    expect(d.clauses).toHaveLength(1);
    const c = d.clauses[0];
    expect(c?.kind).toBe("changed");
    if (c?.kind !== "changed") return;
    expect(c.old.number).toBe("2.4");
    expect(c.new.number).toBe("2.4");
    expect(c.reordered).toBe(false);
    expect(c.words.filter((w) => w.op !== "equal")).toEqual([
      { op: "delete", text: "jährlich" },
      { op: "insert", text: "halbjährlich" },
    ]);
  });

  it("reports an added clause, and the clauses after it as renumbered, not changed", () => {
    const added = withBeschluss([clause("b0", TEXTS[0] as string), clause("neu", "ein Ladepunkt im Innenhof eingerichtet wird;"), ...TEXTS.slice(1).map((t, i) => clause(`b${i + 1}`, t))]);
    const d = diff(original, added);
    expect(d.clauses.map((c) => c.kind)).toEqual(["added", "moved", "moved", "moved", "moved"]);
    expect(d.clauses[0]).toMatchObject({ kind: "added", new: { number: "2.2", text: "ein Ladepunkt im Innenhof eingerichtet wird;" } });
    expect(d.clauses[1]).toMatchObject({ kind: "moved", reordered: false, old: { number: "2.2" }, new: { number: "2.3" } });
    expect(d.clauses.some((c) => c.kind === "changed")).toBe(false);
  });

  it("reports a removed clause where it stood", () => {
    const removed = withBeschluss(TEXTS.filter((_, i) => i !== 1).map((t) => clause(`b${TEXTS.indexOf(t)}`, t)));
    const d = diff(original, removed);
    expect(d.clauses[0]).toMatchObject({ kind: "removed", old: { number: "2.2", text: TEXTS[1] } });
    expect(d.clauses.slice(1).every((c) => c.kind === "moved" && !c.reordered)).toBe(true);
  });

  it("reports a clause moved to another place as moved and reordered, not as removed and added", () => {
    const order = [0, 3, 1, 2, 4];
    const moved = withBeschluss(order.map((i) => clause(`b${i}`, TEXTS[i] as string)));
    const d = diff(original, moved);
    const reordered = d.clauses.filter((c) => c.kind === "moved" && c.reordered);
    expect(reordered).toHaveLength(1);
    expect(reordered[0]).toMatchObject({ old: { number: "2.4", text: TEXTS[3] }, new: { number: "2.2" } });
    expect(d.clauses.every((c) => c.kind === "moved")).toBe(true);
  });

  it("reports both clauses of a swap as moved, the one between them as unchanged", () => {
    const order = [2, 1, 0, 3, 4];
    const swapped = withBeschluss(order.map((i) => clause(`b${i}`, TEXTS[i] as string)));
    const d = diff(original, swapped);
    expect(d.clauses.map((c) => (c.kind === "moved" ? [c.old.number, c.new.number, c.reordered] : c.kind))).toEqual([
      ["2.3", "2.1", true],
      ["2.1", "2.3", true],
    ]);
  });

  it("reports a clause moved into the other section", () => {
    const base = original;
    const k = base.sections[0] as Vorlage["sections"][number];
    const b = base.sections[1] as Vorlage["sections"][number];
    const v = { ...base, sections: [{ ...k, clauses: [...k.clauses, b.clauses[2] as Clause] }, { ...b, clauses: b.clauses.filter((_, i) => i !== 2) }] };
    const d = diff(base, v);
    expect(d.clauses.find((c) => c.kind === "moved" && c.reordered)).toMatchObject({ old: { section: "beschluss", number: "2.3" }, new: { section: "kenntnisnahme", number: "1.2" } });
  });

  it("compares header fields and the Finanzierung field by field", () => {
    const f = original.finanzierung;
    const v: Vorlage = {
      ...original,
      header: { ...original.header, betreff: "Beschaffung von drei Lastenrädern", sitzungsdatum: "2025-06-03" },
      finanzierung: finanzierung({ ...f, betragCent: 1_860_000, turnus: "jaehrlich", quellen: [{ id: "q1", stelle: { dezernat: "III", produkt: "1.11.02", kostenstelle: "2010" }, anteil: 0.5 }, { id: "q2", stelle: { dezernat: "I", produkt: "", kostenstelle: "" }, anteil: 0.5 }] }),
    };
    const d = diff(original, v);
    expect(d.clauses).toEqual([]);
    expect(d.fields).toEqual([
      { field: "header.betreff", type: "text", old: "Beschaffung von Lastenrädern für den Bürgerservice", new: "Beschaffung von drei Lastenrädern" },
      { field: "header.sitzungsdatum", type: "date", old: "2025-05-06", new: "2025-06-03" },
      { field: "finanzierung.betrag", type: "money", old: 1_240_000, new: 1_860_000 },
      { field: "finanzierung.turnus", type: "turnus", old: "einmalig", new: "jaehrlich" },
      { field: "finanzierung.quellen", entry: 1, part: "produkt", type: "text", old: "1.11.01", new: "1.11.02" },
      { field: "finanzierung.quellen", entry: 1, part: "anteil", type: "share", old: 1, new: 0.5 },
      { field: "finanzierung.quellen", entry: 2, part: "dezernat", type: "text", old: null, new: "I" },
      { field: "finanzierung.quellen", entry: 2, part: "anteil", type: "share", old: null, new: 0.5 },
    ]);
  });

  it("compares Verteiler, Zeichnungen, Bezüge and Beratungsfolge entry by entry", () => {
    const a: Vorlage = {
      ...original,
      bezuege: [{ id: "r1", gremium: "Magistrat", datum: "2024-02-27", bp: "0106", vermerk: "antragsgemäß" }],
      beratungsfolge: [{ id: "f1", gremium: "Magistrat", datum: "2025-05-06", rolle: "Entscheidung", entscheidend: true }],
      verteiler: [{ id: "v1", empfaenger: "Dezernat VII", bitte: "veranlassung" }],
      zeichnungen: [{ id: "z1", ort: "Wiesbaden", datum: "2025-05-06", zusatz: "", name: "Dr. Heimlich" }],
    };
    const b: Vorlage = {
      ...a,
      bezuege: [{ id: "r1", gremium: "Magistrat", datum: "2024-02-20", bp: "0199", vermerk: "antragsgemäß" }],
      beratungsfolge: [{ id: "f1", gremium: "Magistrat", datum: "2025-05-06", rolle: "Entscheidung", entscheidend: false }],
      verteiler: [{ id: "v1", empfaenger: "Dezernat VI", bitte: "kenntnisnahme" }],
      zeichnungen: [{ id: "z1", ort: "Wiesbaden", datum: "2025-05-06", zusatz: "", name: "Dr. Anders" }],
    };
    const d = diff(a, b);
    expect(d.equal).toBe(false);
    expect(d.fields).toEqual([
      { field: "bezuege", entry: 1, part: "datum", type: "date", old: "2024-02-27", new: "2024-02-20" },
      { field: "bezuege", entry: 1, part: "bp", type: "text", old: "0106", new: "0199" },
      { field: "beratungsfolge", entry: 1, part: "entscheidend", type: "flag", old: true, new: false },
      { field: "verteiler", entry: 1, part: "empfaenger", type: "text", old: "Dezernat VII", new: "Dezernat VI" },
      { field: "verteiler", entry: 1, part: "bitte", type: "text", old: "veranlassung", new: "kenntnisnahme" },
      { field: "zeichnungen", entry: 1, part: "name", type: "text", old: "Dr. Heimlich", new: "Dr. Anders" },
    ]);
  });

  it("reports an added entry that says nothing, an empty section, and a block's field", () => {
    const b: Vorlage = {
      ...original,
      verteiler: [...original.verteiler, { id: "leer", empfaenger: "", bitte: undefined }],
      sections: [...original.sections, section("x", "beschluss", [])],
      bloecke: { klima: { auswirkung: "keine" } },
    };
    const d = diff(original, b);
    expect(d.equal).toBe(false);
    expect(d.fields).toContainEqual({ field: "verteiler", entry: 2, part: "empfaenger", type: "text", old: null, new: "" });
    expect(d.fields).toContainEqual({ field: "sections", entry: 3, part: "kind", type: "text", old: null, new: "beschluss" });
    expect(d.fields).toContainEqual({ field: "bloecke", block: "klima", key: "auswirkung", type: "text", old: null, new: "keine" });
  });

  it("reports one entry put in at the top of the Verteiler as one added entry, not every entry below as changed", () => {
    const e = (id: string, empfaenger: string) => ({ id, empfaenger, bitte: "kenntnisnahme" as const });
    const a: Vorlage = { ...original, verteiler: [e("v1", "Dezernat I"), e("v2", "Dezernat II"), e("v3", "Dezernat III")] };
    const b: Vorlage = { ...a, verteiler: [e("v0", "Revisionsamt"), ...a.verteiler] };
    expect(diff(a, b).fields).toEqual([
      { field: "verteiler", entry: 1, part: "empfaenger", type: "text", old: null, new: "Revisionsamt" },
      { field: "verteiler", entry: 1, part: "bitte", type: "text", old: null, new: "kenntnisnahme" },
    ]);
    const c: Vorlage = { ...a, verteiler: [e("v1", "Dezernat I"), e("v3", "Dezernat III")] };
    expect(diff(a, c).fields).toEqual([
      { field: "verteiler", entry: 2, part: "empfaenger", type: "text", old: "Dezernat II", new: null },
      { field: "verteiler", entry: 2, part: "bitte", type: "text", old: "kenntnisnahme", new: null },
    ]);
  });

  it("compares the Zeichnung a Verteiler entry goes under by its place, not by its id", () => {
    const z = (id: string) => ({ id, ort: "Wiesbaden", datum: "2025-05-06", zusatz: "", name: "Muster" });
    const a: Vorlage = { ...original, zeichnungen: [z("z1"), z("z2")], verteiler: [{ id: "v1", empfaenger: "Dezernat III", bitte: "veranlassung", zeichnung: "z2" }] };
    const renamed: Vorlage = { ...a, zeichnungen: [z("y1"), z("y2")], verteiler: [{ id: "v1", empfaenger: "Dezernat III", bitte: "veranlassung", zeichnung: "y2" }] };
    expect(diff(a, renamed).equal).toBe(true);
    const first: Vorlage = { ...a, verteiler: [{ id: "v1", empfaenger: "Dezernat III", bitte: "veranlassung" }] };
    expect(diff(a, first).fields).toEqual([{ field: "verteiler", entry: 1, part: "zeichnung", type: "number", old: 2, new: 1 }]);
  });

  it("names findings that appeared and findings that went", () => {
    const noGremium = { ...original, header: { ...original.header, gremium: "" } };
    const noBetreff = { ...original, header: { ...original.header, betreff: "" } };
    const d = diff(noGremium, noBetreff);
    expect(d.findings.went.map((f) => [f.code, f.location])).toContainEqual(["field-missing", { type: "field", field: "header.gremium" }]);
    expect(d.findings.appeared.map((f) => [f.code, f.location])).toContainEqual(["field-missing", { type: "field", field: "header.betreff" }]);
  });

  it("keeps a clause finding that is still there although the clause moved", () => {
    const bad = (t: string) => withBeschluss([clause("b0", t), ...TEXTS.slice(1).map((x, i) => clause(`b${i + 1}`, x))]);
    const empty = bad("");
    const v = withBeschluss([clause("neu", "ein Ladepunkt eingerichtet wird;"), ...(empty.sections[1]?.clauses ?? [])]);
    const d = diff(empty, v);
    const codes = (fs: readonly { code: string }[]) => fs.map((f) => f.code);
    expect(codes(empty.sections.length ? validate(empty, WIESBADEN) : [])).toContain("clause-empty");
    if (stable) expect(codes(d.findings.went)).not.toContain("clause-empty");
    expect(codes(d.findings.appeared)).not.toContain("clause-empty");
  });
});

describe("matching", () => {
  it("uses the ids when both versions have them, even when the text was rewritten completely", () => {
    const rewritten = withBeschluss(TEXTS.map((t, i) => clause(`b${i}`, i === 2 ? "ein ganz anderer Wortlaut steht nun hier." : t)));
    const d = diffVorlagen(side(original, true), side(rewritten, true), STYLE);
    expect(d.clauses).toHaveLength(1);
    expect(d.clauses[0]).toMatchObject({ kind: "changed", matchedBy: "id" });
  });

  it("with ids on both sides, a clause under a new id is added, not paired by similar text", () => {
    const retyped = withBeschluss(TEXTS.map((t, i) => clause(i === 2 ? "anders" : `b${i}`, i === 2 ? t.replace("Stellplatz", "Abstellplatz") : t)));
    const d = diffVorlagen(side(original, true), side(retyped, true), STYLE);
    expect(d.clauses.map((c) => c.kind)).toEqual(["removed", "added"]);
  });

  it("without ids, a text with too little in common is a removed and an added clause", () => {
    const rewritten = withBeschluss(TEXTS.map((t, i) => clause(`b${i}`, i === 2 ? "ein ganz anderer Wortlaut steht nun hier." : t)));
    const d = diffVorlagen(side(original, false), side(rewritten, false), STYLE);
    expect(d.clauses.map((c) => c.kind).sort()).toEqual(["added", "removed"]);
  });

  it("falls back to text where only one version has ids (a version that went through LibreOffice)", () => {
    const changed = withBeschluss(TEXTS.map((t, i) => clause(`b${i}`, i === 0 ? t.replace("zwei", "drei") : t)));
    const d = diffVorlagen(side(original, true), side(changed, false), STYLE);
    expect(d.clauses).toHaveLength(1);
    expect(d.clauses[0]).toMatchObject({ kind: "changed", matchedBy: "similarity" });
    expect(d.matched.text).toBe(5);
  });

  it("pairs repeated texts in order", () => {
    const same = "die Verwaltung berichtet.";
    const a = withBeschluss([clause("a", same), clause("b", same)]);
    const d = diffVorlagen(side(a, false), side(a, false), STYLE);
    expect(d.equal).toBe(true);
  });

  it("shows the number a document wrote, not the derived one", () => {
    const a = withBeschluss([clause("a", "erstens;", "2.1"), clause("b", "zweitens;", "2.4")]);
    const b = withBeschluss([clause("a", "erstens;", "2.1"), clause("b", "zweitens geändert;", "2.4")]);
    expect(diffVorlagen(side(a, true), side(b, true), STYLE).clauses[0]).toMatchObject({ old: { number: "2.4" }, new: { number: "2.4" } });
  });

  it("folds Unterpunkte into the clause text", () => {
    const withSub = (t: string): Vorlage => withBeschluss([{ ...clause("a", "folgende Maßnahmen umgesetzt werden:"), unterpunkte: [{ id: "u", text: t, writtenNumber: "a)" }] }]);
    const d = diffVorlagen(side(withSub("Radwege"), true), side(withSub("Radwege und Gehwege"), true), STYLE);
    expect(d.clauses[0]).toMatchObject({ kind: "changed" });
  });
});
