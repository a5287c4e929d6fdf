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
 * step is 1, 2 or 5 × 10^k, the first tick is at or below `min` and the last
 * at or above `max`. Ticks are computed as integer multiples of the step and
 * divided by a power of ten, so `0.6` is `0.6`, not `0.6000000000000001`.
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
  const range = niceNumber(hi - lo, false);
  const { fraction, exponent } = niceParts((range / (count - 1)), true);
  // step = fraction × 10^exponent; build ticks as (i × fraction) scaled by an
  // exact power of ten so that decimal ticks are the nearest doubles
  const scale = (i: number): number =>
    exponent >= 0 ? i * fraction * 10 ** exponent : (i * fraction) / 10 ** -exponent;
  const step = scale(1);
  const first = Math.floor(lo / step);
  const last = Math.ceil(hi / step);
  const values: number[] = [];
  for (let i = first; i <= last; i++) values.push(scale(i) + 0); // + 0 turns -0 into 0
  return { values, step, decimals: Math.max(0, -exponent) };
}

/** Heckbert's nicenum: the nice number (1, 2, 5 or 10 × 10^k) nearest `x` (round) or ≥ `x`. */
function niceNumber(x: number, round: boolean): number {
  const { fraction, exponent } = niceParts(x, round);
  return fraction * 10 ** exponent;
}

function niceParts(x: number, round: boolean): { fraction: number; exponent: number } {
  let exponent = Math.floor(Math.log10(x));
  const f = x / 10 ** exponent;
  let fraction: number;
  if (round) fraction = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
  else fraction = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
  if (fraction === 10) {
    fraction = 1;
    exponent += 1;
  }
  return { fraction, exponent };
}
