import { startTransition, useEffect, useState } from "react";
import { afterPaint } from "../after-paint";

/**
 * False in the first render, true once the pane has been drawn: for the parts of a panel below
 * the fold (Bezug, Verteiler, Zeichnung), so that the pane's first drawing, the one the user
 * waits for, holds only what is on screen; the rest follows in the next idle moment, as a
 * transition that a click interrupts.
 */
export function useAfterFirstPaint(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let live = true;
    afterPaint(() => {
      if (live) startTransition(() => setShown(true));
    });
    return () => {
      live = false;
    };
  }, []);
  return shown;
}
