import { checkNumber } from '../validate/index.js';
import { checkRefreshServer, intensityByYear, type RefreshServer } from './refresh-inputs.js';

/** Keeping a server against replacing it now with a more efficient one. */
export interface RefreshComparison {
  /** Emissions by the end of each year if the current server is kept [kgCO2e]. */
  readonly keep: Float64Array;
  /** … if it is replaced now: the new server's embodied carbon, then its use [kgCO2e]. */
  readonly replace: Float64Array;
  /** Years after which replacing has emitted no more than keeping (fractional), or null within the horizon. */
  readonly breakEvenYears: number | null;
  /** The first whole year at whose end replacing has emitted less, or null. */
  readonly firstYearLower: number | null;
  /** keep − replace at the end of the horizon [kgCO2e]. */
  readonly savingAtHorizonKgCO2e: number;
}

/**
 * When does replacing a server with a newer, more efficient one pay back its
 * embodied carbon (seed 004, VI.B: the refresh cycle that weighs embodied
 * impacts against gains in efficiency)? Keeping emits E_old × CI each year;
 * replacing emits the new server's embodied carbon at once, then E_new × CI a
 * year. The current server's embodied carbon is sunk and counts in neither.
 * With a constant intensity the break-even is embodied ÷ ((E_old − E_new) × CI).
 *
 * @param current - the installed server (energy per year)
 * @param replacement - the new one (energy per year and embodied carbon)
 * @param gridIntensity - kgCO2e/kWh, one value or one per year
 * @param horizonYears - whole years to compare, ≥ 1
 * @throws {@link InputError} for invalid numbers
 * @example
 * const r = refreshBreakEven({ energyKWhPerYear: 5000 }, { energyKWhPerYear: 3000, embodiedKgCO2e: 1600 }, 0.4, 5);
 * r.breakEvenYears; // => 2
 * r.firstYearLower; // => 3
 * r.savingAtHorizonKgCO2e; // => 2400
 */
export function refreshBreakEven(current: RefreshServer, replacement: RefreshServer, gridIntensity: number | readonly number[], horizonYears: number): RefreshComparison {
  const years = checkNumber(horizonYears, 'horizonYears', { min: 1, max: 100, integer: true });
  const old = checkRefreshServer(current, 'current', false);
  const neu = checkRefreshServer(replacement, 'replacement', true);
  const ci = intensityByYear(gridIntensity, years, 'gridIntensity');
  const keep = new Float64Array(years);
  const replace = new Float64Array(years);
  let k = 0;
  let r = neu.embodied;
  let breakEven: number | null = r === 0 ? 0 : null;
  let firstLower: number | null = null;
  for (let y = 0; y < years; y += 1) {
    const dk = old.energy * (ci[y]);
    const dr = neu.energy * (ci[y]);
    if (breakEven === null && r - k > 0 && dk - dr > 0 && (r - k) / (dk - dr) <= 1) breakEven = y + (r - k) / (dk - dr);
    k += dk;
    r += dr;
    keep[y] = k;
    replace[y] = r;
    if (firstLower === null && r < k) firstLower = y + 1;
  }
  return { keep, replace, breakEvenYears: breakEven, firstYearLower: firstLower, savingAtHorizonKgCO2e: k - r };
}
