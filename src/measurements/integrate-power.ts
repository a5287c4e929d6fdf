import { FileError, InputError } from '../errors/index.js';
import type { PowerLog, PowerSample } from './power-log.js';

/** Milliseconds per hour. */
const MS_PER_HOUR = 3.6e6;
/** Default gap rule: an interval longer than this many times the GPU's median interval is a gap. */
export const DEFAULT_GAP_FACTOR = 5;

/** One integrated interval of one GPU: the power at both ends, joined by a straight line (the trapezoid rule). */
export interface PowerInterval {
  /** Start [ms since 1970-01-01T00:00Z]. */
  readonly startMs: number;
  /** End [ms]. */
  readonly endMs: number;
  /** Power at the start [W]. */
  readonly startW: number;
  /** Power at the end [W]. */
  readonly endW: number;
}

/** An interval between two readings of a GPU longer than the gap threshold: not integrated, its energy is missing from the result. */
export interface PowerGap {
  /** The GPU. */
  readonly gpu: string;
  /** Row of the reading before the gap. */
  readonly fromRow: number;
  /** Row of the reading after the gap. */
  readonly toRow: number;
  /** Time of the reading before the gap [ms]. */
  readonly fromMs: number;
  /** Time of the reading after the gap [ms]. */
  readonly toMs: number;
}

/** A reading whose time is not after the GPU's previous reading: a duplicate (same time) or a reset (time going backwards, e.g. two logs appended or a clock set back). */
export interface PowerReset {
  /** The GPU. */
  readonly gpu: string;
  /** `duplicate` (same time as the previous reading) or `backwards`. */
  readonly kind: 'duplicate' | 'backwards';
  /** Row of the reading. */
  readonly row: number;
  /** Row of the GPU's previous reading. */
  readonly previousRow: number;
  /** Seconds the time goes back (0 for a duplicate). */
  readonly backSeconds: number;
}

/** The energy of one GPU. */
export interface GpuEnergy {
  /** The GPU as the log names it. */
  readonly gpu: string;
  /** Number of readings. */
  readonly samples: number;
  /** Energy over the integrated intervals [kWh]. */
  readonly energyKWh: number;
  /** Time covered by integrated intervals [h] (gaps and resets excluded). */
  readonly coveredHours: number;
  /** Median interval between readings [s]. */
  readonly medianIntervalSeconds: number;
  /** Time-weighted mean utilisation over the integrated intervals, a fraction; absent when the log has no utilisation. */
  readonly meanUtilization?: number;
  /** The integrated intervals, in time order within each run of increasing times. */
  readonly intervals: readonly PowerInterval[];
}

/** What {@link integratePower} finds in a power log. */
export interface PowerIntegration {
  /** The file it was read from. */
  readonly file: string;
  /** Its format. */
  readonly format: PowerLog['format'];
  /** Each GPU's energy, in the order the GPUs first appear. */
  readonly gpus: readonly GpuEnergy[];
  /** Energy of all GPUs [kWh]. */
  readonly energyKWh: number;
  /** First reading of any GPU [ms]. */
  readonly startMs: number;
  /** Last reading of any GPU [ms]. */
  readonly endMs: number;
  /** Wall-clock time from the first to the last reading [h]. */
  readonly durationHours: number;
  /** Time-weighted mean utilisation of all GPUs together, a fraction; absent when the log has no utilisation. */
  readonly meanUtilization?: number;
  /** The gap rule applied: intervals longer than `gapFactor` × the GPU's median interval are gaps. */
  readonly gapFactor: number;
  /** Gaps found (not integrated). */
  readonly gaps: readonly PowerGap[];
  /** Duplicates and resets found (only with `onReset: 'split'`; otherwise the first one is an error). */
  readonly resets: readonly PowerReset[];
  /** Assumptions made to read the log. */
  readonly assumptions: readonly string[];
}

/** Options of {@link integratePower}. */
export interface IntegratePowerOptions {
  /** Gap threshold as a multiple of each GPU's median interval, > 1; default {@link DEFAULT_GAP_FACTOR}. */
  readonly gapFactor?: number;
  /** What a duplicate or backwards time does: `error` (default) refuses the log; `split` starts a new run of readings there, reports it and integrates each run on its own. */
  readonly onReset?: 'error' | 'split';
}

/** Neumaier-compensated float64 sum. */
function sum(xs: readonly number[]): number {
  let s = 0;
  let c = 0;
  for (const x of xs) {
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return s + c;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function integrateGpu(file: string, gpu: string, samples: readonly PowerSample[], gapFactor: number, onReset: 'error' | 'split', gaps: PowerGap[], resets: PowerReset[]): GpuEnergy {
  if (samples.length < 2) {
    throw new FileError({ file, row: samples[0].row }, `GPU ${gpu} has a single reading, so no interval to integrate`, 'log at least two readings of every GPU');
  }
  const pairs: [PowerSample, PowerSample][] = [];
  for (let k = 1; k < samples.length; k += 1) {
    const [a, b] = [samples[k - 1], samples[k]];
    if (b.timeMs > a.timeMs) {
      pairs.push([a, b]);
      continue;
    }
    const kind = b.timeMs === a.timeMs ? 'duplicate' : 'backwards';
    if (onReset === 'error') {
      throw new FileError(
        { file, row: b.row, column: 'timestamp' },
        `${kind === 'duplicate' ? 'the same time as' : 'earlier than'} GPU ${gpu}'s previous reading (row ${a.row})`,
        'sort the log by time and remove duplicate readings, or pass --on-reset split (API: onReset: "split") to integrate each run of increasing times on its own',
      );
    }
    resets.push({ gpu, kind, row: b.row, previousRow: a.row, backSeconds: (a.timeMs - b.timeMs) / 1000 });
  }
  if (pairs.length === 0) throw new FileError({ file, row: samples[1].row, column: 'timestamp' }, `GPU ${gpu} has no two readings in increasing time`, 'log at least two readings of every GPU at different times');
  const med = median(pairs.map(([a, b]) => b.timeMs - a.timeMs));
  const kept = pairs.filter(([a, b]) => {
    if (b.timeMs - a.timeMs <= gapFactor * med) return true;
    gaps.push({ gpu, fromRow: a.row, toRow: b.row, fromMs: a.timeMs, toMs: b.timeMs });
    return false;
  });
  const intervals = kept.map(([a, b]) => ({ startMs: a.timeMs, endMs: b.timeMs, startW: a.powerW, endW: b.powerW }));
  const hours = kept.map(([a, b]) => (b.timeMs - a.timeMs) / MS_PER_HOUR);
  const energyKWh = sum(intervals.map((iv, k) => ((iv.startW + iv.endW) / 2) * hours[k])) / 1000;
  const coveredHours = sum(hours);
  const hasUtil = samples.every((s) => s.utilization !== undefined);
  const meanUtilization = hasUtil ? sum(kept.map(([a, b], k) => (((a.utilization as number) + (b.utilization as number)) / 2) * hours[k])) / coveredHours : undefined;
  return { gpu, samples: samples.length, energyKWh, coveredHours, medianIntervalSeconds: med / 1000, ...(meanUtilization === undefined ? {} : { meanUtilization }), intervals };
}

/**
 * Energy of each GPU of a power log by the trapezoidal rule: between two
 * consecutive readings of a GPU the power is taken to vary linearly, so the
 * interval contributes (P₀ + P₁) / 2 × Δt. Intervals longer than `gapFactor`
 * (default 5) × the GPU's median interval are gaps: they are not
 * integrated — the energy drawn then is missing, never bridged — and are
 * listed in `gaps`. A reading at the same time as the GPU's previous one, or
 * earlier, refuses the log (a FileError naming its row), unless `onReset` is
 * `split`: then it starts a new run of readings, is listed in `resets`, and
 * the interval across it is not integrated. Utilisation is averaged the same
 * way, weighted by time. Sums are compensated float64.
 *
 * @param log - a log from {@link parseNvidiaSmiCsv} or {@link parseDcgmCsv}
 * @param options - gap factor and reset rule
 * @throws {@link FileError} for a reset under the `error` rule or a GPU with fewer than two readings; {@link InputError} for a gap factor not > 1
 * @example
 * const log = parseDcgmCsv('timestamp,gpu,DCGM_FI_DEV_POWER_USAGE\n1714564800,0,300\n1714568400,0,500\n', 'd.csv');
 * integratePower(log).energyKWh; // => 0.4
 */
export function integratePower(log: PowerLog, options: IntegratePowerOptions = {}): PowerIntegration {
  const gapFactor = options.gapFactor ?? DEFAULT_GAP_FACTOR;
  if (!Number.isFinite(gapFactor) || gapFactor <= 1) {
    throw new InputError({ path: 'gapFactor', received: gapFactor, expected: 'a number > 1 (multiples of the median interval between readings)', fix: 'use the default 5, or e.g. 10 for a log with irregular intervals' });
  }
  const byGpu = new Map<string, PowerSample[]>();
  for (const s of log.samples) {
    const list = byGpu.get(s.gpu);
    if (list) list.push(s);
    else byGpu.set(s.gpu, [s]);
  }
  const gaps: PowerGap[] = [];
  const resets: PowerReset[] = [];
  const gpus = [...byGpu].map(([gpu, samples]) => integrateGpu(log.file, gpu, samples, gapFactor, options.onReset ?? 'error', gaps, resets));
  // a loop, not Math.min(...times): a day of 1 s readings of 8 GPUs would overflow the argument list
  let startMs = Infinity;
  let endMs = -Infinity;
  for (const s of log.samples) {
    startMs = Math.min(startMs, s.timeMs);
    endMs = Math.max(endMs, s.timeMs);
  }
  const withUtil = gpus.every((g) => g.meanUtilization !== undefined);
  const covered = sum(gpus.map((g) => g.coveredHours));
  const meanUtilization = withUtil ? sum(gpus.map((g) => (g.meanUtilization as number) * g.coveredHours)) / covered : undefined;
  return {
    file: log.file,
    format: log.format,
    gpus,
    energyKWh: sum(gpus.map((g) => g.energyKWh)),
    startMs,
    endMs,
    durationHours: (endMs - startMs) / MS_PER_HOUR,
    ...(meanUtilization === undefined ? {} : { meanUtilization }),
    gapFactor,
    gaps,
    resets,
    assumptions: log.assumptions,
  };
}
