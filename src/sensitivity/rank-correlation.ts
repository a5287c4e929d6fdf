import { InputError } from '../errors/index.js';
import { dot, midranks, unitScale } from './ranks.js';
import { solveLinear } from './solve-linear.js';

/** Samples of an ordinary Monte Carlo run: one array per input and per output, all of length n. */
export interface MonteCarloSamples {
  /** Samples of each input, by name; every array has the same length n. */
  readonly inputs: Readonly<Record<string, ArrayLike<number>>>;
  /** Samples of each output, by name, row-aligned with the inputs. */
  readonly outputs: Readonly<Record<string, ArrayLike<number>>>;
}

/** Rank measures of one output. */
export interface RankCorrelationOutput {
  /** Spearman's ρ between each input and the output, by input name. */
  readonly spearman: Readonly<Record<string, number>>;
  /** Standardised rank regression coefficient of each input, by name. */
  readonly srrc: Readonly<Record<string, number>>;
  /** R² of the rank regression: the share of the output ranks' variance the SRRCs explain. */
  readonly r2: number;
  /** True when the output is the same number on every sample: every measure is then 0. */
  readonly constant: boolean;
}

/** Result of {@link rankCorrelation}. */
export interface RankCorrelationResult {
  /** Discriminant: always `'rank-correlation'`. */
  readonly method: 'rank-correlation';
  /** Input names, in the order given. */
  readonly inputs: readonly string[];
  /** Number of samples. */
  readonly n: number;
  /** Per output, by output name. */
  readonly outputs: Readonly<Record<string, RankCorrelationOutput>>;
  /** Facts worth reading (constant outputs). */
  readonly notes: readonly string[];
}

function columns(record: unknown, path: string, n: number | undefined): [string[], Float64Array[]] {
  if (typeof record !== 'object' || record === null || Object.keys(record).length === 0) {
    throw new InputError({ path, received: record, expected: 'a record of named arrays of samples', fix: 'e.g. { grid: Float64Array, lifetime: Float64Array }' });
  }
  const names = Object.keys(record);
  const length = n ?? (record as Record<string, ArrayLike<number>>)[names[0]]?.length;
  const arrays = names.map((name) => {
    const values = (record as Record<string, ArrayLike<number>>)[name];
    if (values === null || typeof values !== 'object' || values.length !== length) {
      throw new InputError({ path: `${path}.${name}`, received: values === null || typeof values !== 'object' ? values : `${values.length} samples`, expected: `${length} samples, as many as every other array`, problem: 'has the wrong length' });
    }
    const out = Float64Array.from(values);
    const bad = out.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) {
      throw new InputError({ path: `${path}.${name}[${bad}]`, received: out[bad], expected: 'a finite number for every sample', problem: 'is not finite', fix: 'find why the model gave a non-finite value for this sample, or drop the sample from every array' });
    }
    return out;
  });
  return [names, arrays];
}

/**
 * Spearman rank correlations and standardised rank regression coefficients
 * (SRRC; Iman & Conover 1979, Technometrics 21:499) of every input with
 * every output, from the samples of an ordinary Monte Carlo run — a cheap
 * first look before Sobol. Values are replaced by their midranks; ρ is the
 * Pearson correlation of the ranks; the SRRCs are the coefficients of the
 * least-squares regression of the standardised output ranks on the
 * standardised input ranks, β = R⁻¹ρ with R the inputs' rank correlation
 * matrix, and R² = β·ρ says how well a monotone additive model explains the
 * output (SRRCs mean little when R² is below about 0.7).
 *
 * @param samples - input and output arrays of one run, all of length n ≥ d + 2
 * @returns ρ, SRRC and R² per output
 * @throws {@link InputError} for arrays of different lengths, non-finite
 *   values, too few samples, a constant input, or inputs whose ranks are
 *   collinear
 * @example
 * // y = x1 − x2 on five samples; ranks of x2 and y by hand (see docs)
 * const r = rankCorrelation({ inputs: { x1: [1, 2, 3, 4, 5], x2: [2, 1, 4, 3, 5] }, outputs: { y: [1, 3, 2, 5, 4] } });
 * r.outputs.y.spearman.x1; // => 0.8
 * r.outputs.y.spearman.x2; // => 0.3
 */
export function rankCorrelation(samples: MonteCarloSamples): RankCorrelationResult {
  if (typeof samples !== 'object' || samples === null) {
    throw new InputError({ path: 'rankCorrelation: samples', received: samples, expected: 'an object { inputs, outputs } of named sample arrays' });
  }
  const [names, xs] = columns(samples.inputs, 'rankCorrelation: samples.inputs', undefined);
  const n = (xs[0]).length;
  const [outNames, ys] = columns(samples.outputs, 'rankCorrelation: samples.outputs', n);
  const d = names.length;
  if (n < d + 2 || n < 3) {
    throw new InputError({ path: 'rankCorrelation: samples', received: `${n} samples`, expected: `at least ${Math.max(3, d + 2)} samples for ${d} inputs`, problem: 'has too few samples', fix: 'run more Monte Carlo samples; a few hundred is the least for a useful ranking' });
  }
  const zx = xs.map((x, i) => {
    const z = unitScale(midranks(x));
    if (z === undefined) {
      throw new InputError({ path: `rankCorrelation: samples.inputs.${names[i]}`, received: x[0], expected: 'an input that varies between samples', problem: 'is constant', fix: 'leave constant inputs out: they cannot explain any variation' });
    }
    return z;
  });
  const corr = new Float64Array(d * d);
  for (let i = 0; i < d; i += 1) {
    for (let k = i; k < d; k += 1) {
      const c = i === k ? 1 : dot(zx[i], zx[k]);
      corr[i * d + k] = c;
      corr[k * d + i] = c;
    }
  }
  const notes: string[] = [];
  const outputs: Record<string, RankCorrelationOutput> = {};
  outNames.forEach((name, k) => {
    const zy = unitScale(midranks(ys[k]));
    const rho = new Float64Array(d);
    let beta: Float64Array = new Float64Array(d);
    if (zy === undefined) {
      notes.push(`output "${name}" is constant: every correlation is 0`);
    } else {
      zx.forEach((z, i) => (rho[i] = dot(z, zy)));
      const solved = solveLinear(corr, rho);
      if (solved === undefined) {
        throw new InputError({ path: 'rankCorrelation: samples.inputs', received: names, expected: 'inputs whose ranks are not linear combinations of each other', problem: 'are collinear', fix: 'drop inputs that duplicate others (the same samples under two names)' });
      }
      beta = solved;
    }
    const spearman: Record<string, number> = {};
    const srrc: Record<string, number> = {};
    names.forEach((input, i) => {
      spearman[input] = rho[i];
      srrc[input] = beta[i];
    });
    outputs[name] = { spearman, srrc, r2: dot(beta, rho), constant: zy === undefined };
  });
  return { method: 'rank-correlation', inputs: names, n, outputs, notes };
}
