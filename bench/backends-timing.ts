/** Timing helper shared by the backend benchmarks. */

/**
 * Best (shortest) of `repeats` timed runs after a warm-up, in ms. The best
 * rather than the median: this machine is shared, and other processes only
 * ever make a run slower.
 */
export async function timeIt(f: () => Promise<void> | void, repeats = 5): Promise<number> {
  await f(); // warm-up: compilation, module instantiation, worker start
  let best = Infinity;
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    await f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
