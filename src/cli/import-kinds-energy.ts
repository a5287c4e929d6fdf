import { InputError } from '../errors/index.js';
import { codecarbonStudy, parseCodeCarbonCsv, powerLogFromText, type ImportPowerLogOptions } from '../measurements/index.js';
import { choice, type ParsedArgs } from './args.js';
import type { ImportKind } from './import-kinds-cluster.js';
import { fileSizeFlag } from './read-flags.js';

function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  if (v === true) throw new InputError({ path: `--${name}`, received: v, expected: 'a value', problem: 'has no value' });
  return v;
}

const pct = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;
const g = (x: number): string => Number(x.toPrecision(4)).toString();
const lines = (xs: readonly string[]): string => xs.map((l) => `${l}\n`).join('');

/** `ailca import codecarbon FILE`: CodeCarbon's emissions.csv → a whole study, its emissions recomputed. */
export const CODECARBON_KIND: ImportKind = {
  usage: `ailca import codecarbon emissions.csv [--phase PHASE] [--location LOCATION]
    CodeCarbon's emissions.csv: a whole study, one job per run with its measured IT energy
    (energy_consumed ÷ pue, ±5 %), duration and site (country or cloud region); emissions
    recomputed with ailca's grid and PUE data and printed beside CodeCarbon's; GPUs named in
    the hardware catalogue bring their embodied carbon (docs/importers.md).`,
  flags: ['phase', 'location'],
  repeatable: [],
  run: (text, file, args) => {
    const location = stringFlag(args, 'location');
    const phase = stringFlag(args, 'phase');
    const r = codecarbonStudy(parseCodeCarbonCsv(text, file), file, { ...(location !== undefined ? { location } : {}), ...(phase !== undefined ? { phase } : {}) });
    const summary = [
      ...r.comparisons.map((c) => `${c.job} (row ${c.row}): ${g(c.itEnergyKWh)} kWh IT × PUE ${g(c.pue)} × ${g(c.intensity)} kgCO2e/kWh (${c.location}) = ${g(c.kgCO2e)} kgCO2e; CodeCarbon said ${g(c.codecarbonKgCO2e)} kgCO2e${c.codecarbonIntensity !== undefined ? ` at ${g(c.codecarbonIntensity)} kgCO2e/kWh` : ''}${c.relativeDifference !== undefined ? ` (ailca ${pct(c.relativeDifference)})` : ''}`),
      ...r.notes,
    ];
    return { study: r.study, summary: lines(summary) };
  },
};

function powerLogKind(kind: 'nvidia-smi' | 'dcgm', usage: string, flags: readonly string[]): ImportKind {
  return {
    usage,
    flags,
    repeatable: [],
    run: (text, file, args) => {
      const gap = stringFlag(args, 'gap-factor');
      const gapFactor = gap === undefined ? undefined : Number(gap);
      if (gapFactor !== undefined && !Number.isFinite(gapFactor)) throw new InputError({ path: '--gap-factor', received: gap, expected: 'a number > 1', problem: 'is not a number' });
      const size = stringFlag(args, 'max-file-size');
      const named = (
        [
          ['utc-offset', 'utcOffset'],
          ['series', 'series'],
          ['catalogue', 'catalogue'],
          ['id', 'id'],
          ['phase', 'phase'],
        ] as const
      ).flatMap(([flag, key]) => {
        const v = flags.includes(flag) ? stringFlag(args, flag) : undefined;
        return v === undefined ? [] : [[key, v] as const];
      });
      const opts: ImportPowerLogOptions = {
        ...(size !== undefined ? { maxFileSize: fileSizeFlag(size) } : {}),
        ...(gapFactor !== undefined ? { gapFactor } : {}),
        ...(args.flags['on-reset'] !== undefined ? { onReset: choice(args.flags, 'on-reset', ['error', 'split'] as const, 'error') } : {}),
        ...Object.fromEntries(named),
      };
      const r = powerLogFromText(kind, text, file, opts);
      return { study: r.job, summary: lines(r.summary) };
    },
  };
}

const POWER_HELP = `energy per GPU by the trapezoidal rule; gaps (intervals > --gap-factor × the median,
    default 5) and resets (--on-reset error|split) reported, never bridged; --series GRID.csv
    gives the carbon hour by hour; a job fragment for model.jobs[] (docs/importers.md).`;

/** `ailca import nvidia-smi FILE`: an nvidia-smi --query-gpu power log → a job fragment. */
export const NVIDIA_SMI_KIND: ImportKind = powerLogKind(
  'nvidia-smi',
  `ailca import nvidia-smi power.csv [--utc-offset ±HH:MM] [--gap-factor X] [--on-reset error|split] [--series GRID.csv] [--catalogue ID] [--id ID] [--phase PHASE]
    nvidia-smi --query-gpu=timestamp,index,power.draw,utilization.gpu --format=csv log:
    ${POWER_HELP}`,
  ['utc-offset', 'gap-factor', 'on-reset', 'series', 'catalogue', 'id', 'phase'],
);

/** `ailca import dcgm FILE`: DCGM power gauges exported as CSV → a job fragment. */
export const DCGM_KIND: ImportKind = powerLogKind(
  'dcgm',
  `ailca import dcgm power.csv [--gap-factor X] [--on-reset error|split] [--series GRID.csv] [--catalogue ID] [--id ID] [--phase PHASE]
    DCGM gauges (timestamp,gpu,DCGM_FI_DEV_POWER_USAGE[,DCGM_FI_DEV_GPU_UTIL]) as CSV:
    ${POWER_HELP}`,
  ['gap-factor', 'on-reset', 'series', 'catalogue', 'id', 'phase'],
);
