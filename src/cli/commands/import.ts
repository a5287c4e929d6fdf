import { realpathSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../../errors/index.js';
import { importCodeCarbon, importPowerLog, type ImportPowerLogOptions } from '../../measurements/index.js';
import { suggest } from '../../validate/index.js';
import { choice, parseArgs, type ParsedArgs } from '../args.js';
import type { CommandIO } from '../io.js';
import { readLimitsFromArgv, READ_FLAGS, READ_FLAGS_OPTIONS, READ_FLAGS_USAGE } from '../read-flags.js';

/** What one kind of import writes: the JSON (a study or a job fragment) and the summary lines for stderr. */
interface Imported {
  readonly json: unknown;
  readonly summary: readonly string[];
}

/** One importable kind of file: its usage line, its own flags, and its reader. */
interface ImportKind {
  readonly usage: string;
  readonly flags: readonly string[];
  readonly run: (file: string, args: ParsedArgs, maxFileSize: number | undefined) => Imported;
}

const str = (args: ParsedArgs, flag: string): string | undefined => {
  const v = args.flags[flag];
  if (v === true) throw new InputError({ path: `--${flag}`, received: v, expected: 'a value', problem: 'has no value' });
  return v;
};

const pct = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;
const g = (x: number): string => Number(x.toPrecision(4)).toString();

function powerLog(kind: 'nvidia-smi' | 'dcgm'): ImportKind['run'] {
  return (file, args, maxFileSize) => {
    const gap = str(args, 'gap-factor');
    const gapFactor = gap === undefined ? undefined : Number(gap);
    if (gapFactor !== undefined && !Number.isFinite(gapFactor)) throw new InputError({ path: '--gap-factor', received: gap, expected: 'a number > 1', problem: 'is not a number' });
    const opts: ImportPowerLogOptions = {
      ...(maxFileSize !== undefined ? { maxFileSize } : {}),
      ...(gapFactor !== undefined ? { gapFactor } : {}),
      ...(args.flags['on-reset'] !== undefined ? { onReset: choice(args.flags, 'on-reset', ['error', 'split'] as const, 'error') } : {}),
      ...Object.fromEntries(
        (
          [
            ['utc-offset', 'utcOffset'],
            ['series', 'series'],
            ['catalogue', 'catalogue'],
            ['id', 'id'],
            ['phase', 'phase'],
          ] as const
        ).flatMap(([flag, key]) => (str(args, flag) === undefined ? [] : [[key, str(args, flag)]])),
      ),
    };
    const r = importPowerLog(kind, file, opts);
    return { json: r.job, summary: r.summary };
  };
}

/**
 * The importable kinds: kind → usage line, flags and reader. A new kind is
 * one entry here and one reader in src/measurements/.
 */
export const KINDS: Readonly<Record<string, ImportKind>> = {
  codecarbon: {
    usage: 'codecarbon emissions.csv [--phase P] [--location L]   a study, one job per run',
    flags: ['phase', 'location'],
    run: (file, args, maxFileSize) => {
      const location = str(args, 'location');
      const phase = str(args, 'phase');
      const r = importCodeCarbon(file, { ...(maxFileSize !== undefined ? { maxFileSize } : {}), ...(location !== undefined ? { location } : {}), ...(phase !== undefined ? { phase } : {}) });
      const summary = [
        ...r.comparisons.map((c) => `${c.job} (row ${c.row}): ${g(c.itEnergyKWh)} kWh IT × PUE ${g(c.pue)} × ${g(c.intensity)} kgCO2e/kWh (${c.location}) = ${g(c.kgCO2e)} kgCO2e; CodeCarbon said ${g(c.codecarbonKgCO2e)} kgCO2e${c.codecarbonIntensity !== undefined ? ` at ${g(c.codecarbonIntensity)} kgCO2e/kWh` : ''}${c.relativeDifference !== undefined ? ` (ailca ${pct(c.relativeDifference)})` : ''}`),
        ...r.notes,
      ];
      return { json: r.study, summary };
    },
  },
  'nvidia-smi': {
    usage: 'nvidia-smi power.csv [--utc-offset ±HH:MM] [--gap-factor X] [--on-reset error|split] [--series GRID.csv] [--catalogue ID] [--id ID] [--phase P]   a job fragment',
    flags: ['utc-offset', 'gap-factor', 'on-reset', 'series', 'catalogue', 'id', 'phase'],
    run: powerLog('nvidia-smi'),
  },
  dcgm: {
    usage: 'dcgm power.csv [--gap-factor X] [--on-reset error|split] [--series GRID.csv] [--catalogue ID] [--id ID] [--phase P]   a job fragment',
    flags: ['gap-factor', 'on-reset', 'series', 'catalogue', 'id', 'phase'],
    run: powerLog('dcgm'),
  },
};

/** Usage text of `ailca import`. */
export const IMPORT_USAGE = `ailca import KIND FILE [--out PATH] [flags of the kind]

Read a measured energy log into ailca's study format: a whole study
(codecarbon) or a job fragment for model.jobs[] (nvidia-smi, dcgm), written as
JSON to stdout or to --out; what was measured, recomputed, assumed or left out
(gaps, resets) goes to stderr. See docs/importers.md.

Kinds:
${Object.values(KINDS).map((k) => `  ${k.usage}`).join('\n')}

${READ_FLAGS_USAGE}`;

const real = (f: string): string => {
  try {
    return realpathSync(f);
  } catch {
    return resolve(f);
  }
};

/** `--out` must not name the log (or series) being read: writing the study over it would lose the measurement. */
function refuseOverwrite(out: string, inputs: readonly string[]): void {
  if (!inputs.some((i) => real(i) === real(out))) return;
  throw new InputError({ path: '--out', received: out, expected: 'a path that is not the file being imported', problem: 'would write over the measured log', fix: `write e.g. --out ${out.replace(/\.[^./\\]*$/, '')}.json` });
}

/** `ailca import KIND FILE …`. */
export function importCommand(argv: readonly string[], io: CommandIO): number {
  const all = [...new Set(Object.values(KINDS).flatMap((k) => k.flags))];
  const args = parseArgs(argv, ['out', ...all, ...READ_FLAGS], [], READ_FLAGS_OPTIONS);
  const [kindName, file, ...extra] = args.positional;
  if (kindName === undefined || file === undefined || extra.length > 0) {
    io.stderr(`usage: ${IMPORT_USAGE}\n`);
    return 2;
  }
  if (!Object.hasOwn(KINDS, kindName)) {
    const close = suggest(kindName, Object.keys(KINDS));
    throw new InputError({ path: 'KIND', received: kindName, expected: `one of ${Object.keys(KINDS).join(', ')}`, problem: 'is not a kind ailca imports', fix: close.length > 0 ? `did you mean ${close[0]}?` : 'see ailca import --help' });
  }
  const kind = KINDS[kindName];
  for (const f of all) {
    if (args.flags[f] !== undefined && !kind.flags.includes(f)) {
      throw new InputError({ path: `--${f}`, received: args.flags[f], expected: `a flag of ailca import ${kindName} (${kind.flags.map((x) => `--${x}`).join(', ')})`, problem: `does not apply to ${kindName}` });
    }
  }
  const out = str(args, 'out');
  if (out !== undefined) refuseOverwrite(out, [file, ...(typeof args.flags.series === 'string' ? [args.flags.series] : [])]);
  const { json, summary } = kind.run(file, args, readLimitsFromArgv(argv).maxFileSize);
  const text = `${JSON.stringify(json, null, 2)}\n`;
  for (const line of summary) io.stderr(`ailca import: ${line}\n`);
  if (out === undefined) io.stdout(text);
  else {
    writeFileSync(out, text);
    io.stdout(`${kindName === 'codecarbon' ? 'study' : 'job fragment'} written to ${out}\n`);
  }
  return 0;
}
