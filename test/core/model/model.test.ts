import { deepEqual } from "../../../src/core/model/deep-equal";
import { FIELD_NAMES, getField, withField } from "../../../src/core/model/fields";
import { isValidId, randomIds, sequentialIds } from "../../../src/core/model/ids";
import { completeVorlage } from "../../fixtures/builders";

describe("ids", () => {
  it("are random, tag-safe and distinct", () => {
    const ids = Array.from({ length: 1000 }, randomIds);
    expect(ids.every(isValidId)).toBe(true);
    expect(new Set(ids).size).toBe(1000);
  });

  it("are reproducible from a sequential source", () => {
    const next = sequentialIds("c");
    expect([next(), next()]).toEqual(["c1", "c2"]);
  });

  it("refuse what cannot stand in a tag", () => {
    expect(["", "A1", "a b", "x".repeat(33), "ü"].some(isValidId)).toBe(false);
  });
});

describe("fields", () => {
  it("read back every field they write", () => {
    const v = completeVorlage();
    for (const name of FIELD_NAMES) {
      const value = getField(v, name);
      expect(deepEqual(getField(withField(v, name, value as never), name), value)).toBe(true);
    }
    expect(getField(withField(v, "header.betreff", "Neu"), "header.betreff")).toBe("Neu");
    expect(getField(withField(v, "verteiler", []), "verteiler")).toEqual([]);
  });
});

describe("deepEqual", () => {
  it("compares plain values structurally and treats absent and undefined properties alike", () => {
    expect(deepEqual({ a: [1, { b: "x" }] }, { a: [1, { b: "x" }] })).toBe(true);
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual([1], { 0: 1 })).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
  });
});
