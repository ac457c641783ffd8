import type { DocumentPort, PortRead } from "../../src/document/port";
import { lazyPort } from "../../src/document/lazy-port";

/** A deferred adapter: the test decides when its chunk has "arrived". */
function deferred<T>(): { promise: Promise<T>; resolve(v: T): void; reject(e: unknown): void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const read: PortRead = { vorlage: { header: {}, sections: [] } as unknown as PortRead["vorlage"], structured: true, findings: [] };

describe("a port whose adapter arrives later (the pane renders before its chunk has loaded)", () => {
  it("requests the adapter at once, not at the first call", () => {
    const load = jest.fn(() => new Promise<DocumentPort>(() => undefined));
    lazyPort(load);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("holds every call until the adapter is there, then passes it on with its arguments", async () => {
    const chunk = deferred<DocumentPort>();
    const lazy = lazyPort(() => chunk.promise);
    const select = jest.fn(async () => undefined);
    let settled = false;
    const call = lazy.port.select("abc").then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    expect(lazy.current()).toBeUndefined();
    const real = { read: async () => read, select } as unknown as DocumentPort;
    chunk.resolve(real);
    await call;
    expect(select).toHaveBeenCalledWith("abc");
    expect(lazy.current()).toBe(real);
    await expect(lazy.port.read()).resolves.toBe(read);
  });

  it("is not a thenable: awaiting the port does not wait for the adapter", async () => {
    const lazy = lazyPort(() => new Promise<DocumentPort>(() => undefined));
    await expect(Promise.resolve(lazy.port)).resolves.toBe(lazy.port);
  });

  it("reports a chunk that failed to load at the call that needed it, and a method the adapter lacks by name", async () => {
    const failed = lazyPort(() => Promise.reject(new Error("chunk engine failed")));
    await expect(failed.port.read()).rejects.toThrow("chunk engine failed");
    const partial = lazyPort(async () => ({ read: async () => read }) as unknown as DocumentPort);
    await expect(partial.port.renumber()).rejects.toThrow("The document port has no method renumber.");
  });

  it("answers no for an optional method the adapter is known to lack, so that the pane does not offer what needs it", () => {
    const lazy = lazyPort(() => new Promise<DocumentPort>(() => undefined), ["writeEntry"]);
    expect(lazy.port.writeEntry).toBeUndefined();
    expect(typeof lazy.port.select).toBe("function");
  });
});
