/**
 * Runs `work` once the browser has drawn its next frame and has nothing more urgent to do
 * (requestIdleCallback, at most a second later), so that what the page shows now (the pane
 * just enabled) is on screen, and its first tasks have run, before `work` takes the main
 * thread. Without requestIdleCallback (Safari), in the task after that frame. A hidden
 * page draws no frames (requestAnimationFrame waits until it is shown), so there `work`
 * runs in the next task.
 */
export function afterPaint(work: () => void): void {
  if (typeof requestAnimationFrame !== "function" || document.visibilityState === "hidden") {
    setTimeout(work, 0);
    return;
  }
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(() => work(), { timeout: 1000 });
    else setTimeout(work, 0);
  });
}
