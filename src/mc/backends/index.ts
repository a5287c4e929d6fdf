/**
 * Execution backends of the Monte Carlo engine: a {@link SampleProgram}
 * (generated straight-line code for one sample) compiled once and run over
 * sample ranges on gpu.js `webgpu`, `webasm` or `cpu`, or plain JavaScript
 * (`js`), with the same samples for the same seed whatever the chunking.
 * See docs/backends.md for the measurements behind the design.
 * @module
 */
export type { SampleProgram, ProgramMode, CompileOptions, SampleColumns } from './program.js';
export type { Backend, BackendName, BackendRequest, BackendPrecision, SamplingKernel, RowKernel, ReduceTarget, ReducedOutput, DeviceReduction, PartialBins, PartialReducer } from './backend.js';
export { createBackend, BACKEND_NAMES, AUTO_SOFTWARE_WEBGPU_MAX_OUTPUTS, type BackendOptions } from './create-backend.js';
export { createJsBackend, type JsBackendOptions } from './js-backend.js';
export { checkProgram, MAX_OUTPUTS, type CheckedProgram } from './check-program.js';
export { MAX_RESULT_BYTES } from './chunked-kernel.js';
export { DEFAULT_CHUNK as DEFAULT_BACKEND_CHUNK } from './gpujs-backend.js';
export { chooseBackend, explainAutoChoice, type AutoChoice, type BackendProbe } from './auto-choice.js';
export { probeCacheDir, probeCacheKey, PROBE_CACHE_FILE, type ProbeShape } from './auto-cache.js';
export { AUTO_MIN_PROBE_SAMPLES, AUTO_PROBE_BUDGET, type AutoProbeRequest } from './auto-backend.js';
