/**
 * A ratio that has no value because its denominator is zero — the use-phase
 * share of a footprint of 0 kgCO2e (0 ÷ 0), or a Green Score of a zero
 * footprint. Results carry this object instead of `NaN` (which JSON writes as a
 * bare `null`) so that every reader sees why the number is missing.
 */
export interface UndefinedRatio {
  /** Always `null`: the ratio has no value. */
  readonly value: null;
  /** Why it has none, in words: `footprint is zero`. */
  readonly undefinedReason: string;
}

/**
 * A ratio's value, or an {@link UndefinedRatio} when its denominator is 0.
 * @example
 * ratioOf(3, 4, 'footprint is zero'); // => 0.75
 * ratioOf(0, 0, 'footprint is zero'); // => { value: null, undefinedReason: 'footprint is zero' }
 */
export function ratioOf(numerator: number, denominator: number, reason: string): number | UndefinedRatio {
  return denominator === 0 ? { value: null, undefinedReason: reason } : numerator / denominator;
}

/**
 * Whether a ratio is undefined (see {@link UndefinedRatio}).
 * @example
 * isUndefinedRatio({ value: null, undefinedReason: 'footprint is zero' }); // => true
 * isUndefinedRatio(0.87); // => false
 */
export function isUndefinedRatio(x: number | UndefinedRatio | undefined): x is UndefinedRatio {
  return typeof x === 'object' && x !== null && x.value === null;
}

/**
 * A ratio as text: the number through `format`, or `undefined (REASON)`.
 * @example
 * describeRatio(0.874, (x) => `${(x * 100).toFixed(1)} %`); // => '87.4 %'
 * describeRatio({ value: null, undefinedReason: 'footprint is zero' }, String); // => 'undefined (footprint is zero)'
 */
export function describeRatio(x: number | UndefinedRatio, format: (x: number) => string): string {
  return isUndefinedRatio(x) ? `undefined (${x.undefinedReason})` : format(x);
}
