import type { IntensitySeries } from './load-intensity-series.js';
import { InputError } from '../errors/index.js';

/** Milliseconds in an hour (3,600 s × 1,000): the integral is in kgCO2e/kWh · h. */
const MS_PER_HOUR = 3.6e6;

/** The running integral of a grid-intensity series. */
export interface IntensityIntegral {
  /** Start of the first interval [ms]. */
  readonly startMs: number;
  /** End of the last interval [ms]: its start plus the step before it. */
  readonly endMs: number;
  /** ∫ intensity dt from the start to `t` [kgCO2e/kWh · h], for t in [startMs, endMs]. */
  at(t: number): number;
}

/**
 * The running integral of a piecewise-constant intensity series, from
 * prefix sums (compensated, float64) and a binary search: each interval
 * lasts until the next timestamp, the last one as long as the one before it.
 *
 * @throws {@link InputError} for a series of fewer than two points (its last interval has no length)
 * @example
 * const s = parseIntensitySeries('timestamp,kgCO2e_per_kWh\n2024-01-01T00:00Z,0.4\n2024-01-01T01:00Z,0.2\n', 's.csv');
 * intensityIntegral(s).at(Date.parse('2024-01-01T01:30Z')); // => 0.5
 */
export function intensityIntegral(series: IntensitySeries): IntensityIntegral {
  const t = series.timesMs;
  const v = series.kgCO2ePerKWh;
  const n = t.length;
  if (n < 2) throw new InputError({ path: 'series', received: `${n} point(s)`, expected: 'at least two timestamps, so that every interval has a length', problem: 'is too short' });
  const ends = new Float64Array(n);
  for (let k = 0; k < n - 1; k += 1) ends[k] = t[k + 1];
  ends[n - 1] = (t[n - 1]) + ((t[n - 1]) - (t[n - 2]));
  const prefix = new Float64Array(n + 1); // prefix[k] = ∫ from start to t[k]
  let sum = 0;
  let comp = 0; // Neumaier compensation
  for (let k = 0; k < n; k += 1) {
    const x = (v[k]) * (((ends[k]) - (t[k])) / MS_PER_HOUR);
    const s = sum + x;
    comp += Math.abs(sum) >= Math.abs(x) ? sum - s + x : x - s + sum;
    sum = s;
    prefix[k + 1] = sum + comp;
  }
  const startMs = t[0];
  const endMs = ends[n - 1];
  return {
    startMs,
    endMs,
    at(time: number): number {
      if (time <= startMs) return 0;
      if (time >= endMs) return prefix[n];
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((t[mid]) <= time) lo = mid;
        else hi = mid - 1;
      }
      return (prefix[lo]) + (v[lo]) * ((time - (t[lo])) / MS_PER_HOUR);
    },
  };
}
