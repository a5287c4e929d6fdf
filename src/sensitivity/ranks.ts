/**
 * Midranks of a sample: 1 for the smallest value, n for the largest, tied
 * values sharing the average of the ranks they span (so the ranks, and any
 * rank statistic, do not depend on the order of the sample).
 *
 * @param values - the sample (finite numbers)
 * @returns the rank of each value, in the order of the input
 * @example
 * Array.from(midranks([10, 30, 20, 30])); // => [1, 3.5, 2, 3.5]
 */
export function midranks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_v, i) => i).sort((a, b) => (values[a]) - (values[b]));
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]] === values[order[i]]) j += 1;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k += 1) ranks[order[k]] = rank;
    i = j + 1;
  }
  return ranks;
}

/**
 * Centre and scale a sample to mean 0 and Σz² = 1 (so that the dot product
 * of two such vectors is their Pearson correlation). Float64 sums.
 *
 * @returns the scaled values, or undefined when the sample is constant
 * @internal
 */
export function unitScale(values: Float64Array): Float64Array | undefined {
  const n = values.length;
  let sum = 0;
  for (let j = 0; j < n; j += 1) sum += values[j];
  const mean = sum / n;
  let ss = 0;
  for (let j = 0; j < n; j += 1) ss += ((values[j]) - mean) ** 2;
  if (ss === 0) return undefined;
  const scale = 1 / Math.sqrt(ss);
  return values.map((v) => (v - mean) * scale);
}

/**
 * Dot product in float64.
 * @internal
 */
export function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let j = 0; j < a.length; j += 1) s += (a[j]) * (b[j]);
  return s;
}
