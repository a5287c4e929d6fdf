import type { DiscreteDistribution } from '../../distributions/index.js';
import { floatLiteral as f } from '../../graph/index.js';
import type { SamplerCode } from './sampler-code.js';

/**
 * Most values a discrete input is drawn from by a chain of comparisons; more are binary-searched.
 * @example
 * DISCRETE_SCAN_MAX; // => 16
 */
export const DISCRETE_SCAN_MAX = 16;

/**
 * A threshold above every uniform (u < 1): pads the cumulative weights of a
 * discrete table to a power of two, so the search needs no bound check.
 */
const PAD = 2;

/** The lookup table of a discrete input (see {@link discreteTable}). */
export interface DiscreteTable {
  /** Entries before the values: the smallest power of two above k − 1. */
  readonly size: number;
  /** `size` thresholds (cumulative weights, then padding), then the k values. */
  readonly table: number[];
}

/**
 * The lookup table of a discrete input with k values: its first k − 1
 * cumulative weights, padded with 2 up to `size`, the smallest power of two
 * above k − 1, then its k values. The value drawn for u is
 * `values[#{j < k − 1 : cumulative[j] ≤ u}]`.
 *
 * @example
 * discreteTable({ kind: 'discrete', values: [1, 2, 3], probabilities: [0.25, 0.25, 0.5], cumulative: [0.25, 0.5, 1] }); // => { size: 4, table: [0.25, 0.5, 2, 2, 1, 2, 3] }
 */
export function discreteTable(d: DiscreteDistribution): DiscreteTable {
  const k = d.values.length;
  let size = 1;
  while (size <= k - 1) size *= 2;
  const table = [...d.cumulative.slice(0, k - 1), ...new Array<number>(size - (k - 1)).fill(PAD), ...d.values];
  return { size, table };
}

/**
 * Kernel statements drawing `out` from a discrete distribution for the
 * uniform in `u`: the value at index #{j < k − 1 : cumulative[j] ≤ u}, the
 * same value on every backend as the chain of comparisons
 * `if (u < cumulative[j]) out = values[j]` (j from k − 2 down to 0) that
 * sampled every discrete input before, so seeded results do not change.
 *
 * Up to {@link DISCRETE_SCAN_MAX} values keep that chain (no table). Beyond,
 * the count is found by a branch-per-bit binary search of
 * {@link discreteTable}: log2(size) unrolled steps, so the kernel costs
 * O(log k) per sample (8,760 hourly values: 14 steps instead of 8,759
 * comparisons), with no loop for gpu.js to bound. Indices are float
 * variables below 2^24, exact in float32.
 *
 * @param d - the input's distribution
 * @param u - variable holding the uniform
 * @param out - variable to declare and assign
 * @param tag - unique suffix for temporaries and the table name
 * @example
 * const hours = parseDistribution({ dist: 'discrete', values: Array.from({ length: 24 }, (_, h) => h) }, 'hour');
 * const code = discreteSamplerCode(hours as DiscreteDistribution, 'u0', 'x0', '0');
 * Object.keys(code.tables); // => ['dt0']
 * code.statements.split('\n').length; // => 7
 */
export function discreteSamplerCode(d: DiscreteDistribution, u: string, out: string, tag: string): SamplerCode {
  const k = d.values.length;
  if (k <= DISCRETE_SCAN_MAX) {
    const lines = [`let ${out} = ${f(d.values[k - 1])};`];
    for (let j = k - 2; j >= 0; j -= 1) lines.push(`if (${u} < ${f(d.cumulative[j])}) { ${out} = ${f(d.values[j])}; }`);
    return { statements: lines.join('\n'), tables: {} };
  }
  const { size, table } = discreteTable(d);
  const name = `dt${tag}`;
  const i = `di${tag}`;
  const lines = [`let ${i} = 0.0;`];
  for (let step = size / 2; step >= 1; step /= 2) {
    lines.push(`if (${name}[${i} + ${f(step - 1)}] <= ${u}) { ${i} = ${i} + ${f(step)}; }`);
  }
  lines.push(`let ${out} = ${name}[${i} + ${f(size)}];`);
  return { statements: lines.join('\n'), tables: { [name]: table } };
}
