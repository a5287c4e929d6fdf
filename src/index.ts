/**
 * ailca — life-cycle assessment of AI systems.
 *
 * Build a study (servers, cloud, workload), assess its embodied and
 * operational carbon deterministically, and propagate uncertainty with a
 * gpu.js Monte Carlo engine.
 * @module ailca
 */
export * from './errors/index.js';
export * from './io/index.js';
export * from './validate/index.js';
export * from './units/index.js';
export * from './graph/index.js';
export * from './model/index.js';
export * from './study/index.js';
export * from './assess/index.js';
export { libraryVersion } from './version.js';
export * from './random/index.js';
export * from './distributions/index.js';
export * from './stats/index.js';
export * from './datasets/index.js';
export * from './sensitivity/index.js';
export * from './charts/index.js';
export * from './scenarios/index.js';
export * from './mc/index.js';
export * from './analysis/index.js';
export * from './workloads/index.js';
export * from './report/index.js';
