import { intensityIntegral, type IntensitySeries } from '../datasets/index.js';
import { InputError } from '../errors/index.js';
import type { PowerIntegration } from './integrate-power.js';

const MS_PER_HOUR = 3.6e6;

/** The GPUs' energy and carbon in one clock hour (UTC). */
export interface HourCarbon {
  /** Start of the hour [ms since 1970-01-01T00:00Z], a whole UTC hour. */
  readonly hourStartMs: number;
  /** Energy of all GPUs in the hour [kWh] (integrated intervals only). */
  readonly energyKWh: number;
  /** Emissions of that energy at the grid's intensity over the same minutes [kgCO2e]. */
  readonly kgCO2e: number;
}

/** The power log matched hour by hour to a grid-intensity series. */
export interface HourlyCarbon {
  /** The series file. */
  readonly series: string;
  /** One entry per clock hour with energy, in time order. */
  readonly hours: readonly HourCarbon[];
  /** Total emissions [kgCO2e]. */
  readonly kgCO2e: number;
  /** Energy-weighted mean intensity in kgCO2e/kWh: total emissions ÷ total energy; absent when the energy is 0. */
  readonly meanIntensity?: number;
}

/**
 * Carbon of a power log hour by hour: every integrated interval is cut at
 * whole UTC hours (power linear inside it, so each piece is a trapezoid of
 * its own), and each piece's energy is multiplied by the series' mean
 * intensity over the same minutes (the series is piecewise constant, see
 * {@link intensityIntegral}). Gaps stay uncounted, as in the energy.
 *
 * @param integration - from {@link integratePower}
 * @param series - a grid-intensity series covering the log
 * @throws {@link InputError} when the series does not cover the log's time span
 * @example
 * const log = parseDcgmCsv('timestamp,gpu,DCGM_FI_DEV_POWER_USAGE\n2024-01-01T00:30Z,0,400\n2024-01-01T01:30Z,0,400\n', 'd.csv');
 * const grid = parseIntensitySeries('timestamp,kgCO2e_per_kWh\n2024-01-01T00:00Z,0.5\n2024-01-01T01:00Z,0.1\n', 'g.csv');
 * hourlyCarbon(integratePower(log), grid).kgCO2e; // => 0.12
 */
export function hourlyCarbon(integration: PowerIntegration, series: IntensitySeries): HourlyCarbon {
  const integral = intensityIntegral(series);
  if (integration.startMs < integral.startMs || integration.endMs > integral.endMs) {
    throw new InputError({
      path: 'series',
      received: `${series.file}: ${new Date(integral.startMs).toISOString()} to ${new Date(integral.endMs).toISOString()}`,
      expected: `a series covering the log, ${new Date(integration.startMs).toISOString()} to ${new Date(integration.endMs).toISOString()}`,
      problem: 'does not cover the power log',
      fix: 'use a series for the whole period of the log (check the time zone of the log with --utc-offset)',
    });
  }
  const byHour = new Map<number, { e: number; c: number }>();
  for (const g of integration.gpus) {
    for (const iv of g.intervals) {
      const slope = (iv.endW - iv.startW) / (iv.endMs - iv.startMs);
      let a = iv.startMs;
      while (a < iv.endMs) {
        const hour = Math.floor(a / MS_PER_HOUR) * MS_PER_HOUR;
        const b = Math.min(iv.endMs, hour + MS_PER_HOUR);
        const pa = iv.startW + slope * (a - iv.startMs);
        const pb = iv.startW + slope * (b - iv.startMs);
        const kWh = (((pa + pb) / 2) * ((b - a) / MS_PER_HOUR)) / 1000;
        const intensity = (integral.at(b) - integral.at(a)) / ((b - a) / MS_PER_HOUR);
        const acc = byHour.get(hour) ?? { e: 0, c: 0 };
        acc.e += kWh;
        acc.c += kWh * intensity;
        byHour.set(hour, acc);
        a = b;
      }
    }
  }
  const hours = [...byHour].sort(([x], [y]) => x - y).map(([hourStartMs, { e, c }]) => ({ hourStartMs, energyKWh: e, kgCO2e: c }));
  const kg = hours.reduce((s, h) => s + h.kgCO2e, 0);
  const e = hours.reduce((s, h) => s + h.energyKWh, 0);
  return { series: series.file, hours, kgCO2e: kg, ...(e > 0 ? { meanIntensity: kg / e } : {}) };
}
