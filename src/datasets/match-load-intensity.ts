import { InputError } from '../errors/index.js';
import { intensityIntegral } from './intensity-integral.js';
import type { IntensitySeries } from './load-intensity-series.js';
import type { LoadSeries } from './load-series.js';

/** Milliseconds in an hour. */
const MS_PER_HOUR = 3.6e6;

/** A load series matched interval by interval to a grid-intensity series. */
export interface LoadIntensityMatch {
  /** Energy of the load, Σ E_h [kWh]. */
  readonly energyKWh: number;
  /** Emissions matched interval by interval, Σ E_h × CI_h [kgCO2e]. */
  readonly kgCO2e: number;
  /** Energy-weighted intensity, Σ E_h × CI_h ÷ Σ E_h [kgCO2e/kWh] (the time mean when the energy is 0). */
  readonly weightedIntensity: number;
  /** Time-weighted mean intensity of the grid over the load's span, mean(CI) [kgCO2e/kWh]. */
  readonly meanIntensity: number;
  /** What matching adds to the mean-based figure: Σ E_h × CI_h − Σ E_h × mean(CI) [kgCO2e] (> 0 when the load peaks at dirty hours). */
  readonly covarianceKgCO2e: number;
  /** The load's span [ms]. */
  readonly startMs: number;
  /** The end of the load's span [ms]. */
  readonly endMs: number;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Match a load series to a grid-intensity series by timestamp: each load
 * interval's energy E_h is charged at the grid's mean intensity CI_h over
 * the same interval (the grid is piecewise constant, see
 * {@link intensityIntegral}), so the emissions are Σ E_h × CI_h rather than
 * Σ E_h × mean(CI). The grid may be finer than the load (quarter-hours
 * under hourly loads) and longer (a year around a week-long job), but every
 * load boundary must be a grid boundary and the load must lie inside the
 * grid; anything else is refused, naming both ranges.
 *
 * @param load - from {@link parseLoadSeries}
 * @param grid - from {@link parseIntensitySeries}
 * @param path - the field errors name (a study's `model.jobs[0].loadSeries.series`)
 * @throws {@link InputError} when the grid does not cover the load, or a load boundary falls inside a grid interval
 * @example
 * // 1 kWh then 3 kWh against 0.1 then 0.5 kg/kWh: 0.1 + 1.5 = 1.6 kg, against 4 × 0.3 = 1.2 kg at the mean
 * const load = parseLoadSeries('timestamp,kWh\n2024-01-01T00:00Z,1\n2024-01-01T01:00Z,3\n', 'load.csv');
 * const grid = parseIntensitySeries('timestamp,kgCO2e_per_kWh\n2024-01-01T00:00Z,0.1\n2024-01-01T01:00Z,0.5\n', 'grid.csv');
 * Math.round(matchLoadIntensity(load, grid).covarianceKgCO2e * 1e9) / 1e9; // => 0.4
 */
export function matchLoadIntensity(load: LoadSeries, grid: IntensitySeries, path = 'loadSeries'): LoadIntensityMatch {
  const integral = intensityIntegral(grid);
  const t = load.timesMs;
  const n = t.length;
  const startMs = t[0];
  const endMs = load.endMs;
  const loadRange = `${load.file}: ${iso(startMs)} to ${iso(endMs)}`;
  const gridRange = `${grid.file}, which runs ${iso(integral.startMs)} to ${iso(integral.endMs)}`;
  if (startMs < integral.startMs || endMs > integral.endMs) {
    throw new InputError({ path, received: loadRange, expected: `a load inside the grid-intensity series ${gridRange}`, problem: 'does not lie inside the grid series', fix: 'use a grid series for the whole period of the load (check both time zones)' });
  }
  const boundaries = new Set<number>(grid.timesMs);
  boundaries.add(integral.endMs);
  for (let k = 0; k <= n; k += 1) {
    const b = k < n ? t[k] : endMs;
    if (!boundaries.has(b)) {
      throw new InputError({ path, received: `${iso(b)}, a boundary of ${loadRange}`, expected: `load boundaries that are timestamps of ${gridRange} (the same hours, or whole multiples of its step)`, problem: 'is misaligned with the grid series', fix: "resample the load to the grid's intervals, or the grid to the load's" });
    }
  }
  let e = 0;
  let kg = 0;
  for (let k = 0; k < n; k += 1) {
    const a = t[k];
    const b = k + 1 < n ? t[k + 1] : endMs;
    const ci = (integral.at(b) - integral.at(a)) / ((b - a) / MS_PER_HOUR);
    e += load.kWh[k];
    kg += load.kWh[k] * ci;
  }
  const meanIntensity = (integral.at(endMs) - integral.at(startMs)) / ((endMs - startMs) / MS_PER_HOUR);
  return { energyKWh: e, kgCO2e: kg, weightedIntensity: e > 0 ? kg / e : meanIntensity, meanIntensity, covarianceKgCO2e: kg - e * meanIntensity, startMs, endMs };
}
