import { fuzz, MUTATORS, prng } from "./fuzz-harness";
import { fuzzSeeds } from "./seeds";

describe("the fuzzer", () => {
  it("finds no crash in a fixed slice of mutated documents: every input is read or refused with a typed error", () => {
    const figures = fuzz(fuzzSeeds(), 400, 424242);
    expect(figures.crashSamples).toEqual([]);
    expect(figures.crashes).toBe(0);
    expect(figures.read).toBeGreaterThan(50);
    expect(figures.rejected).toBeGreaterThan(50);
    expect(Object.keys(figures.rejectedBy)).toEqual(expect.arrayContaining(["damaged-zip", "malformed-xml"]));
  }, 120_000);

  it("is reproducible: the same seed gives the same figures", () => {
    const seeds = fuzzSeeds();
    expect(fuzz(seeds, 60, 7)).toEqual(fuzz(seeds, 60, 7));
  }, 60_000);

  it("really mutates: every mutator changes its input", () => {
    const [seed] = fuzzSeeds();
    const random = prng(1);
    for (const [name, mutate] of Object.entries(MUTATORS)) {
      const out = mutate(seed as Uint8Array, random);
      expect({ name, same: Buffer.from(out).equals(Buffer.from(seed as Uint8Array)) }).toEqual({ name, same: false });
    }
  });
});
