import { byText, withSharedTextResults } from "../../src/core/text-memo";

/** A pure function of a text that counts how often it really ran. */
function counted() {
  const calls: string[] = [];
  const fn = byText((text: string, context: { readonly suffix: string }) => {
    calls.push(text);
    return [`${text}${context.suffix}`];
  });
  return { fn, calls };
}

describe("results of a pure function of a text, shared while two versions are compared", () => {
  const ctx = { suffix: "!" };

  it("computes a text once inside a scope and hands the same result again", () => {
    const { fn, calls } = counted();
    const [a, b, c] = withSharedTextResults(() => [fn("Radweg 12", ctx), fn("Radweg 12", ctx), fn("Schule", ctx)]);
    expect(calls).toEqual(["Radweg 12", "Schule"]);
    expect(a).toBe(b);
    expect(c).toEqual(["Schule!"]);
  });

  it("computes every call afresh outside a scope and keeps nothing after one", () => {
    const { fn, calls } = counted();
    fn("Radweg 12", ctx);
    fn("Radweg 12", ctx);
    withSharedTextResults(() => fn("Radweg 12", ctx));
    fn("Radweg 12", ctx);
    expect(calls).toHaveLength(4);
  });

  it("computes the same text again for another context, which may change the result", () => {
    const { fn, calls } = counted();
    const [a, b] = withSharedTextResults(() => [fn("x", ctx), fn("x", { suffix: "?" })]);
    expect(calls).toEqual(["x", "x"]);
    expect([a, b]).toEqual([["x!"], ["x?"]]);
  });

  it("keeps apart the results of two wrapped functions", () => {
    const one = byText((t: string) => `one:${t}`);
    const two = byText((t: string) => `two:${t}`);
    expect(withSharedTextResults(() => [one("a"), two("a")])).toEqual(["one:a", "two:a"]);
  });

  it("freezes a kept result, so that a caller cannot change what the other version gets", () => {
    const { fn } = counted();
    const kept = withSharedTextResults(() => fn("a", ctx));
    expect(Object.isFrozen(kept)).toBe(true);
    expect(() => (kept as string[]).push("b")).toThrow(TypeError);
    expect(Object.isFrozen(fn("a", ctx))).toBe(false);
  });

  it("forgets the scope when its work throws", () => {
    const { fn, calls } = counted();
    expect(() =>
      withSharedTextResults(() => {
        fn("a", ctx);
        throw new Error("Lesefehler");
      }),
    ).toThrow("Lesefehler");
    fn("a", ctx);
    fn("a", ctx);
    expect(calls).toHaveLength(3);
  });

  it("gives an inner scope results of its own and the outer scope its own back", () => {
    const { fn, calls } = counted();
    withSharedTextResults(() => {
      fn("a", ctx);
      withSharedTextResults(() => fn("a", ctx));
      fn("a", ctx);
    });
    expect(calls).toEqual(["a", "a"]);
  });
});
