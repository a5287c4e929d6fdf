import { InputError } from '../errors/index.js';
import { checkNumber } from '../validate/index.js';

/** A server as the refresh helpers see it. */
export interface RefreshServer {
  /** Energy per year in its use, with data-centre overhead [kWh/year]. */
  readonly energyKWhPerYear: number;
  /** Embodied carbon of a new one [kgCO2e]; not needed for the server already installed (sunk). */
  readonly embodiedKgCO2e?: number;
}

/**
 * Grid intensity for each year of a horizon [kgCO2e/kWh]: one number for
 * every year, or one per year (a grid that decarbonises).
 *
 * @param grid - one intensity [kgCO2e/kWh], or one per year of the horizon
 * @param years - length of the horizon [years]
 * @param path - the field's name, for errors
 * @returns one intensity per year [kgCO2e/kWh]
 * @throws {@link InputError} for a list of the wrong length or a value outside [0, 2] kgCO2e/kWh
 * @example
 * intensityByYear(0.4, 3, 'grid'); // => [0.4, 0.4, 0.4]
 * intensityByYear([0.4, 0.3], 2, 'grid'); // => [0.4, 0.3]
 */
export function intensityByYear(grid: number | readonly number[], years: number, path: string): Float64Array {
  const out = new Float64Array(years);
  if (typeof grid === 'number') {
    out.fill(checkNumber(grid, path, { min: 0, max: 2, unit: 'kgCO2e/kWh' }));
    return out;
  }
  if (!Array.isArray(grid) || grid.length !== years) {
    throw new InputError({ path, received: Array.isArray(grid) ? `${grid.length} values` : grid, expected: `one intensity for every year, or ${years} values (one per year of the horizon)`, problem: 'has the wrong length' });
  }
  grid.forEach((g, y) => (out[y] = checkNumber(g, `${path}[${y}]`, { min: 0, max: 2, unit: 'kgCO2e/kWh' })));
  return out;
}

/** Check a server of the refresh helpers; `needsEmbodied` for the replacement. */
export function checkRefreshServer(s: RefreshServer, path: string, needsEmbodied: boolean): { energy: number; embodied: number } {
  const energy = checkNumber(s?.energyKWhPerYear, `${path}.energyKWhPerYear`, { min: 0, unit: 'kWh/year' });
  const embodied = needsEmbodied ? checkNumber(s.embodiedKgCO2e, `${path}.embodiedKgCO2e`, { min: 0, unit: 'kgCO2e' }) : 0;
  return { energy, embodied };
}
