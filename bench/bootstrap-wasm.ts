/**
 * The Sobol bootstrap kernel: the hand-written WebAssembly (SIMD) runner of
 * src/sensitivity/bootstrap-kernel.ts against a plain JavaScript runner of
 * the same signature and the same arithmetic (xoshiro128** draws with
 * Lemire's rejection, float64 counts, then per column the four weighted sums
 * Σⱼ w[4j + b]·t[j], one multiply and one add per row, in row order), on the
 * calling thread, at the library's sizes: N = 2^14 base rows, 1,000
 * resamples, m = 2d + 2 term columns (first and total order) for d = 6 and
 * d = 20 inputs (the two benchmark studies), and d = 6 with second order
 * (m = 29). Same terms and streams for both; the sums are asserted bitwise
 * equal. Median of 5 timed runs after 1 warm-up each.
 *
 *   npx tsx bench/bootstrap-wasm.ts
 */
import { createRng } from '../src/random/index.js';
import { bootstrapRun, nextTermsVersion, type BootstrapRun } from '../src/sensitivity/bootstrap-kernel.js';
import { resampleStates } from '../src/sensitivity/resample-streams.js';

/** Resample b's n draws of xoshiro128** (state at states[at]), Lemire-rejected, counted into W[4·row + b]. */
function draw(states: Int32Array, at: number, n: number, reject: number, nHi: number, nLo: number, W: Float64Array, b: number): void {
  let s0 = states[at];
  let s1 = states[at + 1];
  let s2 = states[at + 2];
  let s3 = states[at + 3];
  const small = n <= 2097152; // x·n < 2^53: the product is exact in float64
  let k = n;
  while (k !== 0) {
    const y = Math.imul(s1, 5);
    const x = Math.imul((y << 7) | (y >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    // keep x unless x·n mod 2^32 < 2^32 mod n; the row is ⌊x·n / 2^32⌋, exactly
    if (Math.imul(x, n) >>> 0 >= reject) {
      let row: number;
      if (small) row = Math.floor((x * n) / 4294967296);
      else {
        // x·n = 2^16·(xh·n) + xl·n, every partial product below 2^48
        const xh = x >>> 16;
        const xl = x & 0xffff;
        row = xh * nHi + Math.floor((xh * nLo + Math.floor((xl * nLo) / 65536) + xl * nHi) / 65536);
      }
      W[4 * row + b] = (W[4 * row + b]) + 1;
      k--;
    }
  }
}

/** The plain JavaScript runner: BOOTSTRAP_RUNNER_SOURCE's contract, without WebAssembly. */
function jsRunner(): BootstrapRun {
  let w = new Float64Array(0);
  const out = new Float64Array(4);
  return function run(terms, _version, m, n, states, next, done, end, sums, width, col0) {
    if (w.length < 4 * n) w = new Float64Array(4 * n);
    const W = w;
    // 2^32 mod n, the Lemire rejection threshold
    const reject = 4294967296 % n;
    const nHi = Math.floor(n / 65536);
    const nLo = n % 65536;
    for (;;) {
      const r0 = Atomics.add(next, 0, 4);
      if (r0 >= end) return;
      const count = Math.min(4, end - r0);
      W.fill(0, 0, 4 * n);
      for (let b = 0; b < count; b++) draw(states, 4 * (r0 + b), n, reject, nHi, nLo, W, b);
      for (let c = 0; c < m; c++) {
        let a0 = 0;
        let a1 = 0;
        let a2 = 0;
        let a3 = 0;
        const base = c * n;
        for (let j = 0; j < n; j++) {
          const v = terms[base + j];
          a0 += (W[4 * j]) * v;
          a1 += (W[4 * j + 1]) * v;
          a2 += (W[4 * j + 2]) * v;
          a3 += (W[4 * j + 3]) * v;
        }
        out[0] = a0;
        out[1] = a1;
        out[2] = a2;
        out[3] = a3;
        for (let b = 0; b < count; b++) sums[(r0 + b) * width + col0 + c] = out[b];
      }
      Atomics.add(done, 0, count);
    }
  };
}

const N = 16384;
const R = 1000;
const REPS = 5;
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(run: BootstrapRun, terms: Float64Array, m: number, states: Int32Array): { ms: number; sums: Float64Array } {
  const ts: number[] = [];
  let sums = new Float64Array(0);
  const version = nextTermsVersion();
  for (let r = 0; r <= REPS; r += 1) {
    sums = new Float64Array(R * m);
    const t0 = performance.now();
    run(terms, version, m, N, states, new Int32Array([0]), new Int32Array(1), R, sums, m, 0);
    if (r > 0) ts.push(performance.now() - t0);
  }
  return { ms: median(ts), sums };
}

const js = jsRunner();
const wasm = bootstrapRun();
for (const { label, m } of [
  { label: 'd = 6, S1 + ST', m: 14 },
  { label: 'd = 20, S1 + ST', m: 42 },
  { label: 'd = 6, with S2', m: 29 },
]) {
  const rng = createRng(7);
  const terms = new Float64Array(m * N);
  for (let i = 0; i < terms.length; i += 1) terms[i] = rng.next() * 2 - 1;
  const seeds = createRng(11);
  const states = resampleStates(() => seeds.next(), R, false);
  const a = time(wasm, terms, m, states);
  const b = time(js, terms, m, states);
  for (let i = 0; i < a.sums.length; i += 1) {
    if (!Object.is(a.sums[i], b.sums[i])) throw new Error(`${label}: sum ${i} differs: wasm ${a.sums[i]}, js ${b.sums[i]}`);
  }
  console.log(`N = ${N}, R = ${R}, ${label} (m = ${m}): wasm ${a.ms.toFixed(1)} ms, js ${b.ms.toFixed(1)} ms, js/wasm ${(b.ms / a.ms).toFixed(2)} (sums bitwise equal)`);
}
