import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { createRng } from '../../src/random/index.js';
import { problemFromFunction, sobol } from '../../src/sensitivity/index.js';
import { bootstrapRun, nextTermsVersion } from '../../src/sensitivity/bootstrap-kernel.js';
import { resampleStates } from '../../src/sensitivity/resample-streams.js';
import { sobolEstimates } from '../../src/sensitivity/sobol-estimators.js';
import { sobolFromSums, sobolTermColumns, sobolTermCount } from '../../src/sensitivity/sobol-terms.js';
import { ishigami, uniform } from './helpers.js';

const PI = Math.PI;
const ishigamiProblem = problemFromFunction([uniform('x1', -PI, PI), uniform('x2', -PI, PI), uniform('x3', -PI, PI)], ishigami);

/** Counts of the draws of resample r, taken back from the kernel with identity terms. */
function countsOf(states: Int32Array, r: number, n: number): Float64Array {
  const terms = new Float64Array(n * n);
  for (let c = 0; c < n; c += 1) terms[c * n + c] = 1;
  const sums = new Float64Array((r + 1) * n);
  bootstrapRun()(terms, nextTermsVersion(), n, n, states, new Int32Array([r]), new Int32Array(1), r + 1, sums, n, 0);
  return sums.slice(r * n, (r + 1) * n);
}

describe('sobolTermColumns and sobolFromSums', () => {
  for (const secondOrder of [false, true]) {
    it(`sobolFromSums of kernel sums equals sobolEstimates weighted by the same counts (secondOrder ${secondOrder})`, () => {
      // Any outputs will do: the two are the same estimators written two ways (weighted sums of
      // per-row terms vs a pass over the outputs with weights), so they agree to rounding.
      const n = 96;
      const d = 4;
      const blocks = secondOrder ? 2 * d + 2 : d + 2;
      const g = createRng(17);
      const y = Float64Array.from({ length: blocks * n }, () => 10 + g.next() * g.next());
      const centre = 10.25;
      const m = sobolTermCount(d, secondOrder);
      // 2d + 2 = 10 columns, plus d(d − 1)/2 = 6 pairs with second order
      expect(m).toBe(secondOrder ? 16 : 10);
      const terms = new Float64Array(m * n);
      sobolTermColumns(y, n, d, centre, 0, m, terms);
      const R = 5;
      const s = createRng(2);
      const states = resampleStates(() => s.next(), R, false);
      const sums = new Float64Array(R * m);
      bootstrapRun()(terms, nextTermsVersion(), m, n, states, new Int32Array([0]), new Int32Array(1), R, sums, m, 0);
      const width = secondOrder ? 2 * d + d * d : 2 * d;
      const out = new Float64Array(R * width);
      for (let r = 0; r < R; r += 1) {
        sobolFromSums(sums, r * m, n, d, secondOrder, out, r * width);
        const e = sobolEstimates(y, n, d, secondOrder, centre, countsOf(states, r, n));
        const got = out.subarray(r * width, (r + 1) * width);
        const want = [...e.S1, ...e.ST, ...(e.S2 ?? [])];
        want.forEach((v, c) => expect(got[c]).toBeCloseTo(v, 10));
      }
    });
  }

  it('sobolTermColumns writes a range of columns: the last pair of d = 4 is (2, 3)', () => {
    const n = 3;
    const d = 4;
    const y = Float64Array.from({ length: (2 * d + 2) * n }, (_, k) => k % 7);
    const all = new Float64Array(16 * n);
    sobolTermColumns(y, n, d, 0, 0, 16, all);
    const last = new Float64Array(n);
    sobolTermColumns(y, n, d, 0, 15, 16, last);
    expect(Array.from(last)).toEqual(Array.from(all.subarray(15 * n)));
    // pair (2, 3): ba₂·ab₃ − a·b, ba₂ = block 2 + d + 2 = 8, ab₃ = block 2 + 3 = 5
    for (let j = 0; j < n; j += 1) {
      expect(last[j]).toBe((y[8 * n + j]) * (y[5 * n + j]) - (y[j]) * (y[n + j]));
    }
  });
});

describe('sobol bootstrap threads', () => {
  // 200 resamples × 8 columns × 16,384 rows ≈ 2.6e7 multiply-adds: above the threshold where workers start.
  it('sobol gives the same intervals on 1, 2 and 3 threads', async () => {
    const run = (threads: number) => sobol(ishigamiProblem, { n: 16384, seed: 4, bootstrap: { resamples: 201, threads } });
    const one = await run(1);
    expect(await run(2)).toEqual(one);
    expect(await run(3)).toEqual(one);
  });

  it('sobol gives the same second-order intervals on 1 and 2 threads', async () => {
    const run = (threads: number) => sobol(ishigamiProblem, { n: 8192, seed: 6, secondOrder: true, bootstrap: { resamples: 300, threads } });
    expect(await run(2)).toEqual(await run(1));
  });

  it('sobol refuses a bad bootstrap thread count or an unknown bootstrap key', async () => {
    const err = async (p: Promise<unknown>): Promise<InputError> => p.then(() => { throw new Error('no error'); }, (e: unknown) => e as InputError);
    const zero = await err(sobol(ishigamiProblem, { n: 64, bootstrap: { threads: 0 } }));
    expect(zero).toBeInstanceOf(InputError);
    expect(zero.path).toBe('sobol.options.bootstrap.threads');
    const typo = await err(sobol(ishigamiProblem, { n: 64, bootstrap: { resample: 100 } as never }));
    expect(typo).toBeInstanceOf(InputError);
    expect(typo.path).toBe('sobol.options.bootstrap.resample');
  });
});
