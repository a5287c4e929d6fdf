import { distributionPpf, normalCdf, normalPpf } from '../../distributions/index.js';
import { evaluate, type CompiledGraph } from '../../graph/index.js';
import { pcgStream } from '../random/pcg.js';
import { MAX_UNIFORM, MIN_UNIFORM, type BuiltProgram } from './build-program.js';

/**
 * The inputs of one sample computed on the host in float64 from the same
 * uniforms a kernel draws: the sample's PCG stream (bit-identical to gpu.js's
 * in-kernel `Math.random()`), or a given row of uniforms; the copula with the
 * exact normal CDF and quantile; the exact inverse CDFs of
 * src/distributions. This is the reference every backend is tested against.
 *
 * @param built - the program (its inputs, fixed values and copula)
 * @param uniforms - the sample's uniforms, one per uncertain input, in draw order
 * @returns every model input's value for this sample
 */
export function referenceInputs(built: BuiltProgram, uniforms: readonly number[]): Map<string, number> {
  const u = uniforms.map((x) => Math.max(x, MIN_UNIFORM));
  if (built.copula !== undefined) {
    const { columns, cholesky } = built.copula;
    const z = columns.map((c) => normalPpf(u[c]));
    columns.forEach((c, k) => {
      const row = cholesky[k];
      let s = 0;
      for (let j = 0; j <= k; j += 1) s += (row[j]) * (z[j]);
      u[c] = Math.min(Math.max(normalCdf(s), MIN_UNIFORM), MAX_UNIFORM);
    });
  }
  const values = new Map(built.fixed);
  for (const i of built.inputs) values.set(i.name, distributionPpf(i.distribution, u[i.column]));
  return values;
}

/**
 * The float64 reference values of samples `start … start + count − 1` of a
 * run with `seed`: for each sample, its uniforms from the PCG stream, its
 * inputs by {@link referenceInputs}, and every output by walking the
 * expression graph — code independent of the generated kernels.
 *
 * @returns one Float64Array per output key of `built`
 */
export function referenceSamples(model: CompiledGraph, built: BuiltProgram, seed: number, start: number, count: number): Float64Array[] {
  const exprs = built.outputKeys.map((k) => (model.outputs.find((o) => o.key === k) as CompiledGraph['outputs'][number]).expr);
  const out = built.outputKeys.map(() => new Float64Array(count));
  for (let i = 0; i < count; i += 1) {
    const next = pcgStream(seed, start + i);
    const uniforms = built.inputs.map(() => next());
    const values = evaluate(exprs, referenceInputs(built, uniforms));
    values.forEach((v, k) => ((out[k] as Float64Array)[i] = v));
  }
  return out;
}
