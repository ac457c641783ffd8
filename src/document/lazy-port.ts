import type { DocumentPort } from "./port";

/**
 * A document port before its adapter has arrived: every port call waits for the adapter's
 * chunk, then goes to the real port. The pane renders at once with it and its buttons stay
 * disabled (busy) until the first read has gone through the real port, so no button is
 * enabled before it works. A Proxy, so that a method added to the port needs no change
 * here; it answers every optional method except those named in `absent` (the pane asks
 * whether a port has one, e.g. `writeEntry`, before it offers what needs it: name there
 * what the real port lacks). `current` is the real port once loaded (the preview reads
 * paragraphs and comments from it to draw the page).
 */
export interface LazyPort<P extends DocumentPort> {
  readonly port: DocumentPort;
  readonly ready: Promise<P>;
  current(): P | undefined;
}

/** `load` is called at once: the chunk is requested now, not at the first port call. */
export function lazyPort<P extends DocumentPort>(load: () => Promise<P>, absent: readonly (keyof DocumentPort)[] = []): LazyPort<P> {
  let loaded: P | undefined;
  const ready = load().then((p) => (loaded = p));
  // A failed load is reported by the first port call that waits for it, not as an unhandled rejection.
  ready.catch(() => undefined);
  const port = new Proxy({} as DocumentPort, {
    get: (_, name: string | symbol) =>
      name === "then" || absent.includes(name as keyof DocumentPort)
        ? undefined // not a thenable: `await port` must not wait for the adapter; an optional method the real port lacks
        : async (...args: unknown[]) => {
            const real = await ready;
            const method = (real as unknown as Record<string | symbol, unknown>)[name];
            if (typeof method !== "function") throw new TypeError(`The document port has no method ${String(name)}.`);
            return (method as (...a: unknown[]) => unknown).apply(real, args);
          },
  });
  return { port, ready, current: () => loaded };
}
