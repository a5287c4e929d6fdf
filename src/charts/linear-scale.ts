import { InputError } from '../errors/index.js';

/**
 * A linear map from data values to drawing coordinates: `domain[0]` goes to
 * `range[0]` and `domain[1]` to `range[1]`, values outside are extrapolated
 * (never clamped). A vertical axis passes a reversed range (`[bottom, top]`)
 * because SVG's y grows downwards.
 *
 * @param domain - two distinct data values, e.g. the first and last tick
 * @param range - the two drawing coordinates (px) they map to
 * @returns the map `value ↦ coordinate`
 * @throws {@link InputError} when the domain is empty (`domain[0] === domain[1]`) or not finite
 * @example
 * const x = linearScale([0, 2000], [0, 400]);
 * x(500); // => 100
 * linearScale([0, 1], [300, 20])(0.5); // => 160
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (!Number.isFinite(d0) || !Number.isFinite(d1) || d0 === d1) {
    throw new InputError({
      path: 'linearScale(domain)',
      received: domain,
      expected: 'two distinct finite numbers',
      fix: 'widen the domain, e.g. with niceTicks(min, max)',
    });
  }
  const slope = (r1 - r0) / (d1 - d0);
  return (value: number) => r0 + (value - d0) * slope;
}
