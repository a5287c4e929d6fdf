import { InputError } from '../errors/index.js';
import { checkNumber } from '../validate/index.js';
import type { Family } from './family.js';
import { formatParameter, neumaierSum, runningSums } from './family.js';
import { fixedDistribution } from './fixed.js';
import { checkKeys, type SpecReader } from './read-spec.js';
import type { DiscreteDistribution, FixedDistribution } from './types.js';

/** How many values a description lists before summarising. */
const DESCRIBE_MAX_VALUES = 5;

function readValues(spec: SpecReader): number[] {
  const raw = spec.raw.values;
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new InputError({
      path: `${spec.path}.values`,
      received: raw,
      problem: raw === undefined ? 'is missing' : 'must be a non-empty array',
      expected: 'an array of values such as [1, 2, 4]',
      fix: 'list the possible values; give weights to make some more likely',
    });
  }
  return raw.map((v, i) => checkNumber(spec.toNumber(v, `${spec.path}.values[${i}]`), `${spec.path}.values[${i}]`));
}

function readWeights(spec: SpecReader, count: number): number[] {
  const raw = spec.raw.weights;
  if (raw === undefined) return new Array<number>(count).fill(1);
  if (!Array.isArray(raw) || raw.length !== count) {
    throw new InputError({
      path: `${spec.path}.weights`,
      received: raw,
      problem: 'does not match values',
      expected: `an array of ${count} non-negative weights, one per value`,
      fix: 'give one weight per value, or leave weights out for equal weights',
    });
  }
  const weights = raw.map((w, i) => checkNumber(w, `${spec.path}.weights[${i}]`, { min: 0, fix: 'weights are non-negative numbers; they are normalised to sum to 1' }));
  const total = neumaierSum(count, (i) => weights[i]);
  if (!(total > 0) || !Number.isFinite(total)) {
    throw new InputError({
      path: `${spec.path}.weights`,
      received: raw,
      problem: total > 0 ? 'sums to infinity' : 'has no positive weight',
      expected: 'non-negative weights with at least one > 0 and a finite sum',
      fix: 'give at least one value a positive weight',
    });
  }
  return weights;
}

/**
 * Read `{dist: 'discrete', values, weights?}`. Values are sorted, equal
 * values merged (their weights added) and zero-weight values dropped; the
 * weights are normalised. A single remaining value is a constant.
 * @internal
 */
export function parseDiscrete(spec: SpecReader): DiscreteDistribution | FixedDistribution {
  checkKeys(spec, ['values', 'weights']);
  const rawValues = readValues(spec);
  const rawWeights = readWeights(spec, rawValues.length);
  const order = rawValues.map((_v, i) => i).sort((i, j) => rawValues[i] - rawValues[j]);
  const values: number[] = [];
  const weights: number[] = [];
  for (const i of order) {
    if (rawWeights[i] === 0) continue;
    if (values.length > 0 && values[values.length - 1] === rawValues[i]) weights[weights.length - 1] += rawWeights[i];
    else {
      values.push(rawValues[i]);
      weights.push(rawWeights[i]);
    }
  }
  if (values.length === 1) return fixedDistribution(values[0], 'discrete');
  // Prefix sums in float64 with compensation; dividing by the final one makes the last cumulative exactly 1.
  const prefix = runningSums(weights);
  const total = prefix[prefix.length - 1];
  return Object.freeze({
    kind: 'discrete',
    values: Object.freeze(values),
    probabilities: Object.freeze(weights.map((w) => w / total)),
    cumulative: Object.freeze(prefix.map((p) => p / total)),
  });
}

/** Index of the first cumulative ≥ u (binary search). */
function firstAtLeast(cumulative: readonly number[], u: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] >= u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Number of values ≤ x (binary search). */
function countAtMost(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Discrete on sorted values v with probabilities p: mean Σpv, variance
 * Σp(v − mean)² (compensated sums), F(x) = P(X ≤ x), quantile the smallest
 * value whose cumulative probability is ≥ u.
 * @internal
 */
export const discreteFamily: Family<DiscreteDistribution> = {
  mean: (d) => neumaierSum(d.values.length, (i) => d.probabilities[i] * d.values[i]),
  variance: (d) => {
    const mean = discreteFamily.mean(d);
    return neumaierSum(d.values.length, (i) => d.probabilities[i] * (d.values[i] - mean) * (d.values[i] - mean));
  },
  support: (d) => [d.values[0], d.values[d.values.length - 1]],
  cdf: (d, x) => {
    const k = countAtMost(d.values, x);
    return k === 0 ? 0 : d.cumulative[k - 1];
  },
  quantile: (d) => (u) => d.values[firstAtLeast(d.cumulative, u)],
  describe: (d) => {
    const n = d.values.length;
    if (n > DESCRIBE_MAX_VALUES) return `discrete(${n} values in [${formatParameter(d.values[0])}, ${formatParameter(d.values[n - 1])}])`;
    return `discrete(${d.values.map((v, i) => `${formatParameter(v)}: ${formatParameter(d.probabilities[i])}`).join(', ')})`;
  },
};
