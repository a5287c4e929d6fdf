/**
 * Seeded host-side random streams for designs and bootstraps:
 * xoshiro128** seeded by SplitMix64, and the seed check.
 * @module
 */
export { createRng, type Rng } from './create-rng.js';
export { checkSeed, MAX_SEED } from './check-seed.js';
