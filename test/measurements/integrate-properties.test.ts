import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { integratePower, type PowerLog } from '../../src/measurements/index.js';

/** A one-GPU log at the given times (ms) and powers (W). */
const logOf = (times: readonly number[], watts: readonly number[]): PowerLog => ({
  file: 'p.csv',
  format: 'dcgm',
  samples: times.map((timeMs, k) => ({ row: k + 2, timeMs, gpu: '0', powerW: watts[k] })),
  assumptions: [],
});

/** Strictly increasing times: cumulative sums of positive steps (ms). */
const timesArb = fc.array(fc.integer({ min: 1, max: 60_000 }), { minLength: 1, maxLength: 60 }).map((steps) => steps.reduce<number[]>((t, s) => [...t, t[t.length - 1] + s], [1.7e12]));

describe('integratePower properties', () => {
  it('a constant power P over [t0, tn] with no gap gives P × (tn − t0) exactly', () => {
    fc.assert(
      fc.property(timesArb, fc.double({ min: 0, max: 2000, noNaN: true }), (times, p) => {
        const r = integratePower(logOf(times, times.map(() => p)), { gapFactor: 1e9 });
        const expected = (p * (times[times.length - 1] - times[0])) / 3.6e6 / 1000;
        expect(r.energyKWh).toBeCloseTo(expected, 9);
      }),
    );
  });

  it('energy is linear in power and never negative; gaps only remove energy', () => {
    fc.assert(
      fc.property(timesArb, fc.array(fc.double({ min: 0, max: 2000, noNaN: true }), { minLength: 61, maxLength: 61 }), (times, w) => {
        const watts = times.map((_, k) => w[k]);
        const all = integratePower(logOf(times, watts), { gapFactor: 1e9 }).energyKWh;
        const doubled = integratePower(logOf(times, watts.map((x) => 2 * x)), { gapFactor: 1e9 }).energyKWh;
        const withGaps = integratePower(logOf(times, watts)).energyKWh;
        expect(all).toBeGreaterThanOrEqual(0);
        expect(doubled).toBeCloseTo(2 * all, 9);
        expect(withGaps).toBeLessThanOrEqual(all + 1e-12);
      }),
    );
  });
});
