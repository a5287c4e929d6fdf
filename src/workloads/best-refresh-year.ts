import { checkNumber } from '../validate/index.js';
import { checkRefreshServer, intensityByYear, type RefreshServer } from './refresh-inputs.js';

/** The best year to replace a server, and the total of every choice. */
export interface RefreshPlan {
  /** Year at whose start to replace (0 = now); `horizonYears` = never within the horizon. */
  readonly year: number;
  /** Emissions over the horizon for replacing at the start of year 0, 1, … and never (the last) [kgCO2e]. */
  readonly totals: Float64Array;
}

/**
 * The year to replace a server that minimises emissions over a horizon,
 * when the replacement bought later is more efficient (its energy per year
 * falls by `efficiencyGainPerYear` a year: E_new × (1 − g)^k if bought in
 * year k). Replacing at the start of year k emits E_old × CI for the years
 * before k, the replacement's embodied carbon, and its use from k on; the
 * installed server's embodied carbon is sunk. Ties go to the later year
 * (keep the hardware longer).
 *
 * @param options.efficiencyGainPerYear - fraction in [0, 1), default 0
 * @throws {@link InputError} for invalid numbers
 * @example
 * bestRefreshYear({ energyKWhPerYear: 5000 }, { energyKWhPerYear: 3000, embodiedKgCO2e: 1600 }, 0.4, 5).year; // => 0
 * bestRefreshYear({ energyKWhPerYear: 5000 }, { energyKWhPerYear: 3000, embodiedKgCO2e: 1600 }, 0.4, 2).year; // => 2
 */
export function bestRefreshYear(current: RefreshServer, replacement: RefreshServer, gridIntensity: number | readonly number[], horizonYears: number, options: { readonly efficiencyGainPerYear?: number } = {}): RefreshPlan {
  const years = checkNumber(horizonYears, 'horizonYears', { min: 1, max: 100, integer: true });
  const old = checkRefreshServer(current, 'current', false);
  const neu = checkRefreshServer(replacement, 'replacement', true);
  const gain = checkNumber(options.efficiencyGainPerYear ?? 0, 'options.efficiencyGainPerYear', { min: 0, max: 1, maxExclusive: true });
  const ci = intensityByYear(gridIntensity, years, 'gridIntensity');
  const totals = new Float64Array(years + 1);
  let best = years;
  for (let k = 0; k <= years; k += 1) {
    let total = k < years ? neu.embodied : 0;
    const eNew = neu.energy * (1 - gain) ** k;
    for (let y = 0; y < years; y += 1) total += (y < k ? old.energy : eNew) * (ci[y]);
    totals[k] = total;
  }
  for (let k = years - 1; k >= 0; k -= 1) if ((totals[k]) < (totals[best])) best = k;
  return { year: best, totals };
}
