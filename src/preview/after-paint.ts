/**
 * Runs `work` in a task after the browser has drawn its next frame, so that what the page
 * shows now (the pane just enabled) is on screen before `work` takes the main thread. A
 * hidden page draws no frames (requestAnimationFrame waits until it is shown), so there
 * `work` runs in the next task.
 */
export function afterPaint(work: () => void): void {
  if (typeof requestAnimationFrame !== "function" || document.visibilityState === "hidden") {
    setTimeout(work, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(work, 0));
}
