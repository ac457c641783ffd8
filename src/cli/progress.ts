/** A one-line progress bar on a terminal's stderr; silent when stderr is not a terminal (CI, pipes). */
export interface Progress {
  tick(label: string): void;
  /** Takes the bar off the line (drawn again at the next tick), so that a report line written meanwhile to the same terminal does not run on after it. */
  clear(): void;
  done(): void;
}

export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 2) return { tick: () => undefined, clear: () => undefined, done: () => undefined };
  let n = 0;
  let shown = false;
  const width = 24;
  const clear = (): void => {
    if (shown) stream.write(`\r${" ".repeat(80)}\r`);
    shown = false;
  };
  return {
    tick(label) {
      n++;
      const filled = Math.round((n / total) * width);
      const name = label.length > 40 ? `…${label.slice(-39)}` : label;
      stream.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${n}/${total} ${name}`.padEnd(80));
      shown = true;
    },
    clear,
    done: clear,
  };
}
