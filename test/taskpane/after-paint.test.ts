/**
 * @jest-environment jsdom
 */
import { afterPaint } from "../../src/taskpane/after-paint";

/** The browser's frame and idle callbacks, run when the test says. */
function browserQueues() {
  const frames: FrameRequestCallback[] = [];
  const idles: IdleRequestCallback[] = [];
  const options: (IdleRequestOptions | undefined)[] = [];
  window.requestAnimationFrame = (cb) => frames.push(cb);
  window.requestIdleCallback = (cb, o) => (idles.push(cb), options.push(o), idles.length);
  const run = <T extends (...a: never[]) => unknown>(q: T[], ...args: Parameters<T>) => q.splice(0).forEach((cb) => cb(...args));
  return {
    frame: () => run(frames, 0),
    idle: () => run(idles, { didTimeout: false, timeRemaining: () => 10 }),
    options,
  };
}

describe("the preview's first drawing of the page waits for the pane's frame", () => {
  afterEach(() => {
    delete (window as Partial<Window>).requestIdleCallback;
  });

  it("runs the work only after the next frame has been drawn and the browser is idle, and at most a second later", () => {
    const q = browserQueues();
    const work = jest.fn();
    afterPaint(work);
    q.idle();
    expect(work).not.toHaveBeenCalled(); // nothing before the frame
    q.frame();
    expect(work).not.toHaveBeenCalled(); // the frame is drawn after its callbacks: not in it
    q.idle();
    expect(work).toHaveBeenCalledTimes(1);
    expect(q.options[0]).toEqual({ timeout: 1000 });
  });

  it("runs in the task after the frame where the browser has no idle callbacks (Safari)", () => {
    jest.useFakeTimers();
    const q = browserQueues();
    delete (window as Partial<Window>).requestIdleCallback;
    const work = jest.fn();
    afterPaint(work);
    jest.runOnlyPendingTimers();
    expect(work).not.toHaveBeenCalled();
    q.frame();
    expect(work).not.toHaveBeenCalled();
    jest.runOnlyPendingTimers();
    expect(work).toHaveBeenCalledTimes(1);
    jest.useRealTimers();
  });

  it("does not wait for frames on a hidden page, which draws none", () => {
    jest.useFakeTimers();
    browserQueues();
    const hidden = jest.spyOn(document, "visibilityState", "get").mockReturnValue("hidden");
    const work = jest.fn();
    afterPaint(work);
    jest.runOnlyPendingTimers();
    expect(work).toHaveBeenCalledTimes(1);
    hidden.mockRestore();
    jest.useRealTimers();
  });
});
