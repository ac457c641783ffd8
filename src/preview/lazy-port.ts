import type { DocxPort } from "../document/docx/docx-port";
import type { DocumentPort } from "../document/port";

/**
 * The preview's document port before the .docx engine has arrived: every port call
 * waits for the engine chunk, then goes to the real `DocxPort`. A Proxy, so that a method
 * added to the port needs no change here. `current` is the engine's port once loaded
 * (the preview reads paragraphs and comments from it to draw the page).
 */
export interface LazyPort {
  readonly port: DocumentPort;
  readonly ready: Promise<DocxPort>;
  current(): DocxPort | undefined;
}

export function lazyPort(load: () => Promise<DocxPort>): LazyPort {
  let loaded: DocxPort | undefined;
  const ready = load().then((p) => (loaded = p));
  const port = new Proxy({} as DocumentPort, {
    get: (_, name: string | symbol) =>
      name === "then"
        ? undefined // not a thenable: `await port` must not wait for the engine
        : async (...args: unknown[]) => {
            const real = await ready;
            const method = (real as unknown as Record<string | symbol, unknown>)[name];
            if (typeof method !== "function") throw new TypeError(`The document port has no method ${String(name)}.`);
            return (method as (...a: unknown[]) => unknown).apply(real, args);
          },
  });
  return { port, ready, current: () => loaded };
}
