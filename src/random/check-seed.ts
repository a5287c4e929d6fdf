import { checkNumber } from '../validate/index.js';

/**
 * Largest valid seed: 2^32 − 1, the largest unsigned 32-bit integer.
 *
 * @example
 * MAX_SEED === 2 ** 32 - 1; // => true
 */
export const MAX_SEED = 4294967295;

/**
 * Check a seed for {@link createRng}: an integer in [0, 2^32 − 1]. A seed of
 * 1.5, NaN, 2**53, −1 or `"42"` would otherwise select a different stream
 * (or the same stream for different seeds) with no error, so it is refused.
 *
 * @param seed - the value received
 * @param path - the field path named in the error, e.g. `study.seed`
 * @returns the seed, typed as a number
 * @throws {@link InputError} naming the path, the value and the valid range
 * @example
 * checkSeed(42, 'study.seed'); // => 42
 * checkSeed(4294967295, 'study.seed'); // => 4294967295
 */
export function checkSeed(seed: unknown, path: string = 'seed'): number {
  return checkNumber(seed, path, {
    min: 0,
    max: MAX_SEED,
    integer: true,
    fix: 'write a whole number between 0 and 4294967295, e.g. 42, and record it with the result',
  });
}
