/** A one-line progress bar on a terminal's stderr; silent when stderr is not a terminal (CI, pipes). */
export interface Progress {
  tick(label: string): void;
  done(): void;
}

export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 2) return { tick: () => undefined, done: () => undefined };
  let n = 0;
  const width = 24;
  return {
    tick(label) {
      n++;
      const filled = Math.round((n / total) * width);
      const name = label.length > 40 ? `…${label.slice(-39)}` : label;
      stream.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${n}/${total} ${name}`.padEnd(80));
    },
    done() {
      stream.write(`\r${" ".repeat(80)}\r`);
    },
  };
}
