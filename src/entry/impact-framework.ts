/**
 * `ailca/impact-framework` — ailca as plugins of the Green Software
 * Foundation's Impact Framework (`if-run`): `AilcaEmbodied` (an ailca
 * study's embodied carbon amortised over each observation, with Monte Carlo
 * mean and percentiles on request) and `AilcaOperational` (energy or
 * power × time with ailca's grid-intensity and PUE datasets, with Monte
 * Carlo mean and percentiles on request from distributions in its config),
 * in gCO2e.
 * In a manifest: `path: ailca/impact-framework`, `method: AilcaEmbodied`.
 * See docs/bridges.md.
 *
 * @module ailca/impact-framework
 */
export { AilcaEmbodied, AilcaOperational, EMBODIED_INPUTS, EMBODIED_OUTPUTS, OPERATIONAL_INPUTS, OPERATIONAL_OUTPUTS, DEFAULT_IF_PERCENTILES, GRAMS_PER_KG, SECONDS_PER_YEAR, kgToGrams } from '../impact-framework/index.js';
export type { IfPlugin, IfObservation, IfParameterMetadata, IfPluginParametersMetadata, IfMapping, IfAggregationMethod, UncertaintyConfig } from '../impact-framework/index.js';
// The errors this module throws (also at the package root).
export { AilcaError, InputError, UnitError, FileError } from '../errors/index.js';
