import { OWN_PROPERTIES, PROPERTY_NAMES, planProperties, type DocumentProperty } from "../../../src/core/metadata/document-properties";

const ours: readonly DocumentProperty[] = [
  { name: PROPERTY_NAMES.vorlagenNr, value: "24-V-03-0042" },
  { name: PROPERTY_NAMES.betrag, value: 1000, number: "real" },
  { name: PROPERTY_NAMES.metadatenVersion, value: "1.3" },
];
const names = (props: readonly DocumentProperty[]) => props.map((p) => p.name);

describe("our custom properties never overwrite one we did not write", () => {
  it("keeps a „Betrag“ a clerk set in a document we never wrote, and says which", () => {
    const plan = planProperties(ours, new Map([["Betrag", "siehe Anlage"], ["Aktenzeichen", "42.1-07"]]));
    expect(plan.kept).toEqual(["Betrag"]);
    expect(names(plan.write)).toEqual(["Vorlagen-Nr.", "Metadaten-Version", OWN_PROPERTIES]);
    expect([...plan.remove]).toEqual([]);
  });

  it("compares names as Word does, without regard to case", () => {
    expect(planProperties(ours, new Map([["BETRAG", "eigener Wert"]])).kept).toEqual(["Betrag"]);
  });

  it("marks what it wrote, so that the next write still tells ours from the user's", () => {
    const first = planProperties(ours, new Map([["Betrag", "siehe Anlage"]]));
    const stored = new Map<string, string | number | boolean>([["Betrag", "siehe Anlage"], ...first.write.map((p): [string, string | number | boolean] => [p.name, p.value])]);
    const second = planProperties(ours, stored);
    expect(second.kept).toEqual(["Betrag"]);
    expect(second.remove.has("betrag")).toBe(false);
  });

  it("replaces its own earlier values and removes those it no longer sets", () => {
    const before = new Map<string, string | number | boolean>([["Gremium", "Magistrat"], ["Betrag", 500], [OWN_PROPERTIES, "Gremium; Betrag"]]);
    const plan = planProperties(ours, before);
    expect(plan.kept).toEqual([]);
    expect([...plan.remove].sort()).toEqual(["betrag", "eigenschaften der vorlage", "gremium"]);
  });

  it("takes every name of ours in a part an earlier version wrote (Metadaten-Version, no mark) as ours", () => {
    const plan = planProperties(ours, new Map<string, string | number | boolean>([["Betrag", 500], ["Metadaten-Version", "1.2"]]));
    expect(plan.kept).toEqual([]);
    expect(plan.remove.has("betrag")).toBe(true);
  });

  it("lists every name of ours in its mark in full: the mark fits Word's 255 characters", () => {
    const all = Object.values(PROPERTY_NAMES).map((name): DocumentProperty => ({ name, value: "x" }));
    const mark = planProperties(all, new Map()).write.find((p) => p.name === OWN_PROPERTIES)?.value as string;
    expect(mark.split("; ")).toEqual(Object.values(PROPERTY_NAMES));
  });
});
