import { InputError } from '../errors/index.js';
import { checkNumber } from '../validate/index.js';

/** Tick marks for an axis, as {@link niceTicks} chooses them. */
export interface NiceTicks {
  /** Tick values, ascending; the first and last bound the axis. */
  readonly values: readonly number[];
  /** Distance between ticks: 1, 2 or 5 × a power of ten. */
  readonly step: number;
  /** Digits after the decimal point that show every tick exactly. */
  readonly decimals: number;
}

/**
 * "Nice" axis ticks covering `[min, max]`, after Heckbert, "Nice numbers for
 * graph labels", Graphics Gems (1990), pp. 61–63 ("loose" labelling): the
 * step is the nice number (1, 2 or 5 × 10^k) nearest `(max − min)/(count − 1)`,
 * the first tick is at or below `min` and the last at or above `max`.
 * Heckbert first rounds the whole range up to a nice number, which can double
 * it (1,106 → 2,000 gives an axis to 1,500); like d3 this takes the step from
 * the range as it is (axis to 1,200). Ticks are integer multiples of the
 * step divided by a power of ten, so `0.6` is `0.6`, not `0.6000000000000001`.
 *
 * A zero-width range cannot be divided into ticks: `[0, 0]` becomes `[0, 1]`
 * (an all-zero chart) and `[v, v]` is widened to include zero.
 *
 * @param min - lowest value to cover
 * @param max - highest value to cover, ≥ `min`
 * @param count - roughly how many ticks to draw, an integer ≥ 2; default 5
 * @throws {@link InputError} when a bound is not finite, `min > max`, or `count` is not an integer ≥ 2
 * @example
 * niceTicks(0, 1633.74).values; // => [0, 500, 1000, 1500, 2000]
 * niceTicks(0, 1).values; // => [0, 0.2, 0.4, 0.6, 0.8, 1]
 * niceTicks(-408.4, 408.4).step; // => 200
 * niceTicks(0, 0).values; // => [0, 0.2, 0.4, 0.6, 0.8, 1]
 */
export function niceTicks(min: number, max: number, count = 5): NiceTicks {
  checkNumber(min, 'niceTicks(min)');
  checkNumber(max, 'niceTicks(max)');
  checkNumber(count, 'niceTicks(count)', { min: 2, integer: true });
  if (min > max) {
    throw new InputError({
      path: 'niceTicks(min, max)',
      received: [min, max],
      expected: 'min ≤ max',
      fix: 'swap the bounds',
    });
  }
  let lo = min;
  let hi = max;
  if (lo === hi) {
    lo = Math.min(0, lo);
    hi = lo === 0 && hi === 0 ? 1 : Math.max(0, hi);
  }
  const { fraction, exponent } = niceParts((hi - lo) / (count - 1));
  // step = fraction × 10^exponent; build ticks as (i × fraction) scaled by an
  // exact power of ten so that decimal ticks are the nearest doubles
  const scale = (i: number): number =>
    exponent >= 0 ? i * fraction * 10 ** exponent : (i * fraction) / 10 ** -exponent;
  const step = scale(1);
  // 1e-9 of a step absorbs division error (1.1 / 0.1 = 11.000000000000002)
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  const values: number[] = [];
  for (let i = first; i <= last; i++) values.push(scale(i) + 0); // + 0 turns -0 into 0
  return { values, step, decimals: Math.max(0, -exponent) };
}

/** Heckbert's nicenum with round = true: 1, 2, 5 or 10 × 10^k nearest `x`, as fraction and exponent. */
function niceParts(x: number): { fraction: number; exponent: number } {
  let exponent = Math.floor(Math.log10(x));
  const f = x / 10 ** exponent;
  let fraction = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
  if (fraction === 10) {
    fraction = 1;
    exponent += 1;
  }
  return { fraction, exponent };
}
