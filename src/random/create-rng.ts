import { checkSeed } from './check-seed.js';
import { splitMix64Words } from './splitmix64.js';

/** A seeded stream of uniform random numbers. */
export interface Rng {
  /** The seed the stream was created with; record it with every result. */
  readonly seed: number;
  /** A uniform number in [0, 1) with 53 random bits (a multiple of 2^−53). */
  next(): number;
  /** A uniform unsigned 32-bit integer in [0, 2^32 − 1]. */
  nextUint32(): number;
}

/** 2^26, the scale of the first 27-bit half of a 53-bit draw. */
const TWO_26 = 67108864;
/** 2^−53, the spacing of the doubles {@link Rng.next} returns. */
const TWO_M53 = 1 / 9007199254740992;

/**
 * Create a seeded host-side random stream: xoshiro128** 1.1 (Blackman &
 * Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS 47(4),
 * 2021; period 2^128 − 1), its 128-bit state filled from the seed by
 * SplitMix64 as its authors recommend. Uniform doubles take 27 + 26 bits of
 * two outputs, `(a·2^26 + b) / 2^53`, as Matsumoto & Nishimura's
 * `genrand_res53` does. The same seed gives the same stream on every
 * platform: all arithmetic is on 32-bit integers (`Math.imul`, `>>>`).
 *
 * Used for designs and bootstraps on the host; Monte Carlo kernels use their
 * own in-kernel generator.
 *
 * @param seed - an integer in [0, 2^32 − 1]
 * @returns a stream with `next()` and `nextUint32()`
 * @throws {@link InputError} when the seed is not an integer in [0, 2^32 − 1]
 * @example
 * const a = createRng(42);
 * const b = createRng(42);
 * a.next() === b.next(); // => true
 * const u = createRng(7).next();
 * u >= 0 && u < 1; // => true
 */
export function createRng(seed: number): Rng {
  const checked = checkSeed(seed, 'seed');
  const [w0, w1, w2, w3] = splitMix64Words(checked, 4);
  let s0 = w0 | 0;
  let s1 = w1 | 0;
  let s2 = w2 | 0;
  let s3 = w3 | 0;

  function nextUint32(): number {
    // result = rotl(s1 * 5, 7) * 9
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  }

  function next(): number {
    const a = nextUint32() >>> 5; // 27 bits
    const b = nextUint32() >>> 6; // 26 bits
    return (a * TWO_26 + b) * TWO_M53;
  }

  return Object.freeze({ seed: checked, next, nextUint32 });
}
