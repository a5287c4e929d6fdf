import type { IntensitySeries } from '../datasets/index.js';
import { InputError } from '../errors/index.js';
import { checkNumber } from '../validate/index.js';
import { intensityIntegral } from '../datasets/index.js';

/** A job to place in time. */
export interface ScheduleJob {
  /** Run time [h], > 0. */
  readonly hours: number;
  /** Average power while it runs [kW]; or give `energyKWh`. */
  readonly powerKW?: number;
  /** Energy of the whole run [kWh]; the power is energy ÷ hours. */
  readonly energyKWh?: number;
  /** Earliest start ("now"), ms since 1970 or an ISO date; default the start of the series. */
  readonly earliestStart?: number | string;
  /** The run must end by this time, ms since 1970 or an ISO date; default the end of the series. */
  readonly deadline?: number | string;
}

/** The lowest-carbon start of a job, and what it saves against starting at once. */
export interface ScheduleResult {
  /** Best start [ms since 1970]. */
  readonly startMs: number;
  /** Best start as an ISO 8601 time in UTC (`2024-01-01T01:00:00.000Z`). */
  readonly start: string;
  /** Emissions of the run started then [kgCO2e]. */
  readonly kgCO2e: number;
  /** Emissions of the run started at the earliest start [kgCO2e]. */
  readonly nowKgCO2e: number;
  /** nowKgCO2e − kgCO2e [kgCO2e], ≥ 0. */
  readonly savingKgCO2e: number;
  /** savingKgCO2e ÷ nowKgCO2e (0 when nothing is emitted). */
  readonly savingFraction: number;
  /** Start times compared: the earliest start and every interval start after it that ends in time. */
  readonly candidates: number;
}

function timeOf(v: number | string | undefined, path: string, fallback: number): number {
  if (v === undefined) return fallback;
  const ms = typeof v === 'string' ? Date.parse(v) : v;
  if (!Number.isFinite(ms) || (typeof v === 'string' && !/(Z|[+-]\d{2}:\d{2})$/.test(v))) {
    throw new InputError({ path, received: v, expected: 'milliseconds since 1970 or an ISO 8601 time with a zone ("2024-01-01T00:00Z")', problem: 'is not a time' });
  }
  return ms;
}

/**
 * Carbon-aware scheduling: the start time that gives a job the lowest
 * emissions under an hourly (or any step) grid-intensity series, among the
 * earliest start and every later interval start that lets the job finish by
 * the deadline; emissions = power × ∫ intensity dt over the run, the series
 * piecewise constant (the last interval as long as the one before it). Ties
 * go to the earlier start.
 *
 * @param series - from `loadIntensitySeries` / `parseIntensitySeries`
 * @param job - run time, power (or energy), earliest start and deadline
 * @throws {@link InputError} when the window cannot hold the job or a field is invalid
 * @example
 * const s = parseIntensitySeries('timestamp,gCO2e_per_kWh\n2024-01-01T00:00Z,400\n2024-01-01T01:00Z,100\n2024-01-01T02:00Z,300\n', 's.csv');
 * const r = carbonAwareSchedule(s, { hours: 1, powerKW: 10 });
 * r.start; // => '2024-01-01T01:00:00.000Z'
 * r.kgCO2e; // => 1
 * r.savingKgCO2e; // => 3
 */
export function carbonAwareSchedule(series: IntensitySeries, job: ScheduleJob): ScheduleResult {
  const hours = checkNumber(job.hours, 'job.hours', { min: 0, minExclusive: true, unit: 'h' });
  if ((job.powerKW === undefined) === (job.energyKWh === undefined)) {
    throw new InputError({ path: 'job.powerKW', received: job.powerKW, expected: 'either powerKW or energyKWh', problem: job.powerKW === undefined ? 'is missing' : 'is given together with energyKWh' });
  }
  const powerKW = job.powerKW !== undefined ? checkNumber(job.powerKW, 'job.powerKW', { min: 0, unit: 'kW' }) : checkNumber(job.energyKWh, 'job.energyKWh', { min: 0, unit: 'kWh' }) / hours;
  const c = intensityIntegral(series);
  const durationMs = hours * 3.6e6;
  const earliest = timeOf(job.earliestStart, 'job.earliestStart', c.startMs);
  const deadline = Math.min(timeOf(job.deadline, 'job.deadline', c.endMs), c.endMs);
  if (earliest < c.startMs) throw new InputError({ path: 'job.earliestStart', received: new Date(earliest).toISOString(), expected: `a time inside the series (from ${new Date(c.startMs).toISOString()})`, problem: 'is before the series starts' });
  if (earliest + durationMs > deadline) {
    const ends = new Date(c.endMs).toISOString();
    // Name what the user can change: a deadline inside the series, else the start they gave, else the run time.
    if (job.deadline !== undefined && deadline < c.endMs) {
      throw new InputError({ path: 'job.deadline', received: new Date(deadline).toISOString(), expected: `a time at least ${hours} h after the earliest start, inside the series (which ends ${ends})`, problem: 'leaves no room for the job', fix: 'move the deadline later, start earlier or extend the series' });
    }
    if (job.earliestStart !== undefined) {
      throw new InputError({ path: 'job.earliestStart', received: new Date(earliest).toISOString(), expected: `a time at least ${hours} h before the series ends (${ends})`, problem: earliest >= c.endMs ? 'is after the series ends' : 'leaves no room for the job before the series ends', fix: 'start earlier or extend the series' });
    }
    throw new InputError({ path: 'job.hours', received: hours, expected: `at most the series' span, ${(c.endMs - c.startMs) / 3.6e6} h`, problem: 'is longer than the series', fix: 'extend the series or shorten the job' });
  }
  const emissions = (start: number): number => powerKW * (c.at(start + durationMs) - c.at(start));
  const now = emissions(earliest);
  let best = earliest;
  let bestKg = now;
  let candidates = 1;
  for (const t of series.timesMs) {
    if (t <= earliest || t + durationMs > deadline) continue;
    candidates += 1;
    const kg = emissions(t);
    if (kg < bestKg) {
      best = t;
      bestKg = kg;
    }
  }
  const saving = now - bestKg;
  return { startMs: best, start: new Date(best).toISOString(), kgCO2e: bestKg, nowKgCO2e: now, savingKgCO2e: saving, savingFraction: now > 0 ? saving / now : 0, candidates };
}
