/**
 * Seeded host-side random streams for designs and bootstraps:
 * xoshiro128** seeded by SplitMix64, the seed check, and the Sobol'
 * low-discrepancy sequence (Joe–Kuo direction numbers).
 * @module
 */
export { createRng, type Rng } from './create-rng.js';
export { checkSeed, MAX_SEED } from './check-seed.js';
export { createSobol, sobolPoints, MAX_SOBOL_DIMENSIONS, type SobolSequence } from './sobol.js';
