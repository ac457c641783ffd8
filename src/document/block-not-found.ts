/** An operation named a section or clause the document does not hold (a caller's stale id). */
export class BlockNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`The document holds no section or clause "${id}".`);
    this.name = "BlockNotFoundError";
  }
}
