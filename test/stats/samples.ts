import { createRng } from '../../src/random/index.js';

/**
 * n seeded draws of N(mean, sd) by Box–Muller on the library's xoshiro128**
 * stream, as float64 (or rounded to float32 when `float32`).
 */
export function normalSamples(n: number, mean: number, sd: number, seed: number, float32 = false): Float32Array | Float64Array {
  const rng = createRng(seed);
  const out = float32 ? new Float32Array(n) : new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - rng.next()));
    const t = 2 * Math.PI * rng.next();
    out[i] = mean + sd * r * Math.cos(t);
    if (i + 1 < n) out[i + 1] = mean + sd * r * Math.sin(t);
  }
  return out;
}

/** n seeded uniform draws on [lo, hi). */
export function uniformSamples(n: number, lo: number, hi: number, seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => lo + (hi - lo) * rng.next());
}

/** Call f and return what it threw (fails the test when it throws nothing). */
export function thrown(f: () => unknown): Error & Record<string, unknown> {
  try {
    f();
  } catch (e) {
    return e as Error & Record<string, unknown>;
  }
  throw new Error('expected an error, none was thrown');
}
