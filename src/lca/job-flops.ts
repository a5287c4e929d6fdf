import { mul, type Expr } from '../graph/index.js';
import type { JobDuration } from '../system/index.js';
import { ref } from './param-ref.js';

/**
 * The floating-point operations of one run [FLOP]: `compute.flops` as given,
 * or the estimate flopsPerParameterToken × parameters × tokens — 6·N·D for
 * training (a forward pass of 2N FLOPs per token and a backward pass of 4N;
 * Kaplan et al. 2020, "Scaling Laws for Neural Language Models",
 * arXiv:2001.08361, §2.1: C ≈ 6NBS; Hoffmann et al. 2022, arXiv:2203.15556,
 * use the same C ≈ 6ND).
 *
 * @param d - a job's duration given as compute
 * @example
 * // BLOOM 176B on 366e9 tokens: 6 × 176e9 × 366e9 = 3.8650e23 FLOPs
 * const model = compileStudy(defineStudy({ name: 'flops', functionalUnit: 'training-run', cloud: { gridIntensity: 0, pue: 1 },
 *   model: { jobs: [{ id: 't', accelerator: { name: 'gpu', count: 1, power: '400 W' }, compute: { parameters: 176e9, tokens: 366e9, peakFlops: 312e12, efficiency: 0.5 } }] } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at('job:t:flops'); // => 6 * 176e9 * 366e9
 */
export function jobFlops(d: Extract<JobDuration, { kind: 'flops' }>): Expr {
  if (d.flops !== undefined) return ref(d.flops);
  const e = d.estimate!;
  return mul(ref(e.flopsPerParameterToken), ref(e.parameters), ref(e.tokens));
}
