/**
 * Source of the bootstrap kernel: plain JavaScript, compiled once with
 * `new Function` on the calling thread and again inside each bootstrap
 * worker, so every thread runs the same code and a resample's sums do not
 * depend on which thread computed it.
 *
 * `ailcaBootstrapSums(terms, m, n, states, next, end, sums, width, col0, w)`:
 * - `terms`: Float64Array, m columns of n per-row terms, column-major;
 * - `states`: Int32Array, the four xoshiro128** state words of each resample;
 * - `next`: Int32Array whose element 0 is the next resample to take (shared
 *   between threads; each thread takes four at a time with `Atomics.add`);
 * - `end`: one past the last resample of this call;
 * - `sums`: Float64Array, resample r's weighted sum of column c is written to
 *   `sums[r·width + col0 + c]`;
 * - `w`: scratch Float64Array of 4n values.
 *
 * Resample r draws its n rows with replacement from its own xoshiro128**
 * stream (the stream of `createRng(seed_r)`): for n ≤ 2^21, row
 * ⌊x·n/2^32⌋ of a 32-bit output x, rejecting x when (x·n mod 2^32) <
 * 2^32 mod n (Lemire 2019, "Fast random integer generation in an interval",
 * ACM TOMACS 29:3, so every row is exactly equally likely); above 2^21,
 * ⌊u·n⌋ of a 53-bit uniform u = (a·2^26 + b)/2^53 (a, b the top 27 and 26
 * bits of two outputs, as `Rng.next()`). The draws become counts wᵣⱼ, and
 * the sums Σⱼ wᵣⱼ·tⱼ are accumulated in float64, in row order, four
 * resamples × three columns at a time (one load of a term serves four
 * resamples; twelve independent accumulators keep the adder busy). Each sum
 * is a single accumulator over j = 0 … n − 1, so tiling does not change a
 * result by a bit.
 * @internal
 */
export const BOOTSTRAP_KERNEL_SOURCE = `"use strict";
return function ailcaBootstrapSums(terms, m, n, states, next, end, sums, width, col0, w) {
  const small = n <= 2097152;
  const reject = small ? 4294967296 % n : 0;
  const scale = n / 4294967296;
  for (;;) {
    const r0 = Atomics.add(next, 0, 4);
    if (r0 >= end) return;
    const r1 = Math.min(r0 + 4, end);
    w.fill(0);
    for (let r = r0; r < r1; r++) {
      const b = r - r0;
      let s0 = states[4 * r] | 0, s1 = states[4 * r + 1] | 0, s2 = states[4 * r + 2] | 0, s3 = states[4 * r + 3] | 0;
      for (let k = 0; k < n; k++) {
        let j = 0;
        for (;;) {
          let q = Math.imul(s1, 5);
          const x = Math.imul((q << 7) | (q >>> 25), 9) >>> 0;
          let t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
          if (small) {
            const p = x * n;
            j = Math.floor(x * scale);
            if (p - j * 4294967296 >= reject) break;
          } else {
            q = Math.imul(s1, 5);
            const y = Math.imul((q << 7) | (q >>> 25), 9) >>> 0;
            t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
            j = Math.floor(((x >>> 5) * 67108864 + (y >>> 6)) / 9007199254740992 * n);
            break;
          }
        }
        w[4 * j + b] += 1;
      }
    }
    const o0 = r0 * width + col0;
    const rows = r1 - r0;
    let c = 0;
    for (; c + 3 <= m; c += 3) {
      let a00 = 0, a01 = 0, a02 = 0, a10 = 0, a11 = 0, a12 = 0, a20 = 0, a21 = 0, a22 = 0, a30 = 0, a31 = 0, a32 = 0;
      const t0 = c * n, t1 = t0 + n, t2 = t1 + n;
      for (let j = 0, k = 0; j < n; j++, k += 4) {
        const x0 = terms[t0 + j], x1 = terms[t1 + j], x2 = terms[t2 + j];
        const w0 = w[k], w1 = w[k + 1], w2 = w[k + 2], w3 = w[k + 3];
        a00 += w0 * x0; a01 += w0 * x1; a02 += w0 * x2;
        a10 += w1 * x0; a11 += w1 * x1; a12 += w1 * x2;
        a20 += w2 * x0; a21 += w2 * x1; a22 += w2 * x2;
        a30 += w3 * x0; a31 += w3 * x1; a32 += w3 * x2;
      }
      const o = o0 + c;
      sums[o] = a00; sums[o + 1] = a01; sums[o + 2] = a02;
      if (rows > 1) { sums[o + width] = a10; sums[o + width + 1] = a11; sums[o + width + 2] = a12; }
      if (rows > 2) { sums[o + 2 * width] = a20; sums[o + 2 * width + 1] = a21; sums[o + 2 * width + 2] = a22; }
      if (rows > 3) { sums[o + 3 * width] = a30; sums[o + 3 * width + 1] = a31; sums[o + 3 * width + 2] = a32; }
    }
    for (; c < m; c++) {
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0;
      const t0 = c * n;
      for (let j = 0, k = 0; j < n; j++, k += 4) {
        const x0 = terms[t0 + j];
        a0 += w[k] * x0; a1 += w[k + 1] * x0; a2 += w[k + 2] * x0; a3 += w[k + 3] * x0;
      }
      const o = o0 + c;
      sums[o] = a0;
      if (rows > 1) sums[o + width] = a1;
      if (rows > 2) sums[o + 2 * width] = a2;
      if (rows > 3) sums[o + 3 * width] = a3;
    }
  }
};`;

/** The kernel's signature (see {@link BOOTSTRAP_KERNEL_SOURCE}). @internal */
export type BootstrapKernel = (
  terms: Float64Array,
  m: number,
  n: number,
  states: Int32Array,
  next: Int32Array,
  end: number,
  sums: Float64Array,
  width: number,
  col0: number,
  w: Float64Array,
) => void;

let compiled: BootstrapKernel | undefined;

/**
 * The kernel compiled on the calling thread (once per process).
 * @internal
 */
export function bootstrapKernel(): BootstrapKernel {
  compiled ??= new Function(BOOTSTRAP_KERNEL_SOURCE)() as BootstrapKernel;
  return compiled;
}
