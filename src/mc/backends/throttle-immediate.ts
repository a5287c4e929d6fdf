/**
 * While a webgpu read-back is awaited, Dawn (npm `webgpu`) polls for the
 * GPU's completion by rescheduling itself with the global `setImmediate`:
 * a busy loop that keeps one of the machine's cores spinning. On a software
 * adapter (lavapipe) that core is one the "GPU" needs: measured here, 10^8
 * samples ran at 53–56 M/s with the busy loop and 70–76 M/s when each poll
 * waits for the next timer tick instead.
 *
 * `throttledImmediate(f)` runs `f` with the global `setImmediate` replaced by
 * `setTimeout(…, 0)` (≥ 1 ms) and restores it afterwards, also when runs
 * nest or overlap (a counter). Code that calls `setImmediate` during that
 * window is delayed by about a millisecond.
 * @internal
 */
let depth = 0;
let original: typeof setImmediate | undefined;

function throttled(callback: (...args: unknown[]) => void, ...args: unknown[]): NodeJS.Immediate {
  return setTimeout(callback, 0, ...args) as unknown as NodeJS.Immediate;
}

/** Run `f` with Dawn's completion polling throttled to timer ticks. @internal */
export async function throttledImmediate<T>(f: () => Promise<T>): Promise<T> {
  if (depth === 0) {
    original = globalThis.setImmediate;
    globalThis.setImmediate = throttled as unknown as typeof setImmediate;
  }
  depth += 1;
  try {
    return await f();
  } finally {
    depth -= 1;
    if (depth === 0 && original !== undefined) globalThis.setImmediate = original;
  }
}
