/**
 * Stable ids for sections, clauses and list entries. They travel in content-control tags,
 * so they are short and tag-safe ([a-z0-9]). Random by default (a pasted copy must not
 * collide with its original across sessions); tests inject a deterministic source.
 */
export type IdSource = () => string;

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** Ids from the platform's cryptographic random source (Web Crypto, present in browsers and Node ≥ 19). */
export const randomIds: IdSource = () => {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  let id = "";
  for (const b of bytes) id += ALPHABET[b % ALPHABET.length];
  return id;
};

/** Deterministic ids `prefix1`, `prefix2`, … for fixtures and reproducible runs. */
export function sequentialIds(prefix = "id"): IdSource {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** True when `id` may be used in a tag: 1–32 characters of [a-z0-9-]. */
export function isValidId(id: string): boolean {
  return /^[a-z0-9][a-z0-9-]{0,31}$/.test(id);
}
