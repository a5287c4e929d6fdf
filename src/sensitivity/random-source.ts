import { InputError } from '../errors/index.js';
import { createRng } from '../random/index.js';
import type { UniformSource } from '../distributions/index.js';
import type { SensitivitySeedOptions } from './types.js';

/** Seed used when the caller gives neither `seed` nor `rng`; reported in the result's notes. */
export const DEFAULT_SENSITIVITY_SEED = 1;

/** A checked uniform stream and what to record about it. */
export interface ResolvedRandom {
  /** Next uniform number in (0, 1): exactly 0 is redrawn, so a ppf never sees it. */
  readonly uniform: () => number;
  /** The seed used, or undefined when the caller injected `rng`. */
  readonly seed: number | undefined;
  /** Notes for the result: a defaulted seed, an injected source. */
  readonly notes: readonly string[];
}

/**
 * Resolve the random stream of an analysis: the injected `rng` if given,
 * else `createRng(seed)` with the seed checked, else `createRng(1)` with a
 * note saying the seed was defaulted. Every draw is checked to lie in
 * [0, 1) (an injected source returning 1 or NaN is refused) and an exact 0
 * is redrawn, because `ppf(0)` is −∞ for unbounded distributions.
 *
 * @param options - `seed` and `rng` as the caller gave them
 * @param path - the options' path, named in errors (`sobol.options`)
 * @throws {@link InputError} for a bad seed, or when `rng.next()` leaves [0, 1)
 * @internal
 */
export function resolveRandom(options: SensitivitySeedOptions, path: string): ResolvedRandom {
  const notes: string[] = [];
  let source: UniformSource;
  let seed: number | undefined;
  if (options.rng !== undefined) {
    if (typeof options.rng?.next !== 'function') {
      throw new InputError({ path: `${path}.rng`, received: options.rng, expected: 'an object with a next() method returning numbers in [0, 1)', fix: 'pass createRng(seed), or give a seed instead' });
    }
    if (options.seed !== undefined) {
      throw new InputError({ path: `${path}.seed`, received: options.seed, expected: 'either seed or rng, not both', fix: 'drop one of them: the injected rng ignores the seed' });
    }
    source = options.rng;
    notes.push('random source injected by the caller: no seed recorded');
  } else {
    if (options.seed === undefined) notes.push(`seed not given: used the default seed ${DEFAULT_SENSITIVITY_SEED}`);
    seed = options.seed ?? DEFAULT_SENSITIVITY_SEED;
    try {
      source = createRng(seed);
    } catch (e) {
      if (e instanceof InputError) {
        throw new InputError({ path: `${path}.seed`, received: seed, expected: e.expected, problem: 'is out of range', fix: e.fix });
      }
      throw e;
    }
  }
  const uniform = (): number => {
    for (;;) {
      const u = source.next();
      if (!(u >= 0 && u < 1)) {
        throw new InputError({ path: `${path}.rng.next()`, received: u, expected: 'a number in [0, 1)', problem: 'returned a value outside [0, 1)', fix: 'use createRng(seed) from this library, or fix the generator' });
      }
      if (u > 0) return u;
    }
  };
  return { uniform, seed, notes };
}
