import type { CommandIO } from './io.js';

/** A progress bar on stderr: drawn only on a terminal, silent when piped. */
export interface ProgressBar {
  update(done: number, total: number): void;
  finish(): void;
}

/**
 * A progress bar that redraws at most every 100 ms on an interactive
 * stderr and prints nothing otherwise (so piped JSON stays clean).
 */
export function progressBar(io: CommandIO, label: string): ProgressBar {
  let last = 0;
  let drawn = false;
  const t0 = Date.now();
  return {
    update(done, total) {
      if (!io.interactive) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 30;
      const frac = total > 0 ? done / total : 1;
      const bar = '#'.repeat(Math.round(frac * width)).padEnd(width, '.');
      const rate = done / Math.max((now - t0) / 1000, 1e-3);
      io.stderr(`\r${label} [${bar}] ${(frac * 100).toFixed(0).padStart(3)}%  ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}  ${(rate / 1e6).toFixed(1)} M/s`);
      drawn = true;
    },
    finish() {
      if (drawn) io.stderr('\n');
    },
  };
}
