/**
 * Bridges to the Green Software Foundation's Impact Framework: ailca's
 * embodied and operational assessments as IF plugins (the `PluginInterface`
 * of `@grnsft/if-core`), reporting carbon in gCO2e per observation. The top
 * layer beside the report and the exports: nothing below imports it.
 * @module
 */
export { AilcaEmbodied, embodiedOutputs, EMBODIED_INPUTS, EMBODIED_OUTPUTS } from './ailca-embodied.js';
export { AilcaOperational, operationalOutputs, OPERATIONAL_INPUTS, OPERATIONAL_OUTPUTS } from './ailca-operational.js';
export { operationalStudy, OPERATIONAL_JOB } from './operational-study.js';
export { studyFigure, uncertainOutputs, figureFields, type StudyFigure } from './study-figure.js';
export { pluginConfig, configStudy, configUncertainty, observationNumber, DEFAULT_IF_PERCENTILES, type UncertaintyConfig } from './plugin-config.js';
export { kgToGrams, GRAMS_PER_KG, SECONDS_PER_YEAR } from './units.js';
export type { IfPlugin, IfObservation, IfParameterMetadata, IfPluginParametersMetadata, IfMapping, IfAggregationMethod } from './plugin-types.js';
