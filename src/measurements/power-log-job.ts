import type { HourlyCarbon } from './hourly-carbon.js';
import type { PowerIntegration } from './integrate-power.js';

/** Options of {@link powerLogJob}: how to name the job and which hardware it ran on. */
export interface PowerLogJobOptions {
  /** Job id; default `gpu-log`. */
  readonly id?: string;
  /** Job phase (`training`, `fine-tuning`, …); default `training`. */
  readonly phase?: string;
  /** Hardware catalogue id of the GPUs (`nvidia-h100-sxm`); without it the fragment names the GPUs only by count. */
  readonly catalogue?: string;
}

/** A job fragment for a study's `model.jobs[]` and the lines that summarise how it was obtained. */
export interface PowerLogJob {
  /** The job, in the study format (docs/study-format.md): measured energy, hours, accelerator count. */
  readonly job: Record<string, unknown>;
  /** What was measured, assumed and left out, one sentence a line (printed on stderr by `ailca import`). */
  readonly summary: readonly string[];
}

const fmt = (x: number, digits = 6): string => Number(x.toPrecision(digits)).toString();
const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * A study job from an integrated GPU power log: `energy` is the GPUs'
 * measured energy (boards only: host CPUs, memory and network are not in a
 * GPU power log, and the site's PUE is added by the study), `hours` the
 * wall-clock time from the first to the last reading, `accelerator.count`
 * the number of GPUs, with the mean utilisation, gaps and resets in its
 * `note` and in the summary. The user edits the fragment into a study.
 *
 * @param r - from {@link integratePower}
 * @param options - id, phase and catalogue id
 * @param carbon - the hour-by-hour carbon from {@link hourlyCarbon}, when matched to a series
 * @example
 * const log = parseDcgmCsv('timestamp,gpu,DCGM_FI_DEV_POWER_USAGE\n1714564800,0,300\n1714568400,0,500\n', 'd.csv');
 * powerLogJob(integratePower(log)).job.energy; // => { value: '0.4 kWh', source: 'd.csv (dcgm): trapezoidal integration of 2 readings of 1 GPU from 2024-05-01T12:00:00.000Z to 2024-05-01T13:00:00.000Z; GPU boards only' }
 */
export function powerLogJob(r: PowerIntegration, options: PowerLogJobOptions = {}, carbon?: HourlyCarbon): PowerLogJob {
  const samples = r.gpus.reduce((s, g) => s + g.samples, 0);
  const n = r.gpus.length;
  const what = `${r.file} (${r.format}): trapezoidal integration of ${samples} readings of ${n} GPU${n === 1 ? '' : 's'} from ${iso(r.startMs)} to ${iso(r.endMs)}`;
  const summary: string[] = [
    `${n} GPU${n === 1 ? '' : 's'}, ${samples} readings, ${fmt(r.durationHours)} h from first to last reading`,
    ...r.gpus.map((g) => `GPU ${g.gpu}: ${fmt(g.energyKWh)} kWh over ${fmt(g.coveredHours)} h integrated (median interval ${fmt(g.medianIntervalSeconds)} s${g.meanUtilization === undefined ? '' : `, mean utilisation ${fmt(g.meanUtilization * 100, 3)} %`})`),
    `total GPU energy ${fmt(r.energyKWh)} kWh${r.meanUtilization === undefined ? '' : `, mean utilisation ${fmt(r.meanUtilization * 100, 3)} %`}`,
    ...r.gaps.map((g) => `GAP: GPU ${g.gpu}, rows ${g.fromRow} to ${g.toRow}, ${fmt((g.toMs - g.fromMs) / 1000)} s longer than ${r.gapFactor} × the median interval: not integrated, its energy is missing`),
    ...r.resets.map((x) => `RESET: GPU ${x.gpu}, row ${x.row}: ${x.kind === 'duplicate' ? 'same time as' : `${fmt(x.backSeconds)} s earlier than`} row ${x.previousRow}; a new run of readings starts there, the interval across it is not integrated`),
    ...r.assumptions.map((a) => `assumed: ${a}`),
    'not included: host CPUs, memory, network and the data-centre overhead (PUE is applied by the study)',
    ...(carbon ? [`grid ${carbon.series}: ${fmt(carbon.kgCO2e)} kgCO2e over ${carbon.hours.length} hours${carbon.meanIntensity === undefined ? '' : ` (energy-weighted mean ${fmt(carbon.meanIntensity)} kgCO2e/kWh)`}, before PUE`] : []),
  ];
  const flagged = [
    ...(r.gaps.length > 0 ? [`${r.gaps.length} gap(s) not integrated`] : []),
    ...(r.resets.length > 0 ? [`${r.resets.length} reset(s)`] : []),
    ...r.assumptions,
  ];
  const job: Record<string, unknown> = {
    id: options.id ?? 'gpu-log',
    name: `GPU power log ${r.file}`,
    phase: options.phase ?? 'training',
    energy: { value: `${fmt(r.energyKWh, 12)} kWh`, source: `${what}; GPU boards only${flagged.length > 0 ? `; ${flagged.join('; ')}` : ''}` },
    hours: { value: `${fmt(r.durationHours, 12)} h`, source: `${r.file}: first to last reading` },
    ...(carbon?.meanIntensity !== undefined ? { gridIntensity: { value: `${fmt(carbon.meanIntensity, 12)} kgCO2e/kWh`, source: `energy-weighted mean of ${carbon.series} over the hours of ${r.file}` } } : {}),
    accelerator: { ...(options.catalogue !== undefined ? { catalogue: options.catalogue } : { name: `GPU (${r.format} log)` }), count: n },
    note: [
      r.meanUtilization === undefined ? 'no utilisation in the log' : `mean GPU utilisation ${fmt(r.meanUtilization * 100, 3)} % (time-weighted)`,
      ...(carbon ? [`hour-by-hour grid carbon before PUE: ${fmt(carbon.kgCO2e)} kgCO2e (${carbon.series})`] : []),
      'host energy is not in a GPU power log: add a host block with its power if it matters',
    ].join('; '),
  };
  return { job, summary };
}
