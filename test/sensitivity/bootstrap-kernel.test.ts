import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/index.js';
import { bootstrapRun, nextTermsVersion } from '../../src/sensitivity/bootstrap-kernel.js';
import { runBootstrapJobOnWorker } from '../../src/sensitivity/bootstrap-pool.js';
import { resampleStates } from '../../src/sensitivity/resample-streams.js';

/**
 * Reference draws, written independently of the kernel with BigInt: resample
 * r's stream is createRng(seed_r); a row is ⌊x·n / 2^32⌋ of x = nextUint32(),
 * x rejected when x·n mod 2^32 < 2^32 mod n (Lemire 2019).
 */
function referenceCounts(seed: number, n: number): number[] {
  const rng = createRng(seed);
  const counts = new Array<number>(n).fill(0);
  const N = BigInt(n);
  const reject = (1n << 32n) % N;
  for (let k = 0; k < n; k += 1) {
    for (;;) {
      const p = BigInt(rng.nextUint32()) * N;
      if ((p & 0xffffffffn) >= reject) {
        counts[Number(p >> 32n)] += 1;
        break;
      }
    }
  }
  return counts;
}

/** The seeds resampleStates derives: ⌊u·2^32⌋ of successive draws u. */
function seedsOf(uniform: () => number, resamples: number): number[] {
  return Array.from({ length: resamples }, () => Math.floor(uniform() * 2 ** 32));
}

describe('bootstrapRun', () => {
  it('bootstrapRun sums each resample draw counts: identity terms give the counts of createRng(seed_r)', () => {
    // n = 100 (not a power of two, so rejection can happen); terms = identity: column c is 1 at row c.
    const n = 100;
    const R = 7; // not a multiple of 4: the last tile is partial
    const terms = new Float64Array(n * n);
    for (let c = 0; c < n; c += 1) terms[c * n + c] = 1;
    const seedStream = createRng(5);
    const states = resampleStates(() => seedStream.next(), R, false);
    const again = createRng(5);
    const seeds = seedsOf(() => again.next(), R);
    const sums = new Float64Array(R * n);
    bootstrapRun()(terms, nextTermsVersion(), n, n, states, new Int32Array([0]), new Int32Array(1), R, sums, n, 0);
    for (let r = 0; r < R; r += 1) {
      const counts = Array.from(sums.subarray(r * n, (r + 1) * n));
      expect(counts).toEqual(referenceCounts(seeds[r], n));
      // n draws with replacement: the counts add up to n
      expect(counts.reduce((s, c) => s + c, 0)).toBe(n);
    }
  });

  it('bootstrapRun writes only its columns and resamples, from start to end', () => {
    const n = 64;
    const terms = new Float64Array(2 * n).fill(1); // two columns of ones: each sum is Σ counts = n
    const states = resampleStates(() => 0.5, 10, false);
    const sums = new Float64Array(10 * 5).fill(-1);
    // resamples 4 … 9, columns 2 and 3 of a width-5 row
    bootstrapRun()(terms, nextTermsVersion(), 2, n, states, new Int32Array([4]), new Int32Array(1), 10, sums, 5, 2);
    for (let r = 0; r < 10; r += 1) {
      expect(Array.from(sums.subarray(r * 5, r * 5 + 5))).toEqual(r < 4 ? [-1, -1, -1, -1, -1] : [-1, -1, n, n, -1]);
    }
  });

  it('bootstrapRun rejects the draws Lemire rejects (n = 1.5·2^20, where 2^32 mod n = 2^20)', () => {
    // 2^32 − 2730 · 1,572,864 = 1,048,576: about 2.4e-4 of the draws are rejected, some 370 here.
    const n = 1572864;
    const terms = new Float64Array(n);
    for (let j = 0; j < n; j += 1) terms[j] = j;
    const seedStream = createRng(3);
    const states = resampleStates(() => seedStream.next(), 1, false);
    const seed = seedsOf(((g) => () => g.next())(createRng(3)), 1)[0];
    const expected = referenceCounts(seed, n).reduce((s, c, j) => s + c * j, 0);
    const sums = new Float64Array(1);
    bootstrapRun()(terms, nextTermsVersion(), 1, n, states, new Int32Array([0]), new Int32Array(1), 1, sums, 1, 0);
    expect(sums[0]).toBe(expected);
  });

  it('bootstrapRun draws exactly the rows of the reference above 2^21 rows (64-bit products)', () => {
    // 2^32 mod 3,000,017 = 1,942,969: about 4.5e-4 of the draws are rejected.
    const n = 3000017;
    const terms = new Float64Array(n);
    for (let j = 0; j < n; j += 1) terms[j] = j;
    const seedStream = createRng(12);
    const states = resampleStates(() => seedStream.next(), 1, false);
    const seed = seedsOf(((g) => () => g.next())(createRng(12)), 1)[0];
    const expected = referenceCounts(seed, n).reduce((s, c, j) => s + c * j, 0);
    const sums = new Float64Array(1);
    bootstrapRun()(terms, nextTermsVersion(), 1, n, states, new Int32Array([0]), new Int32Array(1), 1, sums, 1, 0);
    expect(sums[0]).toBe(expected);
  });

  it('bootstrapRun gives each resample the same sums whichever call or thread takes it', async () => {
    const n = 1000;
    const m = 5;
    const R = 23;
    const g = createRng(31);
    const shared = (values: number) => new Float64Array(new SharedArrayBuffer(8 * values));
    const terms = shared(m * n);
    for (let k = 0; k < terms.length; k += 1) terms[k] = g.next() - 0.5;
    const s = createRng(8);
    const states = resampleStates(() => s.next(), R, true);
    const whole = shared(R * m);
    bootstrapRun()(terms, nextTermsVersion(), m, n, states, new Int32Array([0]), new Int32Array(1), R, whole, m, 0);
    // two calls that split the resamples at 6 (not a tile boundary of the first call), as two threads might
    const split = shared(R * m);
    const version = nextTermsVersion();
    bootstrapRun()(terms, version, m, n, states, new Int32Array([6]), new Int32Array(1), R, split, m, 0);
    bootstrapRun()(terms, version, m, n, states, new Int32Array([0]), new Int32Array(1), 6, split, m, 0);
    expect(Array.from(split)).toEqual(Array.from(whole));
    // a worker thread, running the same source on its own instance of the module
    const onWorker = shared(R * m);
    await runBootstrapJobOnWorker({ terms, version: nextTermsVersion(), m, n, states, start: 0, end: R, sums: onWorker, width: m, col0: 0 });
    expect(Array.from(onWorker)).toEqual(Array.from(whole));
  });
});
