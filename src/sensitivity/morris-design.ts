import { InputError } from '../errors/index.js';
import { checkNumber, checkObjectKeys } from '../validate/index.js';
import { resolveRandom } from './random-source.js';
import { MAX_DESIGN_VALUES } from './saltelli-design.js';
import type { SensitivitySeedOptions } from './types.js';

/** Default number of grid levels p: 4, as Morris (1991) and Campolongo et al. (2007) use. */
export const DEFAULT_MORRIS_LEVELS = 4;

/** Options of {@link morrisDesign}. */
export interface MorrisDesignOptions extends SensitivitySeedOptions {
  /** Grid levels p, an even integer in [2, 100]; default 4. */
  readonly levels?: number;
}

/**
 * The Morris step Δ = p / (2(p − 1)) for p grid levels (Morris 1991): every
 * level reached by a step stays on the grid {0, 1/(p − 1), …, 1}, and all
 * levels are sampled with equal probability.
 *
 * @example
 * morrisDelta(4); // => 2 / 3
 */
export function morrisDelta(levels: number): number {
  return levels / (2 * (levels - 1));
}

/**
 * Check the size of a Morris design: d ≥ 1, r an integer ≥ 2 (σ needs two
 * effects), levels an even integer in [2, 100].
 * @internal
 */
export function checkMorrisSize(d: number, r: unknown, levels: unknown, path: string): { r: number; levels: number } {
  checkNumber(d, `${path}.d`, { min: 1, integer: true });
  const maxR = Math.max(2, Math.floor(MAX_DESIGN_VALUES / ((d + 1) * d)));
  const checkedR = checkNumber(r, `${path}.r`, { min: 2, max: maxR, integer: true, fix: 'give the number of trajectories as a whole number ≥ 2; 10 to 50 is usual' });
  const p = checkNumber(levels, `${path}.levels`, { min: 2, max: 100, integer: true, fix: 'use an even number of levels; 4 is usual' });
  if (p % 2 !== 0) {
    throw new InputError({ path: `${path}.levels`, received: p, expected: 'an even integer in [2, 100]', problem: 'is odd', fix: `use ${p + 1}: with an odd p the step p/(2(p − 1)) leaves the grid` });
  }
  return { r: checkedR, levels: p };
}

/**
 * Morris's trajectory design (Morris 1991, Technometrics 33:161, with the
 * randomised orientation of Campolongo, Cariboni & Saltelli 2007, Environ.
 * Model. Softw. 22:1509) in the unit hypercube. Each of the r trajectories
 * has d + 1 rows: a random base point on the grid {0, 1/(p − 1), …, 1},
 * then one input at a time, in a random order, moved by ±Δ with
 * Δ = p/(2(p − 1)). Rows are row-major with d columns; trajectory t
 * occupies rows t(d + 1) … t(d + 1) + d. Total rows r(d + 1).
 *
 * @param d - number of inputs
 * @param r - number of trajectories, an integer ≥ 2
 * @param options - `levels` (default 4), and `seed` (default 1) or `rng`
 * @returns the design, r(d + 1) × d values on the grid
 * @throws {@link InputError} for a bad d, r, levels or seed, or an unknown option
 * @example
 * const x = morrisDesign(2, 10, { seed: 3 });
 * x.length; // => 60
 * // consecutive rows of a trajectory differ in exactly one input, by Δ = 2/3
 * Math.abs(x[2] - x[0]) + Math.abs(x[3] - x[1]); // => 2 / 3
 */
export function morrisDesign(d: number, r: number, options: MorrisDesignOptions = {}): Float64Array {
  checkObjectKeys(options, 'morrisDesign.options', ['levels', 'seed', 'rng'], { noun: 'option' });
  const size = checkMorrisSize(d, r, options.levels ?? DEFAULT_MORRIS_LEVELS, 'morrisDesign');
  const { uniform } = resolveRandom(options, 'morrisDesign.options');
  return drawMorris(d, size.r, size.levels, uniform);
}

/**
 * Draw the design {@link morrisDesign} documents from a checked stream.
 * Grid values are computed as level / (p − 1) from integer levels, so every
 * value lies exactly on the grid.
 * @internal
 */
export function drawMorris(d: number, r: number, levels: number, uniform: () => number): Float64Array {
  const half = levels / 2; // Δ in grid steps
  const x = new Float64Array(r * (d + 1) * d);
  const start = new Int32Array(d);
  const end = new Int32Array(d);
  const order = new Int32Array(d);
  for (let t = 0; t < r; t += 1) {
    for (let i = 0; i < d; i += 1) {
      const low = Math.floor(uniform() * half); // a level from which +Δ stays on the grid
      const up = uniform() < 0.5;
      start[i] = up ? low : low + half;
      end[i] = up ? low + half : low;
      order[i] = i;
    }
    for (let i = d - 1; i > 0; i -= 1) {
      const k = Math.floor(uniform() * (i + 1));
      const tmp = order[i];
      order[i] = order[k];
      order[k] = tmp;
    }
    const first = t * (d + 1) * d;
    for (let i = 0; i < d; i += 1) x[first + i] = (start[i]) / (levels - 1);
    for (let m = 0; m < d; m += 1) {
      const row = first + (m + 1) * d;
      x.copyWithin(row, row - d, row);
      const i = order[m];
      x[row + i] = (end[i]) / (levels - 1);
    }
  }
  return x;
}
