import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

/**
 * What the pane must be at every step, whatever its width: nothing in it wider than the
 * pane (Word's task pane cannot scroll sideways usefully), and nothing for axe-core.
 */

/** The elements that stick out of the pane on the right, or the pane itself when it scrolls sideways. */
export function sideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.querySelector<HTMLElement>("[data-testid=pane]");
    if (!pane) return ["no [data-testid=pane]"];
    const out: string[] = [];
    if (pane.scrollWidth > pane.clientWidth) out.push(`pane scrolls: ${pane.scrollWidth} > ${pane.clientWidth}`);
    const right = pane.getBoundingClientRect().right;
    for (const el of Array.from(pane.querySelectorAll<HTMLElement>("*"))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > right + 0.5) out.push(`${el.tagName.toLowerCase()} ${el.getAttribute("aria-label") ?? el.textContent?.slice(0, 30) ?? ""} ends at ${Math.round(r.right)} > ${Math.round(right)}`);
      const style = getComputedStyle(el);
      if ((style.overflowX === "auto" || style.overflowX === "scroll") && el.scrollWidth > el.clientWidth) out.push(`${el.tagName.toLowerCase()} scrolls sideways`);
    }
    return out.slice(0, 10);
  });
}

/** axe-core's violations on the page, as "rule (count)". */
export async function axeViolations(page: Page): Promise<string[]> {
  const axe = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  return page.evaluate(async (source) => {
    if (!(window as unknown as { axe?: unknown }).axe) (0, eval)(source);
    type Violation = { id: string; nodes: { html: string }[] };
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: Violation[] }> } }).axe.run();
    // Fluent UI's focus sentinels (data-tabster-dummy) are aria-hidden and focusable on purpose: they hand focus
    // on at once. A known false positive of this one rule (microsoft/tabster#288); every other node counts.
    return result.violations
      .map((v) => ({ ...v, nodes: v.id === "aria-hidden-focus" ? v.nodes.filter((n) => !n.html.includes("data-tabster-dummy")) : v.nodes }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 2).map((n) => n.html.slice(0, 80)).join(" | ")}`);
  }, axe);
}

/** The pane's tabs, grouped by the line they stand on: one line (one entry) when none has wrapped. */
export function tabLines(page: Page): Promise<string[][]> {
  return page.evaluate(() => {
    const lines = new Map<number, string[]>();
    for (const tab of Array.from(document.querySelectorAll<HTMLElement>("[data-testid=pane] [role=tab]"))) {
      const top = tab.offsetTop;
      lines.set(top, [...(lines.get(top) ?? []), tab.getAttribute("value") ?? tab.textContent ?? ""]);
    }
    return [...lines.values()];
  });
}
