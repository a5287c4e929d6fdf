import { saltelliRows } from './saltelli-design.js';
import type { SobolInputIndices, SobolOutput, SobolResult } from './sobol.js';
import { bootstrapSobol } from './sobol-bootstrap.js';
import { sobolEstimates } from './sobol-estimators.js';
import type { SobolPlan } from './sobol-plan.js';

function isConstant(y: Float64Array): boolean {
  const first = y[0];
  for (let j = 1; j < y.length; j += 1) if (y[j] !== first) return false;
  return true;
}

/**
 * The Sobol' indices and their bootstrap intervals from the outputs of every
 * row of the Saltelli design: the point estimators, then the percentile
 * bootstrap on `plan.random`, which must stand where the design draw left
 * it. The one analysis step of {@link sobol} and of `mergeSobolShards`, so
 * that a merged sharded analysis is the whole one bit for bit.
 *
 * @param ys - per output, its value on each design row (float64, all rows in design order)
 * @param names - input names in design column order
 * @param outputs - output names, in the order of ys
 * @param plan - the checked plan; its stream continued after the design draw
 * @param signal - checked between bootstrap jobs
 * @internal
 */
export async function analyseSobolOutputs(ys: readonly Float64Array[], names: readonly string[], outputs: readonly string[], plan: SobolPlan, signal: AbortSignal | undefined): Promise<SobolResult> {
  const { d, n, secondOrder, sequence, boot, threads } = plan;
  const notes = [...plan.notes];
  const ones = new Float64Array(n).fill(1);
  const constant = ys.map(isConstant);
  const centres = ys.map((y) => {
    let s = 0;
    for (let j = 0; j < 2 * n; j += 1) s += y[j];
    return s / (2 * n);
  });
  const points = ys.map((y, k) => sobolEstimates(y, n, d, secondOrder, centres[k], ones));
  const interval = await bootstrapSobol(ys, constant, centres, n, d, secondOrder, boot, threads, plan.random.uniform, signal);

  const result: Record<string, SobolOutput> = {};
  outputs.forEach((name, k) => {
    const e = points[k];
    if (constant[k]) notes.push(`output "${name}" is constant (${ys[k]?.[0]} on every sample): every index is 0`);
    const indices: Record<string, SobolInputIndices> = {};
    names.forEach((input, i) => {
      const entry: { -readonly [K in keyof SobolInputIndices]: SobolInputIndices[K] } = {
        S1: e.S1[i],
        S1ci: interval(k, i),
        ST: e.ST[i],
        STci: interval(k, d + i),
      };
      if (e.S2 !== undefined) {
        const s2: Record<string, number> = {};
        const s2ci: Record<string, readonly [number, number]> = {};
        names.forEach((other, m) => {
          if (m === i) return;
          s2[other] = e.S2?.[i * d + m] as number;
          s2ci[other] = interval(k, 2 * d + i * d + m);
        });
        entry.S2 = s2;
        entry.S2ci = s2ci;
      }
      indices[input] = entry;
    });
    result[name] = { mean: centres[k], variance: e.variance, constant: constant[k], indices };
  });
  return { method: 'sobol', inputs: [...names], n, evaluations: saltelliRows(d, n, secondOrder), seed: plan.random.seed, secondOrder, sequence, bootstrap: boot, outputs: result, notes };
}
