import { InputError } from '../errors/index.js';
import { checkNumber } from '../validate/index.js';
import { familyOf } from './distribution-family.js';
import type { Distribution } from './types.js';

/** A source of uniform numbers in [0, 1), such as `createRng(seed)`. */
export interface UniformSource {
  /** The next uniform number in [0, 1). */
  next(): number;
}

/**
 * Most samples one {@link sampleDistribution} call returns: 2^27 float64
 * values, 1 GiB; draw larger sets in chunks from the same stream.
 *
 * @example
 * MAX_SAMPLES_PER_CALL === 2 ** 27; // => true
 */
export const MAX_SAMPLES_PER_CALL = 134217728;

/**
 * Draw `n` samples by inverse CDF: x = ppf(u) for u uniform in (0, 1). An
 * exact 0 from the stream is redrawn (ppf(0) is −Infinity for an untruncated
 * normal). Calling again with the same stream continues it, so large sets
 * can be drawn in chunks; the same seed gives the same samples.
 *
 * @param d - a normalised distribution from {@link parseDistribution}
 * @param rng - the uniform stream, e.g. `createRng(seed)`
 * @param n - how many samples, an integer in [1, 2^27]
 * @returns the samples in float64
 * @throws {@link InputError} for a bad `n`, or a stream returning values outside [0, 1)
 * @example
 * const x = sampleDistribution(parseDistribution({ dist: 'uniform', min: 2, max: 5 }, 'x'), createRng(42), 1000);
 * x.length; // => 1000
 * x.every((v) => v >= 2 && v <= 5); // => true
 */
export function sampleDistribution(d: Distribution, rng: UniformSource, n: number): Float64Array {
  const quantile = familyOf(d).quantile(d);
  checkNumber(n, 'n', { min: 1, max: MAX_SAMPLES_PER_CALL, integer: true, fix: 'draw large sample sets in chunks from the same stream' });
  if (typeof rng?.next !== 'function') {
    throw new InputError({ path: 'rng', received: rng, expected: 'an object with next() returning numbers in [0, 1)', fix: 'pass createRng(seed)' });
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let u = rng.next();
    while (u === 0) u = rng.next();
    if (!(u > 0 && u < 1)) {
      throw new InputError({ path: 'rng.next()', received: u, expected: 'a number in [0, 1)', fix: 'pass createRng(seed)' });
    }
    out[i] = quantile(u);
  }
  return out;
}
