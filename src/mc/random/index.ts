/**
 * The Monte Carlo kernels' random stream on the host: a port of the PCG
 * generator gpu.js runs for `Math.random()` in `webasm` and `webgpu`
 * kernels, bit-identical for the same (seed, sample index), used by the
 * `js` and `cpu` backends and by float64 references.
 * @module
 */
export { pcgStream, PCG_MAX_SAMPLES } from './pcg.js';
export { pcgUniforms } from './pcg-uniforms.js';
export { pcgChunkSeed } from './pcg-chunk-seed.js';
