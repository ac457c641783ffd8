import { MAX_WORKERS, workerCount } from "../../src/desk/worker-count";

describe("how many workers read the reviewer's files", () => {
  it("takes one worker per core the browser reports, not one fewer (two cores: two workers)", () => {
    expect(workerCount(2, 8)).toBe(2);
    expect(workerCount(3, 8)).toBe(3);
  });

  it("takes no more than MAX_WORKERS however many cores there are", () => {
    expect(workerCount(16, 40)).toBe(MAX_WORKERS);
  });

  it("takes no more workers than there are slices to read, and at least one", () => {
    expect(workerCount(4, 1)).toBe(1);
    expect(workerCount(4, 0)).toBe(1);
    expect(workerCount(1, 8)).toBe(1);
  });

  it("counts two cores where the browser says nothing or something that is no count", () => {
    expect(workerCount(undefined, 8)).toBe(2);
    expect(workerCount(0, 8)).toBe(2);
    expect(workerCount(Number.NaN, 8)).toBe(2);
  });
});
