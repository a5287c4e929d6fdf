/**
 * The unit constants the formulas in src/lca use, each defined once. The
 * library's year is 365 days of 24 h = 8,760 h (see src/units/math.ts for why
 * not the Julian year); data sizes are decimal (1 TB = 1,000 GB), as mathjs
 * and the study format read them.
 */

/**
 * Hours in a year of continuous operation [h]: 365 days × 24 h (Clemm et al. 2024, IV.C).
 * The default `workload.hoursPerYear`, the hours of a storage duration in
 * years and of an allocation lifetime in years.
 * @example
 * HOURS_PER_YEAR; // => 365 * 24
 * parseQuantity('1 year', 'duration', 'd'); // => HOURS_PER_YEAR
 */
export const HOURS_PER_YEAR = 8760;

/**
 * Hours in a day [h/day].
 * @example
 * parseQuantity('1 day', 'duration', 'd'); // => 24
 */
export const HOURS_PER_DAY = 24;

/**
 * Days in the library's year [days/year]: 8,760 h ÷ 24 h = 365, for
 * `requestsPerDay` × 365.
 * @example
 * parseQuantity('1 year', 'duration', 'd') / 24; // => 365
 */
export const DAYS_PER_YEAR = HOURS_PER_YEAR / HOURS_PER_DAY;

/**
 * Seconds in an hour [s/h], for FLOP/s × hours (LLMCarbon's duration and FLOP capacity).
 * @example
 * parseQuantity('3600 s', 'duration', 'd'); // => 1
 */
export const SECONDS_PER_HOUR = 3600;

/**
 * Joules in a kilowatt-hour [J/kWh]: 1 kWh = 1,000 W × 3,600 s, for W ÷ (requests/s) → kWh per request.
 * @example
 * parseQuantity('3600000 J', 'energy', 'e'); // => 1
 */
export const JOULES_PER_KWH = 3.6e6;

/**
 * Watt-hours in a kilowatt-hour [Wh/kWh], for W × h → kWh.
 * @example
 * parseQuantity('1000 Wh', 'energy', 'e'); // => 1
 */
export const WH_PER_KWH = 1000;

/**
 * Gigabytes in a terabyte [GB/TB], decimal as everywhere in the library
 * (storage power is given per TB, capacity in GB).
 * @example
 * parseQuantity('1 TB', 'data', 'x'); // => 1000
 */
export const GB_PER_TB = 1000;
