import { familyOf } from './distribution-family.js';
import type { Distribution } from './types.js';

/**
 * A short human description for tables and reports:
 * `triangular(3, 5, 7) years`, `lognormal(median 10, gsd 1.5) kWh`,
 * `normal(300, 60) truncated to [0, ∞) g/kWh`, `pert(1, 2, 3)`. Numbers are
 * shown to 6 significant digits; a degenerate distribution normalised to a
 * constant says what it came from (`5 (constant: degenerate triangular)`).
 *
 * @param d - a normalised distribution from {@link parseDistribution}
 * @param unit - the unit the parameters are in, appended when given
 * @returns the description
 * @example
 * describeDistribution(parseDistribution({ dist: 'triangular', min: 3, mode: 5, max: 7 }, 'x'), 'years'); // => 'triangular(3, 5, 7) years'
 * describeDistribution(parseDistribution({ dist: 'lognormal', median: 10, gsd: 1.5 }, 'x')); // => 'lognormal(median 10, gsd 1.5)'
 * describeDistribution(parseDistribution({ dist: 'uniform', min: 4, max: 4 }, 'x'), 'h'); // => '4 h (constant: degenerate uniform)'
 */
export function describeDistribution(d: Distribution, unit?: string): string {
  const text = familyOf(d).describe(d);
  const withUnit = unit ? `${text} ${unit}` : text;
  return d.kind === 'fixed' && d.from !== undefined ? `${withUnit} (constant: degenerate ${d.from})` : withUnit;
}
