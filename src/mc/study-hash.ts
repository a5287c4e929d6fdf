import { createHash } from 'node:crypto';
import { InputError } from '../errors/index.js';
import type { CompiledGraph } from '../graph/index.js';

/** What a Monte Carlo run does with a compiled study that changes its samples or their statistics. */
export interface StudyHashRun {
  /** Seed of the run. */
  readonly seed: number;
  /** Samples of the whole run (N). */
  readonly samples: number;
  /** Backend that computes the samples (`js`, `cpu`, `webasm`, `webgpu`). */
  readonly backend: string;
  /** Arithmetic of the samples. */
  readonly precision: string;
  /** Samples that fix every histogram's range. */
  readonly pilotSamples: number;
  /** Bins of every histogram. */
  readonly histogramBins: number;
  /** Output keys, in the order requested. */
  readonly outputs: readonly string[];
  /** Library version (the sampler and the reductions are the library's). */
  readonly version: string;
}

/** A number's exact text: shortest round-trip digits, with −0, NaN and ±Infinity kept apart (JSON writes them as 0 or null). */
function numberText(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

/**
 * SHA-256 of a canonical form of plain data: object keys sorted, `undefined`
 * properties left out (as JSON does), numbers written exactly. Each object is
 * hashed once and stands in its parent by its digest, so a DAG whose nodes
 * are shared (a compiled expression graph) hashes in time linear in its
 * nodes, and the same structure gives the same digest however it is shared.
 *
 * @param value - plain data: objects, arrays, strings, numbers, booleans, null
 * @returns 64 lower-case hex digits
 * @throws {@link InputError} for a function, symbol, bigint or a cycle
 * @example
 * canonicalHash({ b: 1, a: [2, 'x'] }) === canonicalHash({ a: [2, 'x'], b: 1 }); // => true
 */
export function canonicalHash(value: unknown): string {
  const memo = new Map<object, string>();
  const open = new Set<object>();
  const text = (v: unknown, path: string): string => {
    if (v === null) return 'null';
    if (typeof v === 'number') return `n${numberText(v)}`;
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (typeof v !== 'object') throw new InputError({ path, received: typeof v, expected: 'plain data (objects, arrays, strings, numbers, booleans, null)', problem: 'cannot be hashed' });
    const done = memo.get(v);
    if (done !== undefined) return done;
    if (open.has(v)) throw new InputError({ path, received: 'a reference to an enclosing object', expected: 'data without cycles', problem: 'cannot be hashed' });
    open.add(v);
    const body = Array.isArray(v)
      ? `[${v.map((x, i) => text(x, `${path}[${i}]`)).join(',')}]`
      : `{${Object.keys(v)
          .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${text((v as Record<string, unknown>)[k], `${path}.${k}`)}`)
          .join(',')}}`;
    open.delete(v);
    const digest = `#${createHash('sha256').update(body).digest('hex')}`;
    memo.set(v, digest);
    return digest;
  };
  const top = text(value, 'value');
  return top.startsWith('#') ? top.slice(1) : createHash('sha256').update(top).digest('hex');
}

/**
 * The hash that identifies a Monte Carlo run's samples: `sha256:` and the
 * {@link canonicalHash} of the compiled model (every input with its value,
 * unit and distribution, the correlations, the requested outputs' keys,
 * units and expression graphs) and of the run's options that change the
 * samples or the histograms (seed, N, backend, precision, pilot, bins,
 * library version). The sample range and the chunk size are left out: shards
 * of one run share the hash, whatever their range or chunk size.
 *
 * `runMonteCarlo` writes it to `provenance.studyHash`; `mergeMonteCarlo`
 * merges only shards whose hashes are equal.
 *
 * @param model - the compiled study (`compileStudy`)
 * @param run - the options of the run
 * @throws {@link InputError} when an output key is not an output of the model
 * @example
 * const model = { inputs: [{ name: 'x', value: 1, unit: 'kWh', distribution: { kind: 'uniform', min: 0, max: 2 } }], outputs: [{ key: 'y', label: 'y', unit: 'kWh', tags: {}, expr: { op: 'input', name: 'x' } }], correlations: [] } as const;
 * const run = { seed: 1, samples: 1000, backend: 'js', precision: 'float64', pilotSamples: 1000, histogramBins: 65536, outputs: ['y'], version: '1.0.0' };
 * studyHash(model, run).startsWith('sha256:'); // => true
 * studyHash(model, run) === studyHash(model, { ...run, seed: 2 }); // => false
 */
export function studyHash(model: CompiledGraph, run: StudyHashRun): string {
  const outputs = run.outputs.map((key, i) => {
    const o = model.outputs.find((x) => x.key === key);
    if (o === undefined) throw new InputError({ path: `outputs[${i}]`, received: key, expected: 'an output key of the model', problem: 'is not an output of the study' });
    return { key: o.key, unit: o.unit, expr: o.expr };
  });
  const { seed, samples, backend, precision, pilotSamples, histogramBins, version } = run;
  const canonical = {
    kind: 'ailca.monte-carlo-study',
    model: { inputs: model.inputs.map((i) => ({ name: i.name, value: i.value, unit: i.unit, distribution: i.distribution })), correlations: model.correlations, outputs },
    run: { seed, samples, backend, precision, pilotSamples, histogramBins, version },
  };
  return `sha256:${canonicalHash(canonical)}`;
}
